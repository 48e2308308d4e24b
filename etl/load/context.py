"""What the load steps of one file share: its records, the rows stored so far, the tally."""

from collections.abc import Callable
from dataclasses import dataclass, field

from apps.comments.models import Comment
from apps.documents.models import Document
from etl.extract.gazetteer import Gazetteer
from etl.keys import EvidenceKeys
from etl.records import DocumentRecord, Span
from etl.report import Tally

from .actors import ProposedActors
from .staleness import MODELS_BY_KIND

Upsert = Callable[..., list]
Item = tuple[str, dict[str, object]] | None  # (key, values); None: not written, skipped


@dataclass
class FileContext:
    """One file's load: its record, what the run knows, and what the steps stored so far."""

    record: DocumentRecord
    tally: Tally
    gazetteer: Gazetteer
    actors: ProposedActors
    documents: dict[str, Document] = field(default_factory=dict)  # by key, file and rows
    comments: dict[int, Comment] = field(default_factory=dict)  # by position in the thread
    skipped: set[str] = field(default_factory=set)  # keys a curator rejected or deleted
    inserted: set[str] = field(default_factory=set)  # keys of documents new in this load

    def stored(self, key: str) -> Document | None:
        """Return the stored document (file or row) with this key, None if it is skipped."""
        return None if key in self.skipped else self.documents.get(key)

    def loaded_documents(self) -> list[Document]:
        """Return the stored documents (file and rows) this load did not skip."""
        return [row for key, row in self.documents.items() if key not in self.skipped]

    def reloaded_documents(self) -> list[Document]:
        """Return the loaded documents stored before this load: only they can have old rows."""
        return [row for row in self.loaded_documents() if row.key not in self.inserted]


@dataclass
class EvidenceTarget:
    """Where one EvidenceRecord goes: its stored document, its text, keys and comments."""

    document: Document
    text: str
    keys: EvidenceKeys
    comments: dict[str, Comment] = field(default_factory=dict)  # comment key -> stored row

    def passage(self, span: Span) -> dict[str, object]:
        """Return the provenance values of a row: its document, offsets and quote."""
        start, end = span
        return {
            "document_id": self.document.pk,
            "span_start": start,
            "span_end": end,
            "quote": self.text[start:end],
        }


def write_batch(upsert_many: Upsert, kind: str, items: list[Item], tally: Tally) -> None:
    """Upsert the (key, values) items in one batch; None items count as skipped."""
    batch = [item for item in items if item is not None]
    tally.see(MODELS_BY_KIND[kind]._meta.label, [key for key, _ in batch])
    tally.add(kind, "skipped", len(items) - len(batch))
    for _, outcome in upsert_many(items=batch) if batch else []:
        tally.add(kind, outcome)
