"""Reads of documents, with everything the API serializers touch fetched up front."""

from django.db.models import Prefetch, QuerySet

from apps.claims.models import Claim
from apps.comments.models import Comment
from apps.common.selectors import Wanted, count_of, visible, wanted_of, wants, with_counts
from apps.events.models import EventReport

from .models import Document

HEAVY_FIELDS = ("raw_text", "text", "body", "search_vector")


def without_document_text(queryset: QuerySet, *paths: str) -> QuerySet:
    """Defer the big text columns of the documents reached through `paths` (or of the rows)."""
    prefixes = [f"{path}__" for path in paths] or [""]
    return queryset.defer(*[f"{prefix}{field}" for prefix in prefixes for field in HEAVY_FIELDS])


def _documents(wanted: Wanted) -> QuerySet[Document]:
    documents = with_counts(
        Document.objects.select_related(*wanted_of(wanted, "parent")),
        wanted,
        comment_count=count_of(visible(Comment.objects.all()), "document"),
        row_count=count_of(visible(Document.objects.all()), "parent"),
        claim_count=count_of(visible(Claim.objects.all()), "document"),
        event_count=count_of(visible(EventReport.objects.all()), "document", distinct="event"),
    )
    return without_document_text(documents, "parent") if wants(wanted, "parent") else documents


def document_list(wanted: Wanted = None) -> QuerySet[Document]:
    """Documents with their dossier and counts of comments, rows, claims and reported events
    (those `wanted`)."""
    return _documents(wanted).defer(*HEAVY_FIELDS)


def document_detail(wanted: Wanted = None) -> QuerySet[Document]:
    """Documents as in document_list(), plus their text and their dossier rows in order."""
    documents = _documents(wanted).defer("raw_text", "search_vector")
    if not wants(wanted, "rows"):
        return documents
    rows = without_document_text(visible(Document.objects.order_by("position", "id")))
    return documents.prefetch_related(Prefetch("rows", queryset=rows, to_attr="visible_rows"))
