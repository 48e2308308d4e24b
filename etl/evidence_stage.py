"""The evidence load stage: reference lists once per run, then per file extract -> resolve
-> write the evidence of the document, its dossier rows and its comments.

Runs after the document and comment stages, inside each file's transaction, and adds its
counts to the same tally (kinds: actor, actor_alias, actor_mention, actor_relation, weapon,
weapon_alias, weapon_mention, place, place_alias, place_mention, event, event_report,
event_participant, event_weapon, claim). Its time is reported per step (extract, resolve,
write) next to the pipeline's own stages.
"""

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from django.conf import settings

from etl.extract import extract_evidence
from etl.load import FileContext, Stage
from etl.load_evidence import EvidenceLoader, EvidenceTarget
from etl.load_reference import database_gazetteer, load_reference
from etl.reference import read_reference
from etl.report import LoadReport, Tally
from etl.resolve import resolve_evidence


class EvidenceStage(Stage):
    """Extract and load actors, weapons, places, relations, events and claims of each file."""

    name = "evidence"
    stale_kinds = (
        "actor_mention",
        "weapon_mention",
        "place_mention",
        "actor_relation",
        "claim",
        "event_report",
        "event_participant",
        "event_weapon",
    )

    def __init__(self, reference_dir: Path | None = None) -> None:
        self.reference_dir = reference_dir
        self.report: LoadReport | None = None
        self.loader: EvidenceLoader | None = None

    def prepare(self, report: LoadReport) -> None:
        """Upsert the reference lists, then build the gazetteer from the database."""
        self.report = report
        with self._timed("reference"):
            folder = self.reference_dir or Path(settings.SEEDS_DIR) / "reference"
            data, problems = read_reference(folder)
            report.problems.extend(replace(problem, severity="warning") for problem in problems)
            tally = Tally()
            load_reference(data, tally)
            report.merge(tally)
            self.loader = EvidenceLoader(database_gazetteer())

    def load(self, context: FileContext) -> None:
        """Extract, resolve and write the evidence of the file, its rows and its comments."""
        record = context.record
        with self._timed("extract"):
            evidence = extract_evidence(record, self.loader.gazetteer)
        with self._timed("resolve"):
            evidence = [resolve_evidence(item, self.loader.gazetteer) for item in evidence]
        with self._timed("write"):
            comments = {
                comment.key: context.comments[comment.position]
                for comment in record.comments
                if comment.position in context.comments
            }
            for item, document in zip(evidence, (record, *record.rows), strict=True):
                stored = context.stored(document.key)
                if stored is None:
                    context.tally.add("evidence_document", "skipped")
                    continue
                own_comments = comments if document is record else {}
                target = EvidenceTarget(stored, document.text, own_comments)
                self.loader.load(item, target, context.tally)

    @contextmanager
    def _timed(self, step: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            if self.report is not None:
                self.report.time(f"evidence:{step}", time.perf_counter() - started)
