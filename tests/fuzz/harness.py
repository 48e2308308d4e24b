"""What the contract fuzzing needs besides schemathesis: the loaded seeds, real references,
and the one kind of 400 a schema-valid request may get (a reference to no row)."""

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import schemathesis
from django.conf import settings
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, connection, transaction
from hypothesis import strategies as st
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle
from schemathesis.schemas import BaseSchema

from apps.actors.models import Actor
from apps.analysis.params import ActorParam
from apps.common.api.filters import RefFilter
from apps.common.api.routers import router
from etl import pipeline

SCHEMA_URL = "/api/v1/schema/?format=json"
SEED = 16
TRUE_WORDS = {"true", "1", "yes", "on"}
# A schema cannot list which ids and slugs exist, nor how many periods the events span.
DATA_DEPENDENT = ("Unknown ", "More than ")
_KNOWN: dict[type, list[str]] = {}


def served_schema() -> BaseSchema:
    """Return the schema the app serves at /api/v1/schema/, with the app to send cases to.

    Fetched when the test module is imported, outside any test: without a database, so
    without the throttles, whose counters live there.
    """
    with _connections_kept(), _unthrottled():
        return schemathesis.openapi.from_wsgi(SCHEMA_URL, get_wsgi_application())


@contextmanager
def live_seeds(blocker) -> Iterator[None]:
    """Load the seeds in a transaction that is rolled back afterwards; throttles off."""
    with blocker.unblock(), transaction.atomic():
        pipeline.run()
        # Rows written in this open transaction have no planner statistics yet; without them
        # a plan can take seconds on a loaded machine and hit the API's statement timeout.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        try:
            with _connections_kept(), _unthrottled():
                yield
        finally:
            _KNOWN.clear()
            transaction.set_rollback(True)


@contextmanager
def _unthrottled() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        for throttle in (AnonRateThrottle, UserRateThrottle):
            patch.setattr(throttle, "allow_request", lambda *args: True)
        yield


@contextmanager
def _connections_kept() -> Iterator[None]:
    """Serve WSGI requests without closing the database connection after each.

    A WSGI request closes "old" connections when it ends, which would end the transaction
    holding the seeds (and touch the database where a test may not); the test client does
    not, and neither does this.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def reference_parameters() -> dict[str, dict[str, type]]:
    """Return, per endpoint prefix, the parameters that name rows, with the model named."""
    __import__(settings.ROOT_URLCONF)
    found = {}
    for prefix, viewset, _ in router.registry:
        names = {}
        filterset = getattr(viewset, "filterset_class", None)
        for name, filter_ in (filterset.base_filters if filterset else {}).items():
            if isinstance(filter_, RefFilter):
                names[name] = filter_.extra["model"]
        query = getattr(viewset, "query_serializer_class", None)
        for name, field in (query().fields if query else {}).items():
            if isinstance(field, ActorParam):
                names[name] = Actor
        found[prefix] = names
    return found


def known_references(model: type) -> st.SearchStrategy:
    """Draw an id or slug of a stored row of `model` (read once the seeds are loaded)."""

    def values() -> st.SearchStrategy:
        if model not in _KNOWN:
            rows = model.objects.order_by("pk")
            columns = ["pk", "slug"] if hasattr(model, "slug") else ["pk"]
            _KNOWN[model] = [str(value) for row in rows.values_list(*columns)[:20] for value in row]
        return st.sampled_from(_KNOWN[model] or ["1"])

    return st.deferred(values)


def skips_documented_rule(raw_schema: dict, path: str, query: dict) -> bool:
    """Tell whether the query sets a modifier without any parameter it needs (a sure 400)."""
    return any(_needs_missing(parameter, query) for parameter in _parameters(raw_schema, path))


def broken_rules(raw_schema: dict, path: str, query: dict) -> set[str]:
    """Return the parameters whose stated cross-parameter rule the query may break.

    x-requires-one-of: a modifier set without any parameter it needs. x-differs-from (in the
    parameter's schema): both given, so they may name the same row (an id and a slug can).
    """
    return {
        parameter["name"]
        for parameter in _parameters(raw_schema, path)
        if _needs_missing(parameter, query) or _may_repeat(parameter, query)
    }


def _parameters(raw_schema: dict, path: str) -> list[dict]:
    return raw_schema["paths"][path]["get"].get("parameters", [])


def _needs_missing(parameter: dict, query: dict) -> bool:
    targets = parameter.get("x-requires-one-of")
    return (
        bool(targets)
        and _is_true(query.get(parameter["name"]))
        and not any(_given(query.get(target)) for target in targets)
    )


def _may_repeat(parameter: dict, query: dict) -> bool:
    other = parameter.get("schema", {}).get("x-differs-from")
    return bool(other) and _given(query.get(parameter["name"])) and _given(query.get(other))


def _is_true(value) -> bool:
    return str(value).strip(" ").lower() in TRUE_WORDS


def _given(value) -> bool:
    items = value if isinstance(value, list) else [value]
    return any(
        part.strip(" ") for item in items if item is not None for part in str(item).split(",")
    )


def rejects_only_what_the_schema_cannot_express(ctx, response, case) -> bool | None:
    """Accept a schema-valid request, unless it names a row that does not exist.

    The built-in positive_data_acceptance check, minus what a schema cannot say: an unknown
    id, slug or name (no schema can list what is stored), a timeline too long for one
    response, and the cross-parameter rules the schema states in x-requires-one-of. Any
    other 400 on a schema-valid request means the schema is wrong.
    """
    if case.meta is None or not case.meta.generation.mode.is_positive:
        return None
    if response.status_code != 400:
        return None
    errors = response.json().get("errors", {})
    ruled = broken_rules(case.operation.schema.raw_schema, case.operation.path, case.query or {})
    messages = [
        message for name, values in errors.items() if name not in ruled for message in values
    ]
    if errors and all(message.startswith(DATA_DEPENDENT) for message in messages):
        return None
    raise AssertionError(f"Schema-valid request rejected: {errors}")
