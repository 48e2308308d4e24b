"""Load: the only stage that writes, through the app services (apps/*/services.py).

Once per run the reference lists are upserted and the gazetteer is read back from the
database. Then each file is written in one transaction (all of its rows or none), in
dependency order: the document and its dossier rows, the comments, the evidence of each
(actors proposed, mentions, relations, events, claims); last, the rows earlier loads of the
file produced and this one did not are marked stale. Curators' locks, rejections and
deletions win throughout (apps/common/upsert.py).
"""

from collections.abc import Sequence

from django.db import transaction

from etl.extract.gazetteer import Gazetteer, build_gazetteer
from etl.records import DocumentRecord, EvidenceRecord, ReferenceData
from etl.report import LoadReport, Tally

from .actors import ProposedActors
from .comments import load_comments
from .context import FileContext
from .documents import load_documents
from .evidence import load_evidence
from .reference import database_gazetteer, load_reference
from .staleness import mark_stale

__all__ = ["Loader"]


class Loader:
    """The database side of one run: the reference lists, then one transaction per file."""

    def __init__(self, report: LoadReport) -> None:
        self.report = report
        self.gazetteer: Gazetteer = build_gazetteer([], {})
        self.actors = ProposedActors()

    def load_reference(self, data: ReferenceData) -> Gazetteer:
        """Upsert the reference lists; return the gazetteer of every name now stored."""
        tally = Tally()
        load_reference(data, tally)
        self.report.merge(tally)
        self.gazetteer = database_gazetteer()
        return self.gazetteer

    def load(self, document: DocumentRecord, evidence: Sequence[EvidenceRecord]) -> Tally:
        """Write one file's rows in one transaction; return their outcomes."""
        # Actors this file proposes count for the next files only if its transaction commits.
        actors = ProposedActors(dict(self.actors.ids))
        context = FileContext(document, Tally(), self.gazetteer, actors)
        timed = self.report.timed
        with transaction.atomic():
            with timed("load:documents"):
                load_documents(context)
            with timed("load:comments"):
                load_comments(context)
            with timed("load:evidence"):
                load_evidence(context, evidence)
            with timed("load:stale"):
                mark_stale(
                    context.tally,
                    loaded=context.loaded_documents(),
                    reloaded=context.reloaded_documents(),
                )
        self.actors = actors
        return context.tally
