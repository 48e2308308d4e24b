"""The guard's verdict: drops beyond the tolerance, rising error counts, changed gold."""

import json

from etl.evaluation.baseline import Baseline, baseline_data, check, read_baseline, write_baseline
from etl.evaluation.run import SetResult


def result(name="dev", annotated=2, fingerprint="abc", **figures) -> SetResult:
    return SetResult(
        name, documents=5, annotated=annotated, fingerprint=fingerprint, figures=figures
    )


BASE = {
    "events.found.f1": 0.5,
    "claims.span.recall": 0.25,
    "events.wrongly_merged": 2,
    "events.found.precision": None,
}


def baseline(**figures) -> Baseline:
    entry = {"annotated": 2, "fingerprint": "abc", "figures": figures or BASE}
    return Baseline(tolerance=0.01, sets={"dev": entry})


def test_figures_within_the_tolerance_pass():
    fresh = result(
        **{"events.found.f1": 0.491, "claims.span.recall": 0.3, "events.wrongly_merged": 2}
    )
    verdict = check(baseline(), fresh)
    assert verdict.regressions == ()
    assert verdict.checked == 4


def test_each_drop_and_each_rising_error_count_is_named():
    fresh = result(
        **{"events.found.f1": 0.3, "events.wrongly_merged": 3, "events.found.precision": 0.1}
    )
    assert check(baseline(), fresh).regressions == (
        "dev: claims.span.recall was 0.25, now it cannot be computed",
        "dev: events.found.f1 fell from 0.500 to 0.300 (tolerance 0.01)",
        "dev: events.wrongly_merged rose from 2 to 3 (may not rise)",
    )


def test_a_set_without_gold_is_not_checked_and_says_so():
    verdict = check(Baseline(), result("test", annotated=0, fingerprint=""))
    assert (verdict.checked, verdict.regressions) == (0, ())
    assert verdict.note == "test: no gold yet: the guard checks nothing"


def test_gold_without_a_baseline_or_changed_gold_asks_for_a_new_baseline():
    missing = check(Baseline(), result())
    assert missing.regressions == (
        "dev: 2 annotated document(s) but no baseline: run `make eval-baseline` and commit "
        "eval/baseline.json",
    )
    changed = check(baseline(), result(annotated=3, fingerprint="def", **BASE))
    assert len(changed.regressions) == 1
    assert "changed since the baseline (2 annotated then, 3 now)" in changed.regressions[0]


def test_the_file_round_trips_rounded_and_keeps_empty_sets(tmp_path):
    path = tmp_path / "baseline.json"
    fresh = result(**{"events.found.f1": 2 / 3, "events.split": 1})
    write_baseline(path, [fresh, result("test", annotated=0, fingerprint="")], tolerance=0.02)
    data = json.loads(path.read_text())
    assert data["sets"]["dev"]["figures"] == {"events.found.f1": 0.6667, "events.split": 1}
    assert data["sets"]["test"] == {"annotated": 0, "fingerprint": "", "figures": {}}
    loaded = read_baseline(path)
    assert loaded.tolerance == 0.02
    assert check(loaded, fresh).regressions == ()
    assert baseline_data([fresh], 0.01)["tolerance"] == 0.01
    assert read_baseline(tmp_path / "missing.json") == Baseline()
