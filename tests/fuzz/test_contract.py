"""Contract fuzzing: schemathesis against the live schema of the app, on the loaded seeds.

Every operation of /api/v1/schema/ with every built-in check: no 5xx, every response as the
schema says (status, content type, headers, body), schema-valid requests accepted and
invalid ones rejected (positive_data_acceptance gives way to a stricter check that knows
which 400s a schema cannot foretell: harness.py). The seed and the number of examples are
fixed, so a run is repeatable; FUZZ_EXAMPLES raises the count (`make fuzz`).
"""

import os
import time
from collections import Counter

import pytest
from hypothesis import HealthCheck, seed, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi.checks import positive_data_acceptance

from .harness import (
    SEED,
    known_references,
    live_seeds,
    reference_parameters,
    rejects_only_what_the_schema_cannot_express,
    served_schema,
    skips_documented_rule,
)

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))

schema = served_schema()
REFERENCES = reference_parameters()


CALLS: Counter[str] = Counter()


@pytest.fixture(scope="module", autouse=True)
def seeds(django_db_setup, django_db_blocker, request):
    started = time.monotonic()
    with live_seeds(django_db_blocker):
        yield
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    if reporter is not None and capture is not None and CALLS:
        with capture.global_and_fixture_disabled():
            reporter.write_line(
                f"\nschemathesis: {len(CALLS)} operations, {sum(CALLS.values())} requests, "
                f"seed {SEED}, at most {EXAMPLES} examples per phase, "
                f"{time.monotonic() - started:.0f} s"
            )


@schema.hook
def filter_query(ctx, query):
    """Leave out queries that break a rule the schema states in x-requires-one-of."""
    return not skips_documented_rule(schema.raw_schema, ctx.operation.path, query or {})


@schema.hook
def before_generate_case(ctx, strategy):
    """Let positive cases name real actors, places, documents... as often as unknown ones."""
    names = REFERENCES.get(ctx.operation.path.rstrip("/").rsplit("/", 1)[-1], {})
    if not names:
        return strategy

    def with_known(case):
        if not case.meta.generation.mode.is_positive or case.query is None:
            return st.just(case)
        picks = {name: known_references(model) for name, model in names.items()}
        return st.fixed_dictionaries({}, optional=picks).map(lambda known: _merge(case, known))

    return strategy.flatmap(with_known)


def _merge(case, known: dict):
    case.query = {**case.query, **known}
    return case


@schema.parametrize()
@seed(SEED)
@settings(
    max_examples=EXAMPLES,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_keeps_the_contract(case):
    CALLS[case.operation.label] += 1
    case.call_and_validate(
        excluded_checks=[positive_data_acceptance],
        additional_checks=[rejects_only_what_the_schema_cannot_express],
    )
