"""Writes of claims: the loader's idempotent upsert of one claim with its passage."""

from datetime import date

from apps.common.upsert import Outcome, upsert_many

from .models import Claim


def claim_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[Claim | None, Outcome]]:
    """Upsert many claims (key, values from claim_values()) in a few queries."""
    return upsert_many(Claim, items)


def claim_values(
    *,
    document_id: int,
    span_start: int,
    span_end: int,
    quote: str,
    subject_id: int,
    predicate: str,
    object_id: int,
    stance: str,
    claimant_id: int | None = None,
    claimant_text: str = "",
    relayed_by: str = "",
    hedges: list[str] | None = None,
    claim_date: date | None = None,
    claim_date_precision: str = "",
    event_id: int | None = None,
    rule: str = "",
) -> dict[str, object]:
    """Return the stored values of a claim, trimmed to the columns' sizes."""
    values = {
        "document_id": document_id,
        "span_start": span_start,
        "span_end": span_end,
        "quote": quote,
        "subject_id": subject_id,
        "predicate": predicate,
        "object_id": object_id,
        "stance": stance,
        "claimant_id": claimant_id,
        "claimant_text": claimant_text[:500],
        "relayed_by": relayed_by[:255],
        "hedges": [hedge[:100] for hedge in hedges or []],
        "claim_date": claim_date,
        "claim_date_precision": claim_date_precision if claim_date else "",
        "rule": rule,
    }
    if event_id is not None:
        values["event_id"] = event_id  # never unlink an event a curator chose
    return values
