"""Actors endpoint."""

from apps.common.api.viewsets import EvidenceViewSet

from .filtersets import ActorFilterSet
from .selectors import actor_detail, actor_enrich, actor_list
from .serializers import ActorDetailSerializer, ActorSerializer


class ActorViewSet(EvidenceViewSet):
    """People, states, units and groups; detail (by id or slug) adds hierarchy and relations."""

    serializer_class = ActorSerializer
    detail_serializer_class = ActorDetailSerializer
    filterset_class = ActorFilterSet
    ordering_fields = [
        "name",
        "kind",
        "mention_count",
        "event_count",
        "claim_count",
        "created_at",
        "updated_at",
        "id",
    ]
    by_slug = True
    enrich = staticmethod(actor_enrich)
    enriched = ("relations",)

    def get_queryset(self):
        wanted = self.wanted()
        return actor_list(wanted) if self.action == "list" else actor_detail(wanted)
