"""The loader's report: outcomes per kind of row, files, problems; as text or JSON."""

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from etl.records import Problem

# "folded": a report of an event another document already told, added to that event (its
# participants and weapons the event already had are not repeated);
# "stale": rows an earlier load stored that this load no longer finds in their source.
FOLDED = "folded"
OUTCOMES = ("inserted", "updated", "unchanged", FOLDED, "skipped", "stale")
FIRST_KINDS = ("document", "dossier_row", "comment")
EXIT_OK, EXIT_FAILED, EXIT_WARNINGS = 0, 1, 2


class Tally:
    """Outcome counts of one file's load; merged into the report only if the file commits."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()
        self.notes: list[str] = []
        self.seen: defaultdict[str, set[str]] = defaultdict(set)  # model label -> keys

    def see(self, model_label: str, keys) -> None:
        """Record keys the load produced for a model, written or not (for staleness)."""
        self.seen[model_label].update(key for key in keys if key)

    def add(self, kind: str, outcome: str, number: int = 1) -> None:
        """Count `number` rows of `kind` (e.g. "comment") with this outcome."""
        self.counts[(kind, str(outcome))] += number

    def get(self, kind: str, outcome: str) -> int:
        """Return how many rows of `kind` this file had with `outcome`."""
        return self.counts[(kind, str(outcome))]


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one input file."""

    path: str
    loaded: bool
    key: str = ""
    kind: str = ""
    title: str = ""
    rows: int = 0
    comments: int = 0
    encoding: str = ""
    repairs: tuple[str, ...] = ()


@dataclass
class LoadReport:
    """Everything a run did: files, outcomes per kind of row, problems, notes, timings."""

    dry_run: bool = False
    files: list[FileResult] = field(default_factory=list)
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    def merge(self, tally: Tally) -> None:
        """Add a committed file's counts and notes."""
        for (kind, outcome), number in tally.counts.items():
            self.counts.setdefault(kind, Counter())[outcome] += number
        self.notes.extend(tally.notes)

    def count(self, kind: str, outcome: str) -> int:
        """Return how many rows of `kind` had `outcome` (0 when none)."""
        return self.counts.get(kind, Counter())[str(outcome)]

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        """Add the time the block takes to the stage's total (for benchmarks, never asserted)."""
        started = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - started
            self.timings[stage] = self.timings.get(stage, 0.0) + elapsed

    @property
    def errors(self) -> list[Problem]:
        """Return the problems that kept a file (or path) from loading."""
        return [problem for problem in self.problems if problem.severity == "error"]

    @property
    def exit_status(self) -> int:
        """Return 0 when all went well, 1 when any file failed, 2 for warnings only."""
        if self.errors:
            return EXIT_FAILED
        return EXIT_WARNINGS if self.problems else EXIT_OK

    def kinds(self) -> list[str]:
        """Return the kinds of rows counted, the loader's own first, then others by name."""
        others = sorted(kind for kind in self.counts if kind not in FIRST_KINDS)
        return [*FIRST_KINDS, *others]

    def to_dict(self) -> dict:
        """Return the report as plain data (what --json prints)."""
        return {
            "dry_run": self.dry_run,
            "files": {
                "read": len(self.files),
                "loaded": sum(result.loaded for result in self.files),
                "failed": sum(not result.loaded for result in self.files),
            },
            "counts": {
                kind: {outcome: self.count(kind, outcome) for outcome in OUTCOMES}
                for kind in self.kinds()
            },
            "problems": [
                {"file": problem.source, "severity": problem.severity, "message": problem.message}
                for problem in self.problems
            ],
            "notes": list(self.notes),
            "documents": [_file_dict(result) for result in self.files if result.loaded],
            "timings": {stage: round(seconds, 4) for stage, seconds in self.timings.items()},
            "exit_status": self.exit_status,
        }

    def to_json(self) -> str:
        """Return the report as indented JSON."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)


def _file_dict(result: FileResult) -> dict:
    return {
        "file": result.path,
        "key": result.key,
        "kind": result.kind,
        "title": result.title,
        "dossier_rows": result.rows,
        "comments": result.comments,
        "encoding": result.encoding,
        "repairs": list(result.repairs),
    }
