"""Claims endpoint."""

from apps.common.api.viewsets import EvidenceViewSet

from .filtersets import ClaimFilterSet
from .selectors import claim_counts, claim_enrich, claim_list
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
    page_counts = staticmethod(claim_counts)
    page_counted = ("counter_claim_count",)

    def get_queryset(self):
        # A list page's counts come from claim_counts(), not a subquery per row.
        return claim_list(self.wanted(), counted=self.action != "list")
