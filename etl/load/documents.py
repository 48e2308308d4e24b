"""Load the file's document, then its dossier rows as children."""

from apps.common.models import ReviewStatus
from apps.common.upsert import Outcome
from apps.documents.models import Document
from apps.documents.services import document_upsert
from etl.records import DocumentRecord

from .context import FileContext


def load_documents(context: FileContext) -> None:
    """Upsert the document and its rows; skip the rows of a rejected or deleted one."""
    record = context.record
    document = _upsert_document(record, None, "document", context)
    if document is None or record.key in context.skipped:
        context.skipped.update(row.key for row in record.rows)
        context.tally.add("dossier_row", Outcome.SKIPPED, len(record.rows))
        return
    for row in record.rows:
        _upsert_document(row, document, "dossier_row", context)


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
