"""Events endpoint."""

from apps.common.api.viewsets import EvidenceViewSet

from .filtersets import EventFilterSet
from .selectors import event_detail, event_list
from .serializers import EventDetailSerializer, EventSerializer


class EventViewSet(EvidenceViewSet):
    """What happened, when, where, to whom; detail adds every report and passage."""

    serializer_class = EventSerializer
    detail_serializer_class = EventDetailSerializer
    filterset_class = EventFilterSet
    ordering_fields = [
        "date_start",
        "date_end",
        "event_type",
        "report_count",
        "killed",
        "wounded",
        "captured",
        "detained",
        "created_at",
        "updated_at",
        "id",
    ]
    geometry = ("place__longitude", "place__latitude")

    def get_queryset(self):
        wanted = self.wanted()
        return event_list(wanted) if self.action == "list" else event_detail(wanted)
