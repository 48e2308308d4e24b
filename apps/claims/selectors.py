"""Reads of claims, with the parties, the provenance and the counter-claims."""

from django.db.models import Exists, OuterRef, Q, QuerySet

from apps.common.selectors import count_rows, visible
from apps.documents.selectors import without_document_text

from .models import Claim


def counter_claims_of_outer() -> QuerySet[Claim]:
    """Visible claims of the outer claim's proposition with another stance (for subqueries)."""
    return visible(
        Claim.objects.filter(
            subject=OuterRef("subject"), predicate=OuterRef("predicate"), object=OuterRef("object")
        ).exclude(stance=OuterRef("stance"))
    )


def claim_list() -> QuerySet[Claim]:
    """Claims with claimant, subject, object, event, document and their counter-claim count."""
    claims = Claim.objects.select_related("claimant", "subject", "object", "event", "document")
    claims = claims.annotate(counter_claim_count=count_rows(counter_claims_of_outer()))
    return without_document_text(claims, "document").defer("search_vector")


def claim_with_counter_claims() -> QuerySet[Claim]:
    """Claims that have at least one visible counter-claim."""
    return Claim.objects.filter(Exists(counter_claims_of_outer()))


def claim_counter_claims(claims: list[Claim]) -> QuerySet[Claim]:
    """Visible claims stating the same propositions as `claims` with another stance."""
    condition = Q(pk__in=[])
    for claim in claims:
        condition |= Q(
            subject_id=claim.subject_id, predicate=claim.predicate, object_id=claim.object_id
        ) & ~Q(stance=claim.stance)
    counter = visible(Claim.objects.filter(condition)).select_related("claimant", "document")
    return without_document_text(counter, "document").defer("search_vector")


def claim_enrich(claims: list[Claim]) -> None:
    """Set `counter_claims` on each claim, in one query."""
    counter = list(claim_counter_claims(claims))
    for claim in claims:
        claim.counter_claims = [
            other
            for other in counter
            if (other.subject_id, other.predicate, other.object_id)
            == (claim.subject_id, claim.predicate, claim.object_id)
            and other.stance != claim.stance
        ]
