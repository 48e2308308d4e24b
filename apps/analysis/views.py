"""Analysis endpoints: connection between two actors, event timeline, actor network."""

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema
from rest_framework import viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from apps.actors.models import Actor
from apps.common.api.viewsets import StrictParamsMixin
from apps.events.filtersets import EventFilterSet
from apps.events.selectors import event_rows

from .connection import connection_get
from .network import network_get
from .params import ConnectionQuerySerializer, NetworkQuerySerializer, TimelineQuerySerializer
from .serializers import ConnectionSerializer, NetworkSerializer, TimelineSerializer
from .timeline import TooManyPeriods, event_timeline


class AnalysisViewSet(StrictParamsMixin, viewsets.GenericViewSet):
    """One read-only computed resource at the collection URL, driven by query parameters."""

    pagination_class = None
    filter_backends = []
    query_serializer_class = None

    def query(self) -> dict:
        """Return the validated query parameters (400 on any problem)."""
        serializer = self.query_serializer_class(data=self.request.query_params)
        if not serializer.is_valid():
            raise ValidationError(self.value_errors())
        return serializer.validated_data


class ConnectionViewSet(AnalysisViewSet):
    queryset = Actor.objects.none()
    query_serializer_class = ConnectionQuerySerializer

    @extend_schema(parameters=[ConnectionQuerySerializer], responses=ConnectionSerializer)
    def list(self, request):
        """The evidence between two actors: first the verdict (claims per stance, year and
        claimant; shared events, relations and documents counted), then the evidence in
        pages: each stance group's claims strongest first, the shared events most reported
        first, the relations, and the documents the page cites. Follow a list's `next` link
        for its next page."""
        params = self.query()
        connection = connection_get(
            a=params["a"],
            b=params["b"],
            include_subordinates=params["include_subordinates"],
            stances=params.get("stance"),
            page_size=params["page_size"],
            cursor=params.get("cursor"),
        )
        return Response(ConnectionSerializer(connection, context={"request": request}).data)


class TimelineViewSet(AnalysisViewSet):
    query_serializer_class = TimelineQuerySerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = EventFilterSet

    def get_queryset(self):
        return event_rows()

    @extend_schema(parameters=[TimelineQuerySerializer], responses=TimelineSerializer)
    def list(self, request):
        """Event counts per day, month or year by type; takes every filter of /events/."""
        interval = self.query()["interval"]
        events = self.filter_queryset(self.get_queryset())
        try:
            timeline = event_timeline(events, interval)
        except TooManyPeriods as error:
            raise ValidationError({"interval": [str(error)]}) from None
        return Response(TimelineSerializer(timeline).data)


class NetworkViewSet(AnalysisViewSet):
    queryset = Actor.objects.none()
    query_serializer_class = NetworkQuerySerializer

    @extend_schema(parameters=[NetworkQuerySerializer], responses=NetworkSerializer)
    def list(self, request):
        """An actor's graph of relations, hierarchy, shared events and claims (node-link),
        within a budget: at most `limit` nodes, the most strongly linked first, and the
        heaviest `edge_limit` links among them; `truncated` says what was cut."""
        params = self.query()
        network = network_get(
            actor=params["actor"],
            include_subordinates=params["include_subordinates"],
            depth=params["depth"],
            edge_types=params["edge_type"],
            limit=params["limit"],
            edge_limit=params["edge_limit"],
        )
        return Response(NetworkSerializer(network, context={"request": request}).data)
