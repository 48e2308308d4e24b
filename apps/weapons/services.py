"""Writes of weapons: the reference gazetteer's upserts and the loader's mentions."""

from apps.common.upsert import (
    Outcome,
    alias_upsert_many,
    entity_upsert_many,
    upsert_many,
)

from .models import Weapon, WeaponAlias, WeaponMention


def weapon_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[Weapon | None, Outcome]]:
    """Upsert reference rows at once (values: name, category, description, origin); new rows
    get unique slugs."""
    return entity_upsert_many(Weapon, items)


def weapon_alias_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[WeaponAlias | None, Outcome]]:
    """Upsert aliases at once (weapon_id, name, kind); a name already taken is skipped."""
    return alias_upsert_many(WeaponAlias, items)


def weapon_mention_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[WeaponMention | None, Outcome]]:
    """Upsert many mentions in a few queries: values weapon_id, document_id, comment_id, span_start,
    span_end, quote."""
    return upsert_many(WeaponMention, items)
