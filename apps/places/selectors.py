"""Reads of places, with hierarchy, aliases and usage counts."""

from django.db.models import Prefetch, QuerySet

from apps.common.selectors import Wanted, count_of, visible, wanted_of, wants, with_counts
from apps.events.models import Event

from .models import Place, PlaceAlias, PlaceMention


def place_list(wanted: Wanted = None) -> QuerySet[Place]:
    """Places with their parent, aliases and counts of events and mentions (those `wanted`)."""
    places = Place.objects.select_related(*wanted_of(wanted, "parent"))
    if wants(wanted, "aliases"):
        aliases = visible(PlaceAlias.objects.order_by("name", "id"))
        places = places.prefetch_related(
            Prefetch("aliases", queryset=aliases, to_attr="visible_aliases")
        )
    return with_counts(
        places,
        wanted,
        event_count=count_of(visible(Event.objects.all()), "place"),
        mention_count=count_of(visible(PlaceMention.objects.all()), "place"),
    )


def place_detail(wanted: Wanted = None) -> QuerySet[Place]:
    """Places as in place_list(), plus the places directly inside them."""
    if not wants(wanted, "children"):
        return place_list(wanted)
    children = visible(Place.objects.order_by("name", "id"))
    return place_list(wanted).prefetch_related(
        Prefetch("children", queryset=children, to_attr="visible_children")
    )


def place_names() -> tuple[list[tuple], dict[int, int]]:
    """Return the loader's gazetteer rows: (id, key, name, kind, written name, alias kind)
    for every name and alias of every place not rejected, and each place's parent id."""
    places = Place.objects.exclude(review_status="rejected")
    rows = [(p.id, p.key, p.name, p.kind, p.name, "name") for p in places]
    aliases = PlaceAlias.objects.exclude(review_status="rejected").exclude(
        place__review_status="rejected"
    )
    rows += [
        (a.place_id, a.place.key, a.place.name, a.place.kind, a.name, a.kind)
        for a in aliases.select_related("place")
    ]
    parents = {p.id: p.parent_id for p in places if p.parent_id}
    return rows, parents
