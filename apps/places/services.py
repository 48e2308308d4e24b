"""Writes of places: the reference gazetteer's upserts and the loader's mentions."""

from decimal import Decimal

from apps.common.slugs import unique_slug
from apps.common.upsert import (
    Outcome,
    alias_upsert_many,
    entity_upsert_many,
    upsert,
    upsert_many,
)

from .models import Place, PlaceAlias, PlaceMention


def place_upsert(
    *,
    key: str,
    name: str,
    kind: str,
    parent_id: int | None = None,
    latitude: float | None = None,
    longitude: float | None = None,
    description: str = "",
    origin: str = "reference",
) -> tuple[Place | None, Outcome]:
    """Insert or update a place of the reference list; curators' locks and removals win."""
    values = {
        "name": name,
        "slug": unique_slug(Place, name, key=key),
        "kind": kind,
        "parent_id": parent_id,
        "latitude": _decimal(latitude),
        "longitude": _decimal(longitude),
        "description": description,
        "origin": origin,
    }
    return upsert(Place, key=key, values=values)


def place_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[Place | None, Outcome]]:
    """Upsert reference rows at once (values as for place_upsert; slugs are computed)."""
    return entity_upsert_many(Place, items)


def place_alias_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[PlaceAlias | None, Outcome]]:
    """Upsert aliases at once (place_id, name, kind); a name already taken is skipped."""
    return alias_upsert_many(PlaceAlias, items)


def place_mention_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[PlaceMention | None, Outcome]]:
    """Upsert many mentions in a few queries: values place_id, document_id, comment_id, span_start,
    span_end, quote."""
    return upsert_many(PlaceMention, items)


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


def _decimal(value: float | None) -> Decimal | None:
    # Stored with 6 decimals: compare as the database returns them, so re-loads are unchanged.
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.000001"))
