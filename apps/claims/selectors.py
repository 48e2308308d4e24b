"""Reads of claims, with the parties, the provenance and the counter-claims; the claimant
and relay texts still to link, and the links curators made (which the loader reads)."""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from apps.analysis.models import ActorLink, LinkKind
from apps.common.models import ReviewStatus
from apps.common.selectors import count_rows, defer_all_but, visible
from apps.common.text import normalize_name
from apps.documents.selectors import without_document_text

from .models import Claim, ClaimantLink, LinkRole

# Per role: the text as written and the actor it is linked to.
ROLE_FIELDS = {
    LinkRole.CLAIMANT: ("claimant_text", "claimant"),
    LinkRole.RELAY: ("relayed_by", "relayer"),
}


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


BRIEFS = {
    "claimant": ("name", "slug"),
    "subject": ("name", "slug"),
    "object": ("name", "slug"),
    "object_event": ("event_type", "date_start", "summary"),
    "event": ("event_type", "date_start", "summary"),
    "document": ("title", "publisher", "published_on"),
}


def claim_rows() -> QuerySet[Claim]:
    """Claims with the brief form of claimant, subject, object, event and document (no counts)."""
    claims = Claim.objects.select_related(*BRIEFS).defer("search_vector")
    for path, keep in BRIEFS.items():
        claims = defer_all_but(claims, path, keep)
    return claims


def claim_list() -> QuerySet[Claim]:
    """Claims as in claim_rows(), with their counter-claim count computed per row.

    Per row means per candidate row wherever the count filters or orders; a page of claims
    takes claim_rows() and claim_counts() instead.
    """
    return claim_rows().annotate(counter_claim_count=count_rows(counter_claims_of_outer()))


def claim_counts(claims: list[Claim]) -> None:
    """Set `counter_claim_count` on each claim of a page, without a subquery per row.

    A claim about an actor reads its proposition's maintained actor link (visible claims per
    stance, kept by triggers in the same transaction as the claims): one indexed read
    whatever the proposition's size. Claims about an event or a thing are counted in one
    grouped query over their propositions. Tests hold both equal to claim_list()'s count.
    """
    about_actors = [claim for claim in claims if claim.object_id]
    _counts_from_links(about_actors)
    _counts_grouped([claim for claim in claims if not claim.object_id])


def _counts_from_links(claims: list[Claim]) -> None:
    condition = Q(pk__in=[])
    for subject, predicate, obj in {(c.subject_id, c.predicate, c.object_id) for c in claims}:
        condition |= Q(source_id=subject, predicate=predicate, target_id=obj)
    links = (
        {
            (link.source_id, link.predicate, link.target_id): link
            for link in ActorLink.objects.filter(condition, kind=LinkKind.CLAIM)
        }
        if claims
        else {}
    )
    for claim in claims:
        link = links.get((claim.subject_id, claim.predicate, claim.object_id))
        claim.counter_claim_count = link.weight - getattr(link, claim.stance) if link else 0


def _object_key(claim) -> tuple:
    return (claim.subject_id, claim.predicate, claim.object_event_id, claim.object_text)


def _counts_grouped(claims: list[Claim]) -> None:
    condition = Q(pk__in=[])
    for claim in claims:
        if claim.object_event_id or claim.object_text:
            condition |= Q(**_proposition_of(claim))
    rows = (
        visible(Claim.objects.filter(condition))
        .order_by()
        .values("subject_id", "predicate", "object_event_id", "object_text", "stance")
        .annotate(n=Count("id"))
        if claims
        else []
    )
    totals: dict[tuple, int] = {}
    same: dict[tuple, int] = {}
    for row in rows:
        key = (row["subject_id"], row["predicate"], row["object_event_id"], row["object_text"])
        totals[key] = totals.get(key, 0) + row["n"]
        same[(*key, row["stance"])] = row["n"]
    for claim in claims:
        key = _object_key(claim)
        claim.counter_claim_count = totals.get(key, 0) - same.get((*key, claim.stance), 0)


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


@dataclass(frozen=True, slots=True)
class ClaimantLinks:
    """Curators' links of claimant and relay texts to actors, by (role, normalized text)."""

    actor_ids: dict[tuple[str, str], int]

    def actor_id(self, role: str, text: str) -> int | None:
        """Return the actor a curator linked this text to in this role, or None."""
        return self.actor_ids.get((role, normalize_name(text))) if text else None


def claimant_links() -> ClaimantLinks:
    """Return every claimant and relay link, in one query (the loader reads them per file)."""
    rows = ClaimantLink.objects.values_list("role", "normalized", "actor_id")
    return ClaimantLinks({(role, normalized): actor for role, normalized, actor in rows})


@dataclass(frozen=True, slots=True)
class UnlinkedText:
    """A claimant or relay text no actor is linked to, with how many claims carry it."""

    role: str
    text: str  # its most frequent spelling
    count: int


def claimant_unlinked(*, role: str) -> list[UnlinkedText]:
    """Return the claimant (or relay) texts of claims without an actor in that role.

    Spellings that normalize alike ("The 9-11 Commission report", "... Report") count as one
    text; rejected claims do not count. Most frequent first, then alphabetically.
    """
    text_field, actor_field = ROLE_FIELDS[LinkRole(role)]
    claims = Claim.objects.filter(**{f"{actor_field}__isnull": True}).exclude(
        Q(**{text_field: ""}) | Q(review_status=ReviewStatus.REJECTED)
    )
    spellings = claims.values_list(text_field).annotate(n=Count("pk")).order_by()
    grouped: dict[str, list[tuple[int, str]]] = {}
    for text, count in spellings:
        grouped.setdefault(normalize_name(text), []).append((count, text))
    found = [
        UnlinkedText(role, max(spellings)[1], sum(count for count, _ in spellings))
        for normalized, spellings in grouped.items()
        if normalized
    ]
    return sorted(found, key=lambda item: (-item.count, item.text.casefold()))


def _proposition_of(claim: Claim) -> dict[str, object]:
    return {
        "subject_id": claim.subject_id,
        "predicate": claim.predicate,
        "object_id": claim.object_id,
        "object_event_id": claim.object_event_id,
        "object_text": claim.object_text,
    }
