"""A statement timeout for API requests: a runaway query becomes a 503, not a killed worker.

Each API request runs in a transaction whose first statement sets a local statement_timeout
(API_STATEMENT_TIMEOUT_MS, 0 for none). PostgreSQL then cancels any statement of that request
that runs longer, and the exception handler answers 503 in the API's error shape. Only API
requests get it: the loader, management commands and the admin keep the server's setting.
"""

from functools import cache

from django.conf import settings
from django.db import connection, transaction
from django.urls import reverse

API_PREFIX = "/api/"
# The schema and its docs pages never query the database: no transaction for them.
UNTIMED = ("api-schema", "api-docs", "api-redoc")


@cache
def _untimed_paths() -> frozenset[str]:
    return frozenset(reverse(name) for name in UNTIMED)


def is_query_timeout(exc: Exception) -> bool:
    """Tell whether exc is PostgreSQL cancelling a statement that ran past the timeout."""
    import psycopg

    cause = exc.__cause__ or exc
    return isinstance(cause, psycopg.errors.QueryCanceled)


def _set_timeout(value: str) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('statement_timeout', %s, true)", [value])


class StatementTimeoutMiddleware:
    """Run each API request in a transaction with statement_timeout set locally."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        milliseconds = settings.API_STATEMENT_TIMEOUT_MS
        if not milliseconds or not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        if request.path in _untimed_paths():
            return self.get_response(request)
        # Inside an enclosing transaction (tests), put the setting back afterwards.
        enclosed = connection.in_atomic_block
        with transaction.atomic():
            _set_timeout(f"{milliseconds}ms")
            response = self.get_response(request)
        if enclosed:
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL statement_timeout TO DEFAULT")
        return response
