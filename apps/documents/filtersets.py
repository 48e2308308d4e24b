"""Query parameters of /api/v1/documents/."""

from django.db.models import Exists, OuterRef

from apps.comments.models import Comment
from apps.common.api.filters import (
    SEVERAL,
    BooleanFilter,
    ChoicesFilter,
    EvidenceFilterSet,
    RefFilter,
    search_filter,
)
from apps.common.lookups import DATE_LOOKUPS, TEXT_LOOKUPS
from apps.common.selectors import visible

from .models import Document, DocumentKind


class DocumentFilterSet(EvidenceFilterSet):
    kind = ChoicesFilter(choices=DocumentKind.choices, help_text="Kind of document." + SEVERAL)
    parent = RefFilter(
        "parent",
        model=Document,
        by_slug=False,
        help_text="Id of a dossier: its rows." + SEVERAL,
    )
    has_parent = BooleanFilter(
        field_name="parent",
        lookup_expr="isnull",
        exclude=True,
        help_text="true: only dossier rows; false: only loaded files.",
    )
    has_comments = BooleanFilter(
        method="filter_has_comments", help_text="true: only documents with reader comments."
    )
    q = search_filter("title and body")

    class Meta:
        model = Document
        fields = {"publisher": TEXT_LOOKUPS, "author": TEXT_LOOKUPS, "published_on": DATE_LOOKUPS}

    def filter_has_comments(self, queryset, name, value):
        comments = visible(Comment.objects.filter(document=OuterRef("pk")))
        return queryset.filter(Exists(comments) if value else ~Exists(comments))
