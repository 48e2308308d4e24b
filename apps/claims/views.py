"""Claims endpoint."""

from apps.common.api.viewsets import EvidenceViewSet

from .filtersets import ClaimFilterSet
from .selectors import claim_enrich, claim_list
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
        "updated_at",
        "id",
    ]
    enrich = staticmethod(claim_enrich)
    enriched = ("counter_claims",)

    def get_queryset(self):
        return claim_list(self.wanted())
