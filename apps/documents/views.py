"""Documents endpoint."""

from apps.common.api.viewsets import EvidenceViewSet

from .filtersets import DocumentFilterSet
from .selectors import document_detail, document_list
from .serializers import DocumentDetailSerializer, DocumentSerializer


class DocumentViewSet(EvidenceViewSet):
    """Loaded documents and the rows of dossiers, with comment counts; detail adds the text."""

    serializer_class = DocumentSerializer
    detail_serializer_class = DocumentDetailSerializer
    filterset_class = DocumentFilterSet
    ordering_fields = [
        "published_on",
        "title",
        "kind",
        "publisher",
        "comment_count",
        "created_at",
        "updated_at",
        "id",
    ]

    def get_queryset(self):
        wanted = self.wanted()
        return document_list(wanted) if self.action == "list" else document_detail(wanted)
