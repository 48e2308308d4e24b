"""Query parameters of /api/v1/places/."""

from apps.common.api.filters import (
    ALWAYS,
    ID_OR_SLUG,
    SEVERAL,
    ChoicesFilter,
    EvidenceFilterSet,
    RefFilter,
    name_search_filter,
)
from apps.common.search import ranked_name_search
from apps.documents.models import Document

from .models import Place, PlaceAlias, PlaceKind


class PlaceFilterSet(EvidenceFilterSet):
    kind = ChoicesFilter(choices=PlaceKind.choices, help_text="Kind of place." + SEVERAL)
    parent = RefFilter(
        "parent", model=Place, help_text="The place directly containing it." + ID_OR_SLUG + SEVERAL
    )
    within = RefFilter(
        "parent",
        model=Place,
        subtree=ALWAYS,
        help_text="Any place inside this one, at any depth (Sadr City is within Iraq)."
        + ID_OR_SLUG
        + SEVERAL,
    )
    mentioned_in = RefFilter(
        "mentions__document",
        model=Document,
        by_slug=False,
        subtree=ALWAYS,
        help_text="Id of a document naming the place (a dossier includes its rows)." + SEVERAL,
    )
    q = name_search_filter("the name or an alias")

    class Meta:
        model = Place
        fields = []

    def search(self, queryset, name, value):
        return ranked_name_search(queryset, value, PlaceAlias, "place")
