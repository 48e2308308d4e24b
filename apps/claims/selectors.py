"""Reads of claims, with the parties, the provenance and the counter-claims."""

from django.db.models import Exists, OuterRef, Q, QuerySet

from apps.common.selectors import Wanted, count_rows, visible, wanted_of, wants, with_counts
from apps.documents.selectors import without_document_text

from .models import Claim


def same_object_as_outer() -> Q:
    """Match the outer claim's object, whichever kind it is (exactly one is set per row)."""
    return (
        Q(object=OuterRef("object"))
        | Q(object_event=OuterRef("object_event"))
        | (Q(object_text=OuterRef("object_text")) & ~Q(object_text=""))
    )


def counter_claims_of_outer() -> QuerySet[Claim]:
    """Visible claims of the outer claim's proposition with another stance (for subqueries)."""
    return visible(
        Claim.objects.filter(
            same_object_as_outer(), subject=OuterRef("subject"), predicate=OuterRef("predicate")
        ).exclude(stance=OuterRef("stance"))
    )


def claim_list(wanted: Wanted = None) -> QuerySet[Claim]:
    """Claims with claimant, subject, object, event, document and their counter-claim count
    (those `wanted`)."""
    related = wanted_of(
        wanted, "claimant", "subject", "object", "object_event", "event", "document"
    )
    claims = with_counts(
        Claim.objects.select_related(*related),
        wanted,
        counter_claim_count=count_rows(counter_claims_of_outer()),
    )
    if wants(wanted, "document"):
        claims = without_document_text(claims, "document")
    return claims.defer("search_vector")


def claim_with_counter_claims() -> QuerySet[Claim]:
    """Claims that have at least one visible counter-claim."""
    return Claim.objects.filter(Exists(counter_claims_of_outer()))


def claim_counter_claims(claims: list[Claim]) -> QuerySet[Claim]:
    """Visible claims stating the same propositions as `claims` with another stance."""
    condition = Q(pk__in=[])
    for claim in claims:
        condition |= Q(**_proposition_of(claim)) & ~Q(stance=claim.stance)
    counter = visible(Claim.objects.filter(condition)).select_related("claimant", "document")
    return without_document_text(counter, "document").defer("search_vector")


def claim_enrich(claims: list[Claim]) -> None:
    """Set `counter_claims` on each claim, in one query."""
    counter = list(claim_counter_claims(claims))
    for claim in claims:
        claim.counter_claims = [
            other
            for other in counter
            if _proposition_of(other) == _proposition_of(claim) and other.stance != claim.stance
        ]


def _proposition_of(claim: Claim) -> dict[str, object]:
    return {
        "subject_id": claim.subject_id,
        "predicate": claim.predicate,
        "object_id": claim.object_id,
        "object_event_id": claim.object_event_id,
        "object_text": claim.object_text,
    }
