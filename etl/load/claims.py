"""Load the claims one document makes or reports, linked to the events they are about."""

from collections.abc import Sequence

from apps.claims.models import LinkRole
from apps.claims.selectors import ClaimantLinks, claimant_links
from apps.claims.services import claim_upsert_many, claim_values
from etl.records import ClaimRecord, Span

from .context import EvidenceTarget, FileContext, Item, write_batch


def load_claims(
    claims: Sequence[ClaimRecord],
    target: EvidenceTarget,
    context: FileContext,
    event_ids: dict[Span, int | None],
) -> None:
    """Upsert the claims in one batch; `event_ids`: the event each report passage tells."""
    links = claimant_links() if claims else ClaimantLinks({})
    items = [_item(claim, target, context, event_ids.get(claim.span), links) for claim in claims]
    write_batch(claim_upsert_many, "claim", items, context.tally)


def _item(
    claim: ClaimRecord,
    target: EvidenceTarget,
    context: FileContext,
    event_id: int | None,
    links: ClaimantLinks,
) -> Item:
    subject = context.actors.resolve(claim.subject)
    obj = context.actors.resolve(claim.object)
    claimant = context.actors.resolve(claim.claimant) if claim.claimant else None
    if subject is None or obj is None or subject.id == obj.id:
        return None
    # A curator's link of the claimant (or relay) text wins over the extractor's guess.
    claimant_id = links.actor_id(LinkRole.CLAIMANT, claim.claimant_text)
    if claimant_id is None and claimant is not None:
        claimant_id = claimant.id
    date = claim.claim_date
    values = claim_values(
        **target.passage(claim.span),
        subject_id=subject.id,
        predicate=claim.predicate,
        object_id=obj.id,
        stance=claim.stance,
        claimant_id=claimant_id,
        claimant_text=claim.claimant_text,
        relayed_by=claim.relayed_by,
        relayer_id=links.actor_id(LinkRole.RELAY, claim.relayed_by),
        hedges=list(claim.hedges),
        claim_date=date.start if date else None,
        claim_date_precision=date.precision if date and date.start else "",
        event_id=event_id,
        rule=claim.rule,
    )
    return target.keys.claim(claim), values
