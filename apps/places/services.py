"""Writes of places: the reference gazetteer's upserts and the loader's mentions."""

from apps.common.upsert import (
    Outcome,
    alias_upsert_many,
    entity_upsert_many,
    upsert_many,
)

from .models import Place, PlaceAlias, PlaceMention


def place_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[Place | None, Outcome]]:
    """Upsert reference rows at once (values: name, kind, parent_id, latitude, longitude,
    description, origin); new rows get unique slugs."""
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
