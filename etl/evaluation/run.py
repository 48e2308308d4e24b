"""Run an evaluation: load a set's annotated documents, read what was stored, score it.

Each set loads inside a transaction that is rolled back, so sets never see each other's rows
and nothing stays behind. `fresh_database()` gives the command a database of its own, made
from the migrations and dropped afterwards: the main database is never read or written.
"""

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection, transaction

from etl import pipeline

from .claims import score_claims
from .comments import score_comments
from .corpus import Annotated, EvalSet
from .entities import score_entities
from .eventmatch import match_events
from .events import score_events
from .headers import score_headers
from .scores import Figure, Finding, KindResult
from .snapshot import Snapshot, read_snapshot

KINDS = ("headers", "comments", "actors", "weapons", "events", "claims")


@dataclass(slots=True)
class SetResult:
    """Every figure of one set, with what it rests on and what --explain lists."""

    name: str
    documents: int
    annotated: int
    fingerprint: str = ""
    figures: dict[str, Figure] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    findings: dict[str, list[Finding]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "annotated": self.annotated,
            "fingerprint": self.fingerprint,
            "figures": self.figures,
            "counts": self.counts,
            "problems": self.problems,
            "seconds": {name: round(value, 2) for name, value in self.seconds.items()},
        }


def score_snapshot(annotated: list[Annotated], snapshot: Snapshot) -> dict[str, KindResult]:
    """Return the results of every kind for what the snapshot holds."""
    match = match_events(annotated, snapshot)
    return {
        "headers": score_headers(annotated, snapshot),
        "comments": score_comments(annotated, snapshot),
        "actors": score_entities(annotated, snapshot, "actors"),
        "weapons": score_entities(annotated, snapshot, "weapons"),
        "events": score_events(annotated, snapshot, match),
        "claims": score_claims(annotated, snapshot, match),
    }


def evaluate_set(eval_set: EvalSet) -> SetResult:
    """Load the set's annotated documents (rolled back afterwards) and score them."""
    result = SetResult(eval_set.name, len(eval_set.documents), len(eval_set.annotated))
    if not eval_set.annotated:
        return result
    result.fingerprint = eval_set.fingerprint()
    started = time.perf_counter()
    with transaction.atomic():
        report = pipeline.run([str(item.document_path) for item in eval_set.annotated])
        loaded = time.perf_counter()
        snapshot = read_snapshot()
        transaction.set_rollback(True)
    read = time.perf_counter()
    kinds = score_snapshot(list(eval_set.annotated), snapshot)
    result.seconds = {
        "load": loaded - started,
        "read": read - loaded,
        "score": time.perf_counter() - read,
    }
    for name, kind in kinds.items():
        result.figures.update(kind.figures)
        result.counts.update(kind.counts)
        result.findings[name] = kind.findings
    result.problems = [
        f"{getattr(p, 'severity', 'error')}: {getattr(p, 'source', '')}: {p.message}"
        for p in report.problems
    ]
    return result


@contextmanager
def fresh_database(verbosity: int = 0) -> Iterator[str]:
    """Create `<database>_evaluation` from the models, use it, then drop it.

    Django's test-database machinery does the work; any earlier copy left by a crash is
    replaced. The connection points back at the main database afterwards.
    """
    settings = connection.settings_dict
    main, test = settings["NAME"], settings.setdefault("TEST", {})
    saved = {key: test.get(key) for key in ("NAME", "MIGRATE")}
    # Tables straight from the models: the migrations hold no data steps, and
    # `makemigrations --check` keeps them equal to the models.
    test.update(NAME=f"{main}_evaluation", MIGRATE=False)
    try:
        name = connection.creation.create_test_db(
            verbosity=verbosity, autoclobber=True, keepdb=False, serialize=False
        )
        try:
            yield name
        finally:
            connection.creation.destroy_test_db(main, verbosity=verbosity, keepdb=False)
    finally:
        test.update(saved)
