"""Query parameters of /api/v1/places/."""

import django_filters
from django.db.models import Q

from apps.common.api.filters import (
    ALWAYS,
    ID_OR_SLUG,
    SEVERAL,
    ChoicesFilter,
    EvidenceFilterSet,
    RefFilter,
)
from apps.documents.models import Document

from .models import Place, PlaceKind


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
    q = django_filters.CharFilter(
        method="search", max_length=200, help_text="Text contained in the name or an alias."
    )

    class Meta:
        model = Place
        fields = []

    def search(self, queryset, name, value):
        text = value.strip()
        matches = Place.objects.filter(Q(name__icontains=text) | Q(aliases__name__icontains=text))
        return queryset.filter(pk__in=matches.values("pk"))
