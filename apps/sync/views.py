"""The changes feed (every change of an API row, in commit order, resumable) and the
streamed bulk exports."""

from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param
from rest_framework.views import APIView

from apps.common.api.viewsets import StrictParamsMixin
from apps.common.models import Change

from .exports import EXPORTS, FORMATS, export_lines, export_rows
from .selectors import START, change_feed, change_head
from .serializers import (
    ChangeFeedSerializer,
    ChangeQuerySerializer,
    ExportQuerySerializer,
    feed_token,
)

MEDIA_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8"}
CURSOR_HEADER = "X-Changes-Cursor"
ERROR_RESPONSE = {"$ref": "#/components/schemas/Error"}


class ChangeViewSet(StrictParamsMixin, viewsets.GenericViewSet):
    queryset = Change.objects.none()
    pagination_class = None
    filter_backends = []
    query_serializer_class = ChangeQuerySerializer

    def query(self) -> dict:
        """Return the validated query parameters (400 on any problem)."""
        serializer = self.query_serializer_class(data=self.request.query_params)
        if not serializer.is_valid():
            raise ValidationError(self.value_errors())
        return serializer.validated_data

    @extend_schema(parameters=[ChangeQuerySerializer], responses=ChangeFeedSerializer)
    def list(self, request):
        """Every insert, update, review decision, stale flag, deletion and merge of the rows of
        every endpoint, in commit order: follow `next` while has_more, keep it, poll it later."""
        params = self.query()
        size, since = params["page_size"], params.get("since", START)
        changes = change_feed(after=since, kinds=params["kind"], limit=size + 1)
        shown = changes[:size]
        position = (shown[-1].changeset.seq, shown[-1].id) if shown else since
        url = replace_query_param(request.build_absolute_uri(), "since", feed_token(position))
        feed = {"results": shown, "next": url, "has_more": len(changes) > size}
        return Response(ChangeFeedSerializer(feed, context={"request": request}).data)


class ExportView(StrictParamsMixin, APIView):
    """A whole kind of row as JSON lines or CSV, streamed: what `manage.py export` writes."""

    permission_classes = [IsAuthenticated]
    query_serializer_class = ExportQuerySerializer

    @extend_schema(
        operation_id="export_retrieve",
        parameters=[
            ExportQuerySerializer,
            OpenApiParameter(
                "kind",
                str,
                OpenApiParameter.PATH,
                enum=list(EXPORTS),
                description="The kind of row: an endpoint's path name.",
            ),
            OpenApiParameter(
                "extension",
                str,
                OpenApiParameter.PATH,
                enum=list(FORMATS),
                description="jsonl: one JSON object per line, as the list shows it; csv: the "
                "list's CSV columns.",
            ),
        ],
        responses={
            (200, "application/x-ndjson"): OpenApiTypes.STR,
            (200, "text/csv"): OpenApiTypes.STR,
            401: OpenApiResponse(ERROR_RESPONSE, description="No credentials: a token needed."),
            403: OpenApiResponse(ERROR_RESPONSE, description="Credentials refused."),
        },
    )
    def get(self, request, kind: str, extension: str):
        """Every row of a kind the list shows by default (authenticated clients only): one JSON
        object per line (.jsonl) or CSV (.csv), streamed. X-Changes-Cursor is the changes-feed
        position to follow it from; with since=, only the rows changed after that position."""
        if kind not in EXPORTS or extension not in FORMATS:
            raise NotFound(f"No export {kind}.{extension}; kinds: {', '.join(EXPORTS)}.")
        serializer = ExportQuerySerializer(data=request.query_params)
        if not serializer.is_valid():
            raise ValidationError(self.value_errors())
        since = serializer.validated_data.get("since")
        head = feed_token(change_head())
        lines = export_lines(kind, extension, export_rows(kind, since), {"request": request})
        response = StreamingHttpResponse(lines, content_type=MEDIA_TYPES[extension])
        response["Content-Disposition"] = f'attachment; filename="{kind}.{extension}"'
        response[CURSOR_HEADER] = head
        return response
