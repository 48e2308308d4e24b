"""Weapons endpoint."""

from apps.common.api.viewsets import EvidenceViewSet

from .filtersets import WeaponFilterSet
from .selectors import weapon_list
from .serializers import WeaponSerializer


class WeaponViewSet(EvidenceViewSet):
    """Weapon types (EFP, RPG...) with aliases; detail by id or slug."""

    serializer_class = WeaponSerializer
    filterset_class = WeaponFilterSet
    ordering_fields = [
        "name",
        "category",
        "event_count",
        "mention_count",
        "created_at",
        "updated_at",
        "id",
    ]
    by_slug = True

    def get_queryset(self):
        return weapon_list(self.wanted())
