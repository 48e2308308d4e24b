"""Query parameters of /api/v1/weapons/."""

import django_filters
from django.db.models import Q

from apps.actors.models import Actor
from apps.common.api.filters import (
    ALWAYS,
    ID_OR_SLUG,
    OPTIONAL,
    SEVERAL,
    ChoicesFilter,
    EvidenceFilterSet,
    RefFilter,
    include_subordinates_filter,
)
from apps.documents.models import Document

from .models import Weapon, WeaponCategory


class WeaponFilterSet(EvidenceFilterSet):
    category = ChoicesFilter(choices=WeaponCategory.choices, help_text="Category." + SEVERAL)
    actor = RefFilter(
        "event_uses__event__participants__actor",
        model=Actor,
        subtree=OPTIONAL,
        help_text="Used, seized or supplied in events this actor takes part in."
        + ID_OR_SLUG
        + SEVERAL,
    )
    include_subordinates = include_subordinates_filter()
    mentioned_in = RefFilter(
        "mentions__document",
        model=Document,
        by_slug=False,
        subtree=ALWAYS,
        help_text="Id of a document naming the weapon (a dossier includes its rows)." + SEVERAL,
    )
    q = django_filters.CharFilter(
        method="search",
        max_length=200,
        help_text="Text contained in the name, an alias or the description.",
    )

    class Meta:
        model = Weapon
        fields = []

    def search(self, queryset, name, value):
        text = value.strip()
        matches = Weapon.objects.filter(
            Q(name__icontains=text)
            | Q(aliases__name__icontains=text)
            | Q(description__icontains=text)
        )
        return queryset.filter(pk__in=matches.values("pk"))
