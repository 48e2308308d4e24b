"""Query parameters of /api/v1/comments/."""

from apps.common.api.filters import (
    SEVERAL,
    BooleanFilter,
    ChoicesFilter,
    EvidenceFilterSet,
    RefFilter,
    search_filter,
)
from apps.common.lookups import DATE_LOOKUPS, TEXT_LOOKUPS
from apps.documents.models import Document

from .models import Comment, CommentKind, PostedPrecision


class CommentFilterSet(EvidenceFilterSet):
    document = RefFilter(
        "document", model=Document, by_slug=False, help_text="Document id." + SEVERAL
    )
    kind = ChoicesFilter(choices=CommentKind.choices, help_text="Comment or pingback." + SEVERAL)
    posted_precision = ChoicesFilter(
        choices=PostedPrecision.choices,
        help_text="How much of the timestamp was printed: minute, day, month, year." + SEVERAL,
    )
    reply_to = RefFilter(
        "reply_to", model=Comment, by_slug=False, help_text="Id of the comment answered." + SEVERAL
    )
    is_reply = BooleanFilter(
        field_name="reply_to",
        lookup_expr="isnull",
        exclude=True,
        help_text="true: only comments that answer an earlier comment; false: only the others.",
    )
    q = search_filter("author and comment text")

    class Meta:
        model = Comment
        fields = {
            "author": TEXT_LOOKUPS,
            "addressed_to": TEXT_LOOKUPS,
            "posted_at": DATE_LOOKUPS,
        }
