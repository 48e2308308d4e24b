"""Writes of events: the loader's events, reports, participants and weapons.

An event collects the reports of several documents, so its own values are completed rather
than overwritten: a later report fills what is missing and narrows the date or the place,
never replaces what an earlier report or a curator set.
"""

from datetime import date

from django.db.models import Prefetch, Q, QuerySet

from apps.common.upsert import Outcome, upsert, upsert_many

from .models import Event, EventParticipant, EventReport, EventWeapon


def event_upsert(*, key: str, values: dict[str, object]) -> tuple[Event | None, Outcome]:
    """Insert or update the event with this key (values: Event field names)."""
    return upsert(Event, key=key, values=values)


def event_candidates(
    *, event_types: list[str], date_from: date | None, date_to: date | None, month: int | None
) -> QuerySet[Event]:
    """Return the events a new report could belong to, with what matching compares.

    A read used by the loader's writes: events of those types whose dates may overlap the
    report's (undated events and, for a report without a year, those of that month too).
    """
    events = Event.objects.filter(event_type__in=event_types).exclude(review_status="rejected")
    if date_from is not None and date_to is not None:
        window = Q(date_start__lte=date_to, date_end__gte=date_from)
    elif month is not None:
        window = Q(date_start__month__lte=month, date_end__month__gte=month)
    else:
        window = Q(pk__in=[])
    participants = EventParticipant.objects.select_related("actor")
    return (
        events.filter(window | Q(date_start__isnull=True))
        .select_related("place")
        .prefetch_related(
            Prefetch("participants", queryset=participants),
            Prefetch("reports", queryset=EventReport.objects.only("id", "event_id", "document_id")),
        )
        .order_by("id")
    )


def event_report_upsert(
    *, key: str, event_id: int, document_id: int, span_start: int, span_end: int, quote: str
) -> tuple[EventReport | None, Outcome]:
    """Insert or update the passage of a document that reports an event."""
    values = {
        "event_id": event_id,
        "document_id": document_id,
        "span_start": span_start,
        "span_end": span_end,
        "quote": quote,
    }
    return upsert(EventReport, key=key, values=values)


def event_participant_upsert_many(
    *, event_id: int, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[EventParticipant | None, Outcome]]:
    """Record actors' parts in an event (values as for event_participant_upsert) at once.

    An actor already recorded in that role under another key keeps its first passage.
    """
    if not items:
        return []
    taken = {
        (row.actor_id, row.role): row
        for row in EventParticipant.objects.filter(event_id=event_id).exclude(
            key__in=[key for key, _ in items]
        )
    }
    fresh = [(key, v) for key, v in items if (v["actor_id"], v["role"]) not in taken]
    written = dict(
        zip([key for key, _ in fresh], upsert_many(EventParticipant, fresh), strict=True)
    )
    return [
        written.get(key) or (taken[(v["actor_id"], v["role"])], Outcome.UNCHANGED)
        for key, v in items
    ]


def event_weapon_upsert_many(
    *, event_id: int, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[EventWeapon | None, Outcome]]:
    """Record weapons of an event (values as for event_weapon_upsert) at once."""
    if not items:
        return []
    taken = {
        row.weapon_id: row
        for row in EventWeapon.objects.filter(event_id=event_id).exclude(
            key__in=[key for key, _ in items]
        )
    }
    fresh = [(key, v) for key, v in items if v["weapon_id"] not in taken]
    written = dict(zip([key for key, _ in fresh], upsert_many(EventWeapon, fresh), strict=True))
    return [written.get(key) or (taken[v["weapon_id"]], Outcome.UNCHANGED) for key, v in items]


def event_participant_upsert(
    *,
    key: str,
    event_id: int,
    actor_id: int,
    role: str,
    document_id: int,
    span_start: int,
    span_end: int,
    quote: str,
) -> tuple[EventParticipant | None, Outcome]:
    """Record an actor's part in an event; the first passage naming it stays its evidence."""
    existing = EventParticipant.objects.filter(event_id=event_id, actor_id=actor_id, role=role)
    row = existing.exclude(key=key).first()
    if row is not None:
        return row, Outcome.UNCHANGED
    values = {
        "event_id": event_id,
        "actor_id": actor_id,
        "role": role,
        "document_id": document_id,
        "span_start": span_start,
        "span_end": span_end,
        "quote": quote,
    }
    return upsert(EventParticipant, key=key, values=values)


def event_weapon_upsert(
    *,
    key: str,
    event_id: int,
    weapon_id: int,
    document_id: int,
    span_start: int,
    span_end: int,
    quote: str,
) -> tuple[EventWeapon | None, Outcome]:
    """Record a weapon of an event; the first passage naming it stays its evidence."""
    row = EventWeapon.objects.filter(event_id=event_id, weapon_id=weapon_id).exclude(key=key)
    if (found := row.first()) is not None:
        return found, Outcome.UNCHANGED
    values = {
        "event_id": event_id,
        "weapon_id": weapon_id,
        "document_id": document_id,
        "span_start": span_start,
        "span_end": span_end,
        "quote": quote,
    }
    return upsert(EventWeapon, key=key, values=values)


def event_report_get(*, key: str) -> EventReport | None:
    """Return the stored report with this key (how a re-load finds its event again)."""
    return EventReport.objects.select_related("event").filter(key=key).first()
