"""Load the claims one document makes or reports, linked to the events they are about."""

from collections.abc import Sequence

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
    items = [_item(claim, target, context, event_ids.get(claim.span)) for claim in claims]
    write_batch(claim_upsert_many, "claim", items, context.tally)


def _item(
    claim: ClaimRecord, target: EvidenceTarget, context: FileContext, event_id: int | None
) -> Item:
    subject = context.actors.resolve(claim.subject)
    obj = context.actors.resolve(claim.object)
    claimant = context.actors.resolve(claim.claimant) if claim.claimant else None
    if subject is None or obj is None or subject.id == obj.id:
        return None
    date = claim.claim_date
    values = claim_values(
        **target.passage(claim.span),
        subject_id=subject.id,
        predicate=claim.predicate,
        object_id=obj.id,
        stance=claim.stance,
        claimant_id=claimant.id if claimant else None,
        claimant_text=claim.claimant_text,
        relayed_by=claim.relayed_by,
        hedges=list(claim.hedges),
        claim_date=date.start if date else None,
        claim_date_precision=date.precision if date and date.start else "",
        event_id=event_id,
        rule=claim.rule,
    )
    return target.keys.claim(claim), values
