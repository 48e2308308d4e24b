"""Places endpoint."""

from apps.common.api.viewsets import EvidenceViewSet

from .filtersets import PlaceFilterSet
from .selectors import place_detail, place_list
from .serializers import PlaceDetailSerializer, PlaceSerializer


class PlaceViewSet(EvidenceViewSet):
    """The gazetteer: countries down to facilities; detail (by id or slug) adds what lies inside."""

    serializer_class = PlaceSerializer
    detail_serializer_class = PlaceDetailSerializer
    filterset_class = PlaceFilterSet
    ordering_fields = [
        "name",
        "kind",
        "event_count",
        "mention_count",
        "created_at",
        "updated_at",
        "id",
    ]
    by_slug = True
    geometry = ("longitude", "latitude")

    def get_queryset(self):
        wanted = self.wanted()
        return place_list(wanted) if self.action == "list" else place_detail(wanted)
