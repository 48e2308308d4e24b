"""Writes of events: the loader's events, reports, participants and weapons.

An event collects the reports of several documents, so its own values are completed rather
than overwritten: a later report fills what is missing and narrows the date or the place,
never replaces what an earlier report or a curator set.
"""

from django.db.models import Q

from apps.common.models import Tombstone
from apps.common.upsert import M, Outcome, upsert, upsert_many

from .models import Event, EventParticipant, EventReport, EventWeapon


def event_upsert(*, key: str, values: dict[str, object]) -> tuple[Event | None, Outcome]:
    """Insert or update the event with this key (values: Event field names)."""
    return upsert(Event, key=key, values=values)


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
    keys = {key for key, _ in items}
    rows = list(model.objects.filter(Q(event_id=event_id) | Q(key__in=keys)))  # one read
    held = {row.key for row in rows if row.key in keys}
    others = {
        _natural_of(row, natural): row
        for row in rows
        if row.key not in keys and row.event_id == event_id
    }
    renamed = _take_new_keys(model, items, natural, held, others)
    fresh = [(key, values) for key, values in items if _natural(values, natural) not in others]
    written = dict(zip([key for key, _ in fresh], upsert_many(model, fresh), strict=True))
    results = []
    for key, values in items:
        if key not in written:
            results.append((others[_natural(values, natural)], Outcome.UNCHANGED))
        elif key in renamed and written[key][1] == Outcome.UNCHANGED:
            results.append((written[key][0], Outcome.UPDATED))  # the key changed
        else:
            results.append(written[key])
    return results


def _take_new_keys(
    model: type[M],
    items: list[tuple[str, dict[str, object]]],
    natural: tuple,
    held: set[str],
    others: dict[tuple, M],
) -> set[str]:
    """Give the document's rows whose key changed their new key (each at most one); drop them
    from `others`; return the new keys given."""
    earlier: dict[str, M] = {}  # new key -> this document's row holding its natural key
    for key, values in items:
        row = others.get(_natural(values, natural))
        same_document = row is not None and row.document_id == values["document_id"]
        if same_document and key not in held and row not in earlier.values():
            earlier[key] = row
    if earlier:  # never give a row a key whose row a curator deleted
        held = held | set(
            Tombstone.objects.filter(model=model._meta.label, key__in=earlier).values_list(
                "key", flat=True
            )
        )
    renamed = set()
    for key, row in earlier.items():
        if key not in held:
            row.key = key
            row.save(update_fields=["key", "updated_at"])
            del others[_natural_of(row, natural)]
            renamed.add(key)
    return renamed


def _natural(values: dict[str, object], natural: tuple) -> tuple:
    return tuple(values[name] for name in natural)


def _natural_of(row: M, natural: tuple) -> tuple:
    return tuple(getattr(row, name) for name in natural)
