"""The regression guard: every set's figures hold their baseline (eval/baseline.json).

A set without gold is skipped with the reason shown in the summary (`-ra`). The guard's own
tests break a rule of the loader on purpose and show that the guard then fails.
"""

import sys
from collections.abc import Callable

import pytest

from apps.claims import services as claim_services
from apps.events import services as event_services
from etl.evaluation.baseline import Baseline, baseline_data, check, read_baseline
from etl.evaluation.corpus import SETS, Corpus
from etl.evaluation.run import evaluate_set

from .fixtures import fixture_corpus

pytestmark = pytest.mark.django_db

CORPUS = Corpus.default()


@pytest.fixture(scope="module")
def results(django_db_setup, django_db_blocker):
    """Evaluate the three sets once (each load rolled back) for the module's tests."""
    with django_db_blocker.unblock():
        return {name: evaluate_set(CORPUS.eval_set(name)) for name in SETS}


@pytest.mark.parametrize("name", SETS)
def test_no_figure_falls_below_its_baseline(results, name):
    verdict = check(read_baseline(CORPUS.baseline_path), results[name])
    if verdict.note:
        pytest.skip(verdict.note)
    assert verdict.regressions == (), "\n".join(verdict.regressions)


def break_everywhere(monkeypatch, module, name: str, replacement: Callable) -> None:
    """Replace a function in its module and wherever the loader imported it by name."""
    original = getattr(module, name)
    for loaded in list(sys.modules.values()):
        if loaded.__name__.startswith(("etl", "apps")) and getattr(loaded, name, None) is original:
            monkeypatch.setattr(loaded, name, replacement)


@pytest.fixture
def guarded():
    """Return the fixture set's baseline from an unbroken run, and a way to re-check it."""
    corpus = fixture_corpus()
    healthy = evaluate_set(corpus.eval_set("dev"))
    data = baseline_data([healthy], tolerance=0.01)
    baseline = Baseline(tolerance=data["tolerance"], sets=data["sets"])
    assert check(baseline, healthy).regressions == ()
    return lambda: check(baseline, evaluate_set(corpus.eval_set("dev"))).regressions


def test_a_loader_that_stores_no_claims_fails_the_guard(monkeypatch, guarded):
    original = claim_services.claim_upsert_many
    break_everywhere(
        monkeypatch, claim_services, "claim_upsert_many", lambda *, items: original(items=[])
    )
    failures = guarded()
    assert "dev: claims.span.recall fell from 0.667 to 0.000 (tolerance 0.01)" in failures
    assert "dev: claims.stance.accuracy was 1.0, now it cannot be computed" in failures
    assert all(failure.startswith("dev: claims.") for failure in failures)


def test_a_loader_whose_events_lose_their_dates_fails_the_guard(monkeypatch, guarded):
    original = event_services.event_upsert

    def undated(*, key, values):
        return original(key=key, values={k: v for k, v in values.items() if k[:5] != "date_"})

    break_everywhere(monkeypatch, event_services, "event_upsert", undated)
    assert guarded() == ("dev: events.date.accuracy fell from 1.000 to 0.000 (tolerance 0.01)",)
