"""The documents one page of the connection cites, with what the page takes from each."""

from collections import Counter, defaultdict

from apps.common.selectors import visible
from apps.documents.models import Document
from apps.documents.selectors import without_document_text
from apps.events.models import EventReport


def _order(document: Document) -> tuple:
    return (document.published_on is None, document.published_on, document.pk)


def cited_documents(groups: list, events: dict | None, relations: dict | None) -> list[dict]:
    """Return the documents behind this page's claims, relations and events, oldest first,
    each with how many of the page's claims, events and relations it gives."""
    counts: dict[int, Counter] = defaultdict(Counter)
    documents: dict[int, Document] = {}
    for claim in (claim for group in groups for claim in group.page.rows):
        counts[claim.document_id]["claims"] += 1
        documents[claim.document_id] = claim.document
    for relation in relations["page"].rows if relations else []:
        counts[relation.document_id]["relations"] += 1
        documents[relation.document_id] = relation.document
    if events and events["page"].rows:
        reports = visible(EventReport.objects.filter(event__in=events["page"].rows))
        for document_id, _ in reports.order_by().values_list("document_id", "event_id").distinct():
            counts[document_id]["events"] += 1
        missing = set(counts) - set(documents)
        documents |= without_document_text(Document.objects.all()).in_bulk(missing)
    return [
        {
            "document": document,
            **{k: counts[document.pk][k] for k in ("claims", "events", "relations")},
        }
        for document in sorted(documents.values(), key=_order)
    ]
