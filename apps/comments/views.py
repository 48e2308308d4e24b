"""Comments endpoint."""

from apps.common.api.viewsets import EvidenceViewSet

from .filtersets import CommentFilterSet
from .selectors import comment_detail, comment_list
from .serializers import CommentDetailSerializer, CommentSerializer


class CommentViewSet(EvidenceViewSet):
    """Reader comments and pingbacks, in thread order, with the comment each one answers."""

    serializer_class = CommentSerializer
    detail_serializer_class = CommentDetailSerializer
    filterset_class = CommentFilterSet
    ordering_fields = [
        "position",
        "posted_at",
        "author",
        "reply_count",
        "created_at",
        "updated_at",
        "id",
    ]

    def get_queryset(self):
        wanted = self.wanted()
        return comment_list(wanted) if self.action == "list" else comment_detail(wanted)
