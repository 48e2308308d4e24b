"""Reads of weapon types, with aliases and usage counts."""

from django.db.models import Prefetch, QuerySet

from apps.common.selectors import count_of, visible
from apps.events.models import EventWeapon

from .models import Weapon, WeaponAlias, WeaponMention


def weapon_list() -> QuerySet[Weapon]:
    """Weapon types with aliases and counts of events and mentions."""
    aliases = visible(WeaponAlias.objects.order_by("name", "id"))
    return Weapon.objects.prefetch_related(
        Prefetch("aliases", queryset=aliases, to_attr="visible_aliases")
    ).annotate(
        event_count=count_of(visible(EventWeapon.objects.all()), "weapon", "event"),
        mention_count=count_of(visible(WeaponMention.objects.all()), "weapon"),
    )
