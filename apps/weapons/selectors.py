"""Reads of weapon types, with aliases and usage counts."""

from django.db.models import Prefetch, QuerySet

from apps.common.selectors import Wanted, count_of, visible, wants, with_counts
from apps.events.models import EventWeapon

from .models import Weapon, WeaponAlias, WeaponMention


def weapon_list(wanted: Wanted = None) -> QuerySet[Weapon]:
    """Weapon types with aliases and counts of events and mentions (those `wanted`)."""
    weapons = Weapon.objects.all()
    if wants(wanted, "aliases"):
        aliases = visible(WeaponAlias.objects.order_by("name", "id"))
        weapons = weapons.prefetch_related(
            Prefetch("aliases", queryset=aliases, to_attr="visible_aliases")
        )
    return with_counts(
        weapons,
        wanted,
        event_count=count_of(visible(EventWeapon.objects.all()), "weapon", "event"),
        mention_count=count_of(visible(WeaponMention.objects.all()), "weapon"),
    )


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
