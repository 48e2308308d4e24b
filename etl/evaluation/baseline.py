"""The regression guard: eval/baseline.json holds every figure of every set; a run may not fall
below it by more than the file's tolerance.

Rates (precision, recall, F1, accuracies, shares) may drop by at most `tolerance` (absolute);
counts of errors (events wrongly merged, events split) may not rise at all. A figure that
can no longer be computed counts as a drop. A set without gold has an empty baseline and
nothing is checked for it (the verdict says so). When the gold or the documents of a set
changed since the baseline (its fingerprint), the figures are not comparable: the verdict
asks for a new baseline (`make eval-baseline`).
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from .run import SetResult

DEFAULT_TOLERANCE = 0.01
LOWER_IS_BETTER = frozenset({"events.wrongly_merged", "events.split"})
_EPSILON = 1e-9


@dataclass(frozen=True, slots=True)
class Baseline:
    tolerance: float = DEFAULT_TOLERANCE
    sets: dict[str, dict] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the guard found for one set: figures checked, regressions, or why nothing."""

    name: str
    checked: int = 0
    regressions: tuple[str, ...] = ()
    note: str = ""


def read_baseline(path: Path) -> Baseline:
    """Read the baseline file; a missing file is an empty baseline."""
    if not path.exists():
        return Baseline()
    data = json.loads(path.read_text(encoding="utf-8"))
    return Baseline(tolerance=float(data.get("tolerance", DEFAULT_TOLERANCE)), sets=data["sets"])


def baseline_data(results: list[SetResult], tolerance: float) -> dict:
    """Return the baseline file's content for these results."""
    return {
        "tolerance": tolerance,
        "about": "Figures of `manage.py evaluate`; `make test` fails when one drops below its "
        "value by more than the tolerance (counts of events wrongly merged or split may not "
        "rise). Rewrite with `make eval-baseline` and say in the commit which figures moved "
        "and why.",
        "sets": {
            result.name: {
                "annotated": result.annotated,
                "fingerprint": result.fingerprint,
                "figures": {
                    name: round(value, 4) if isinstance(value, float) else value
                    for name, value in sorted(result.figures.items())
                },
            }
            for result in results
        },
    }


def write_baseline(path: Path, results: list[SetResult], tolerance: float) -> None:
    """Write the baseline of these results."""
    text = json.dumps(baseline_data(results, tolerance), indent=2, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def check(baseline: Baseline, result: SetResult) -> Verdict:
    """Return the guard's verdict on one set's fresh results."""
    entry = baseline.sets.get(result.name) or {}
    figures = entry.get("figures") or {}
    if not figures:
        if result.annotated:
            message = (
                f"{result.name}: {result.annotated} annotated document(s) but no baseline: "
                "run `make eval-baseline` and commit eval/baseline.json"
            )
            return Verdict(result.name, regressions=(message,))
        return Verdict(result.name, note=f"{result.name}: no gold yet: the guard checks nothing")
    if entry.get("fingerprint") != result.fingerprint:
        message = (
            f"{result.name}: the gold or its documents changed since the baseline "
            f"({entry.get('annotated', 0)} annotated then, {result.annotated} now): figures "
            "are not comparable; run `make eval-baseline` and commit eval/baseline.json"
        )
        return Verdict(result.name, regressions=(message,))
    regressions = [
        message
        for name, expected in sorted(figures.items())
        if (message := _regression(result, name, expected, baseline.tolerance))
    ]
    return Verdict(result.name, checked=len(figures), regressions=tuple(regressions))


def _regression(result: SetResult, name: str, expected, tolerance: float) -> str | None:
    if expected is None:
        return None
    actual = result.figures.get(name)
    where = f"{result.name}: {name}"
    if actual is None:
        return f"{where} was {expected}, now it cannot be computed"
    if name in LOWER_IS_BETTER:
        if actual > expected:
            return f"{where} rose from {expected} to {actual} (may not rise)"
        return None
    if actual < expected - tolerance - _EPSILON:
        return f"{where} fell from {expected:.3f} to {actual:.3f} (tolerance {tolerance})"
    return None
