"""Reads of reader comments, with their document and the comment they answer."""

from django.db.models import Prefetch, QuerySet

from apps.common.selectors import Wanted, count_of, visible, wanted_of, wants, with_counts
from apps.documents.selectors import without_document_text

from .models import Comment


def comment_list(wanted: Wanted = None) -> QuerySet[Comment]:
    """Comments with their document, the comment they reply to, and their number of replies
    (those `wanted`)."""
    comments = with_counts(
        Comment.objects.select_related(*wanted_of(wanted, "document", "reply_to")),
        wanted,
        reply_count=count_of(visible(Comment.objects.all()), "reply_to"),
    )
    if wants(wanted, "document"):
        comments = without_document_text(comments, "document")
    return comments.defer("search_vector")


def comment_detail(wanted: Wanted = None) -> QuerySet[Comment]:
    """Comments as in comment_list(), plus the replies they received."""
    if not wants(wanted, "replies"):
        return comment_list(wanted)
    replies = visible(Comment.objects.order_by("position", "id")).only(
        "id", "position", "author", "reply_to_id"
    )
    return comment_list(wanted).prefetch_related(
        Prefetch("replies", queryset=replies, to_attr="visible_replies")
    )
