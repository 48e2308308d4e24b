"""Query parameters of /api/v1/weapons/."""

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
    name_search_filter,
)
from apps.common.search import ranked_name_search
from apps.documents.models import Document

from .models import Weapon, WeaponAlias, WeaponCategory


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
    q = name_search_filter("the name, an alias or the description")

    class Meta:
        model = Weapon
        fields = []

    def search(self, queryset, name, value):
        return ranked_name_search(queryset, value, WeaponAlias, "weapon", "description")
