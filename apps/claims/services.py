"""Writes of claims: the loader's idempotent upsert of one claim with its passage; curators'
links of claimant and relay texts to actors."""

from datetime import date

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from apps.common.text import history_reason, normalize_name
from apps.common.upsert import Outcome, upsert_many

from .models import Claim, ClaimantLink, LinkRole
from .selectors import ROLE_FIELDS


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
    relayer_id: int | None = None,
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
        "relayer_id": relayer_id,
        "hedges": [hedge[:100] for hedge in hedges or []],
        "claim_date": claim_date,
        "claim_date_precision": claim_date_precision if claim_date else "",
        "rule": rule,
    }
    if event_id is not None:
        values["event_id"] = event_id  # never unlink an event a curator chose
    return values


def claimant_link(*, role: str, text: str, actor, user) -> tuple[ClaimantLink, int]:
    """Link the claims whose claimant (or relay) text reads `text` to actor, now and later.

    The decision is stored as a ClaimantLink (one per role and normalized text: linking the
    text again moves it to the new actor), which the loader reads for the claims of later
    loads. Every claim with that text and no actor in that role gets the actor now, the
    field locked against the loader, and one history row. Returns the link and the number
    of claims linked.
    """
    normalized = normalize_name(text)
    if not normalized:
        raise ValueError("A link needs a text with letters or digits.")
    with transaction.atomic():
        link = ClaimantLink.objects.filter(role=role, normalized=normalized).first()
        link = link or ClaimantLink(role=role)
        link.text, link.actor, link.linked_by = text, actor, user
        link.save()
        reason = history_reason(f"Linked {role} “{text}” to #{actor.pk} “{actor}”")
        count = _link_claims(LinkRole(role), normalized, actor, user, reason)
    return link, count


def _link_claims(role: LinkRole, normalized: str, actor, user, reason: str) -> int:
    text_field, actor_field = ROLE_FIELDS[role]
    unlinked = Claim.objects.filter(**{f"{actor_field}__isnull": True})
    spellings = [
        spelling
        for spelling in unlinked.values_list(text_field, flat=True).distinct()
        if normalize_name(spelling) == normalized
    ]
    rows = list(unlinked.filter(**{f"{text_field}__in": spellings}).select_for_update())
    now = timezone.now()
    for row in rows:
        setattr(row, f"{actor_field}_id", actor.pk)
        row.locked_fields = sorted({*row.locked_fields, actor_field})
        row.updated_at = now
    if rows:
        fields = [actor_field, "locked_fields", "updated_at"]
        bulk_update_with_history(
            rows, Claim, fields, default_user=user, default_change_reason=reason
        )
    return len(rows)
