"""Writes of weapons: the reference gazetteer's upserts and the loader's mentions."""

from apps.common.slugs import unique_slug
from apps.common.upsert import (
    Outcome,
    alias_upsert_many,
    entity_upsert_many,
    upsert,
    upsert_many,
)

from .models import Weapon, WeaponAlias, WeaponMention


def weapon_upsert(
    *, key: str, name: str, category: str, description: str = "", origin: str = "reference"
) -> tuple[Weapon | None, Outcome]:
    """Insert or update a weapon of the reference list; curators' locks and removals win."""
    values = {
        "name": name,
        "slug": unique_slug(Weapon, name, key=key),
        "category": category,
        "description": description,
        "origin": origin,
    }
    return upsert(Weapon, key=key, values=values)


def weapon_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[Weapon | None, Outcome]]:
    """Upsert reference rows at once (values as for weapon_upsert; slugs are computed)."""
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


def weapon_names() -> list[tuple]:
    """Return the loader's gazetteer rows: (id, key, name, category, written name, alias kind)
    for every name and alias of every weapon not rejected."""
    weapons = Weapon.objects.exclude(review_status="rejected")
    rows = [(w.id, w.key, w.name, w.category, w.name, "name") for w in weapons]
    aliases = WeaponAlias.objects.exclude(review_status="rejected").exclude(
        weapon__review_status="rejected"
    )
    rows += [
        (a.weapon_id, a.weapon.key, a.weapon.name, a.weapon.category, a.name, a.kind)
        for a in aliases.select_related("weapon")
    ]
    return rows
