"""Writes of events: the loader's events, reports, participants and weapons.

An event collects the reports of several documents, so its own values are completed rather
than overwritten: a later report fills what is missing and narrows the date or the place,
never replaces what an earlier report or a curator set.
"""

from datetime import date

from django.db.models import Prefetch, Q, QuerySet

from apps.common.models import Tombstone
from apps.common.upsert import M, Outcome, upsert, upsert_many

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
    reports = EventReport.objects.only("id", "event_id", "document_id", "key")
    return (
        events.filter(window | Q(date_start__isnull=True))
        .select_related("place")
        .prefetch_related(
            Prefetch("participants", queryset=participants),
            Prefetch("reports", queryset=reports),
        )
        .order_by("id")
    )


def event_report_upsert_many(
    *, event_id: int, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[EventReport | None, Outcome]]:
    """Record the passages of a document that report an event (values: event_id, document_id,
    span_start, span_end, quote) at once; see _upsert_in_event for passages stored before."""
    return _upsert_in_event(EventReport, event_id, items, ("document_id", "span_start", "span_end"))


def event_participant_upsert_many(
    *, event_id: int, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[EventParticipant | None, Outcome]]:
    """Record actors' parts in an event (values: event_id, actor_id, role, document_id,
    span_start, span_end, quote) at once; an actor in a role is one row per event."""
    return _upsert_in_event(EventParticipant, event_id, items, ("actor_id", "role"))


def event_weapon_upsert_many(
    *, event_id: int, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[EventWeapon | None, Outcome]]:
    """Record weapons of an event (values: event_id, weapon_id, document_id, span_start,
    span_end, quote) at once; a weapon is one row per event."""
    return _upsert_in_event(EventWeapon, event_id, items, ("weapon_id",))


def _upsert_in_event(
    model: type[M], event_id: int, items: list[tuple[str, dict[str, object]]], natural: tuple
) -> list[tuple[M | None, Outcome]]:
    """Upsert rows of one event that are unique within it by the `natural` fields.

    A row of the event already holding a natural key under another loader key is either an
    earlier telling by the same document whose key changed (the file or the rules changed):
    it takes the new key, keeping curators' decisions and history; or another document's
    passage: the first passage stays the evidence and the new one is not written.
    """
    if not items:
        return []

    def natural_of(values: dict[str, object]) -> tuple:
        return tuple(values[name] for name in natural)

    keys = {key for key, _ in items}
    rows = list(model.objects.filter(Q(event_id=event_id) | Q(key__in=keys)))  # one read
    held = {row.key for row in rows if row.key in keys}
    others = {
        tuple(getattr(row, name) for name in natural): row
        for row in rows
        if row.key not in keys and row.event_id == event_id
    }
    earlier: dict[str, M] = {}  # new key -> this document's row holding its natural key
    for key, values in items:
        row = others.get(natural_of(values))
        same_document = row is not None and row.document_id == values["document_id"]
        if same_document and key not in held and row not in earlier.values():
            earlier[key] = row
    if earlier:  # never give a row a key whose row a curator deleted
        held |= set(
            Tombstone.objects.filter(model=model._meta.label, key__in=earlier).values_list(
                "key", flat=True
            )
        )
    for key, row in earlier.items():
        if key not in held:
            row.key = key
            row.save(update_fields=["key", "updated_at"])
            del others[tuple(getattr(row, name) for name in natural)]
    fresh = [(key, values) for key, values in items if natural_of(values) not in others]
    written = dict(zip([key for key, _ in fresh], upsert_many(model, fresh), strict=True))
    results = []
    for key, values in items:
        if key not in written:
            results.append((others[natural_of(values)], Outcome.UNCHANGED))
        elif key in earlier and key not in held and written[key][1] == Outcome.UNCHANGED:
            results.append((written[key][0], Outcome.UPDATED))  # the key changed
        else:
            results.append(written[key])
    return results


def event_report_get(*, key: str) -> EventReport | None:
    """Return the stored report with this key (how a re-load finds its event again)."""
    return EventReport.objects.select_related("event").filter(key=key).first()
