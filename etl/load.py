"""The load step: write one parsed file (document, dossier rows, comments) through services.

Each stage runs inside the file's transaction, in order; a later stage (e.g. evidence) reads
what earlier ones stored from the FileContext and adds its counts to the same tally.
"""

from dataclasses import dataclass, field
from datetime import UTC

from apps.comments.models import Comment
from apps.comments.services import comment_upsert_many, comment_values
from apps.common.models import ReviewStatus
from apps.common.upsert import Outcome
from apps.documents.models import Document
from apps.documents.services import document_upsert
from etl.records import CommentRecord, DocumentRecord
from etl.report import LoadReport, Tally


@dataclass
class FileContext:
    """What the stages of one file share: its record, the rows stored so far, the tally."""

    record: DocumentRecord
    tally: Tally
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


class Stage:
    """A per-file load stage: `prepare` once per run, `load` inside each file's transaction."""

    name = "stage"
    # Report kinds (etl.staleness.KINDS) of the rows this stage writes: those its earlier
    # loads stored and this one no longer produced are marked stale after the file loads.
    stale_kinds: tuple[str, ...] = ()

    def prepare(self, report: LoadReport) -> None:
        """Do once-per-run work before any file (e.g. upsert reference lists)."""

    def load(self, context: FileContext) -> None:
        """Write this stage's rows for one file, inside the file's transaction."""
        raise NotImplementedError


class DocumentStage(Stage):
    """Upsert the file's document, then its dossier rows as children."""

    name = "documents"
    stale_kinds = ("dossier_row",)

    def load(self, context: FileContext) -> None:
        """Upsert the document and its rows; skip the rows of a rejected or deleted one."""
        record = context.record
        document = _upsert_document(record, None, "document", context)
        if document is None or record.key in context.skipped:
            context.skipped.update(row.key for row in record.rows)
            context.tally.add("dossier_row", Outcome.SKIPPED, len(record.rows))
            return
        for row in record.rows:
            _upsert_document(row, document, "dossier_row", context)


class CommentStage(Stage):
    """Upsert the file's comments in thread order, linking replies to stored comments."""

    name = "comments"
    stale_kinds = ("comment",)

    def load(self, context: FileContext) -> None:
        """Upsert the comments in order; skip them all when their document is skipped."""
        record = context.record
        document = context.stored(record.key)
        if document is None:
            context.tally.add("comment", Outcome.SKIPPED, len(record.comments))
            return
        context.tally.see(Comment._meta.label, [comment.key for comment in record.comments])
        for wave in _reply_waves(record.comments):
            items = [(c.key, _comment_values(c, document, context)) for c in wave]
            for comment, (row, outcome) in zip(wave, comment_upsert_many(items=items), strict=True):
                context.tally.add("comment", outcome)
                if row is not None:
                    context.comments[comment.position] = row


def _upsert_document(
    record: DocumentRecord, parent: Document | None, kind: str, context: FileContext
) -> Document | None:
    published = record.published
    row, outcome = document_upsert(
        key=record.key,
        kind=record.kind,
        text=record.text,
        parent=parent,
        position=record.position,
        title=record.title,
        author=record.author,
        byline=record.byline,
        publisher=record.publisher,
        url=record.url,
        published_on=published.value if published else None,
        published_precision=published.precision if published else "",
        published_text=published.text if published else "",
        source_file=record.source_file,
        sha256=record.sha256,
        encoding=record.encoding,
        repairs=list(record.repairs),
        raw_text=record.raw_text,
        body=record.body,
    )
    context.tally.add(kind, outcome)
    context.tally.see(Document._meta.label, [record.key])
    if outcome == Outcome.INSERTED:
        context.inserted.add(record.key)
    if row is None or row.review_status == ReviewStatus.REJECTED:
        context.skipped.add(record.key)
    if row is not None:
        context.documents[record.key] = row
    return row


def _reply_waves(comments: tuple[CommentRecord, ...]) -> list[list[CommentRecord]]:
    """Group a thread so every comment comes after the one it replies to: top-level comments
    first, then replies to them, then replies to those (validation ensures targets are earlier).
    """
    depth: dict[int, int] = {}
    for comment in comments:
        target = comment.reply_to_position
        depth[comment.position] = depth[target] + 1 if target in depth else 0
    waves: dict[int, list[CommentRecord]] = {}
    for comment in comments:
        waves.setdefault(depth[comment.position], []).append(comment)
    return [waves[level] for level in sorted(waves)]


def _comment_values(comment: CommentRecord, document: Document, context: FileContext) -> dict:
    start, end = comment.span
    target = comment.reply_to_position
    return comment_values(
        document=document,
        position=comment.position,
        kind=comment.kind,
        author=comment.author,
        body=comment.body,
        span_start=start,
        span_end=end,
        quote=context.record.text[start:end],
        title=comment.title,
        posted_at=comment.posted_at.replace(tzinfo=UTC) if comment.posted_at else None,
        posted_text=comment.posted_text,
        reply_to=context.comments.get(target) if target is not None else None,
        addressed_to=comment.addressed_to,
        reply_cue=comment.reply_cue,
    )
