"""One JSON error shape for every API failure: {status, code, detail, errors[, retry_after]}."""

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.http import Http404, JsonResponse
from django.views import defaults
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from .timeouts import is_query_timeout

API_PREFIX = "/api/"


def error_body(status: int, code: str, detail: str, errors: dict | None = None) -> dict:
    """Return the error payload every API failure uses."""
    return {"status": status, "code": code, "detail": detail, "errors": errors or {}}


def _field_errors(data) -> dict:
    if isinstance(data, dict):
        return {name: value if isinstance(value, list) else [value] for name, value in data.items()}
    return {"non_field_errors": list(data)}


def _summary(errors: dict) -> str:
    names = [name for name in errors if name != "non_field_errors"]
    if not names:
        return " ".join(str(message) for message in errors.get("non_field_errors", []))
    return f"Invalid request parameter{'s' if len(names) > 1 else ''}: {', '.join(names)}."


def _as_api_exception(exc: Exception) -> Exception:
    if isinstance(exc, Http404):
        return exceptions.NotFound(*exc.args)
    return exc


def _timeout_response() -> Response:
    # The request's transaction (StatementTimeoutMiddleware) is aborted: roll it back.
    if connection.in_atomic_block:
        transaction.set_rollback(True)
    detail = (
        f"The query ran past the {settings.API_STATEMENT_TIMEOUT_MS} ms limit and was stopped. "
        "Narrow it (filters, a smaller page, less depth) or try again later."
    )
    return Response(error_body(503, "query_timeout", detail), status=503)


def exception_handler(exc: Exception, context: dict):
    """Render DRF's error responses in the shared shape, keeping their headers (Retry-After).

    A statement PostgreSQL cancelled at the API's statement timeout is a 503.
    """
    if isinstance(exc, OperationalError) and is_query_timeout(exc):
        return _timeout_response()
    exc = _as_api_exception(exc)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    code = getattr(exc, "default_code", "error")
    if isinstance(exc, exceptions.ValidationError):
        errors = _field_errors(response.data)
        response.data = error_body(response.status_code, code, _summary(errors), errors)
    else:
        detail = response.data.get("detail", "") if isinstance(response.data, dict) else ""
        response.data = error_body(response.status_code, code, str(detail))
    if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
        response.data["retry_after"] = int(exc.wait + 0.999)
    return response


def page_not_found(request, exception=None):
    """Answer an unknown URL under /api/ in the shared shape; elsewhere, Django's page."""
    if request.path.startswith(API_PREFIX):
        body = error_body(404, "not_found", f"No API endpoint at {request.path}.")
        return JsonResponse(body, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    """Answer an unexpected failure under /api/ in the shared shape; elsewhere, Django's page."""
    if request.path.startswith(API_PREFIX):
        body = error_body(500, "server_error", "Internal server error.")
        return JsonResponse(body, status=500)
    return defaults.server_error(request)
