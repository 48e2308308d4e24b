"""Reads of places, with hierarchy, aliases and usage counts."""

from django.db.models import Prefetch, QuerySet

from apps.common.selectors import count_of, visible
from apps.events.models import Event

from .models import Place, PlaceAlias, PlaceMention


def place_list() -> QuerySet[Place]:
    """Places with their parent, aliases and counts of events and mentions."""
    aliases = visible(PlaceAlias.objects.order_by("name", "id"))
    return (
        Place.objects.select_related("parent")
        .prefetch_related(Prefetch("aliases", queryset=aliases, to_attr="visible_aliases"))
        .annotate(
            event_count=count_of(visible(Event.objects.all()), "place"),
            mention_count=count_of(visible(PlaceMention.objects.all()), "place"),
        )
    )


def place_detail() -> QuerySet[Place]:
    """Places as in place_list(), plus the places directly inside them."""
    children = visible(Place.objects.order_by("name", "id"))
    return place_list().prefetch_related(
        Prefetch("children", queryset=children, to_attr="visible_children")
    )
