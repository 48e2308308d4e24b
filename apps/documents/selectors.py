"""Reads of documents, with everything the API serializers touch fetched up front."""

from django.db.models import Prefetch, QuerySet

from apps.claims.models import Claim
from apps.comments.models import Comment
from apps.common.selectors import count_of, visible
from apps.events.models import EventReport

from .models import Document

HEAVY_FIELDS = ("raw_text", "text", "body", "search_vector")


def without_document_text(queryset: QuerySet, *paths: str) -> QuerySet:
    """Defer the big text columns of the documents reached through `paths` (or of the rows)."""
    prefixes = [f"{path}__" for path in paths] or [""]
    return queryset.defer(*[f"{prefix}{field}" for prefix in prefixes for field in HEAVY_FIELDS])


def _documents() -> QuerySet[Document]:
    documents = Document.objects.select_related("parent").annotate(
        comment_count=count_of(visible(Comment.objects.all()), "document"),
        row_count=count_of(visible(Document.objects.all()), "parent"),
        claim_count=count_of(visible(Claim.objects.all()), "document"),
        event_count=count_of(visible(EventReport.objects.all()), "document", distinct="event"),
    )
    return without_document_text(documents, "parent")


def document_list() -> QuerySet[Document]:
    """Documents with their dossier and counts of comments, rows, claims and reported events."""
    return _documents().defer(*HEAVY_FIELDS)


def document_detail() -> QuerySet[Document]:
    """Documents as in document_list(), plus their text and their dossier rows in order."""
    rows = without_document_text(visible(Document.objects.order_by("position", "id")))
    return (
        _documents()
        .defer("raw_text", "search_vector")
        .prefetch_related(Prefetch("rows", queryset=rows, to_attr="visible_rows"))
    )
