"""Reads of reader comments, with their document and the comment they answer."""

from django.db.models import Prefetch, QuerySet

from apps.common.selectors import count_of, visible
from apps.documents.selectors import without_document_text

from .models import Comment


def comment_list() -> QuerySet[Comment]:
    """Comments with their document, the comment they reply to, and their number of replies."""
    comments = Comment.objects.select_related("document", "reply_to").annotate(
        reply_count=count_of(visible(Comment.objects.all()), "reply_to")
    )
    return without_document_text(comments, "document").defer("search_vector")


def comment_detail() -> QuerySet[Comment]:
    """Comments as in comment_list(), plus the replies they received."""
    replies = visible(Comment.objects.order_by("position", "id")).only(
        "id", "position", "author", "reply_to_id"
    )
    return comment_list().prefetch_related(
        Prefetch("replies", queryset=replies, to_attr="visible_replies")
    )
