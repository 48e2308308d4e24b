"""Query parameters of /api/v1/actors/."""

import django_filters
from django.db.models import Q

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
    rule_filter,
)
from apps.common.models import Origin
from apps.common.search import ranked_name_search
from apps.common.selectors import visible
from apps.common.text import normalize_name
from apps.documents.models import Document
from apps.places.models import Place

from .models import Actor, ActorAlias, ActorKind


class ActorFilterSet(EvidenceFilterSet):
    kind = ChoicesFilter(choices=ActorKind.choices, help_text="Kind of actor." + SEVERAL)
    parent = RefFilter(
        "parent",
        model=Actor,
        subtree=OPTIONAL,
        help_text="The body the actor is directly part of; with include_subordinates, any "
        "body above it." + ID_OR_SLUG + SEVERAL,
    )
    include_subordinates = include_subordinates_filter()
    name = django_filters.CharFilter(
        method="filter_name",
        max_length=255,
        help_text="Canonical name or any alias, ignoring case, punctuation and hyphens "
        "('Quds Force' finds the Qods Force).",
    )
    mentioned_in = RefFilter(
        "mentions__document",
        model=Document,
        by_slug=False,
        subtree=ALWAYS,
        help_text="Id of a document naming the actor (a dossier includes its rows)." + SEVERAL,
    )
    country = RefFilter(
        "country", model=Place, help_text="Country of the actor." + ID_OR_SLUG + SEVERAL
    )
    origin = ChoicesFilter(choices=Origin.choices, help_text="Where the row came from." + SEVERAL)
    rule = rule_filter("the actor (actors extracted from a document, not from the lists)")
    q = name_search_filter("the name, an alias, the title or the description")

    class Meta:
        model = Actor
        fields = []

    def filter_name(self, queryset, name, value):
        aliases = visible(ActorAlias.objects.filter(normalized=normalize_name(value)))
        return queryset.filter(Q(name__iexact=value.strip()) | Q(pk__in=aliases.values("actor_id")))

    def search(self, queryset, name, value):
        return ranked_name_search(queryset, value, ActorAlias, "actor", "title", "description")
