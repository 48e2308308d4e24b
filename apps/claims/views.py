"""Claims endpoint."""

from apps.common.api.viewsets import EvidenceViewSet

from .filtersets import ClaimFilterSet
from .selectors import claim_counts, claim_enrich, claim_list, claim_rows
from .serializers import ClaimDetailSerializer, ClaimSerializer


class ClaimViewSet(EvidenceViewSet):
    """Who asserts or denies what about whom, quoted; detail adds the counter-claims."""

    serializer_class = ClaimSerializer
    detail_serializer_class = ClaimDetailSerializer
    filterset_class = ClaimFilterSet
    ordering_fields = [
        "claim_date",
        "stance",
        "predicate",
        "counter_claim_count",
        "created_at",
        "id",
    ]
    csv = True
    enrich = staticmethod(claim_enrich)
    page_counts = staticmethod(claim_counts)

    def get_queryset(self):
        return claim_list()

    def get_page_queryset(self):
        return claim_rows()
