"""Load one extracted event: find the stored event it reports (by its report's key on a
re-load, else by matching the stored events), or create it; then complete the event and
write the report, participants and weapons.

Matching follows etl/resolve.py; an event already reported by the same document is never
matched (within a document, resolve_evidence already folded what belongs together).
"""

import re
from collections.abc import Callable
from dataclasses import replace

from apps.common.models import ReviewStatus
from apps.common.upsert import Outcome, is_tombstoned
from apps.events.models import Event, EventParticipant, EventReport, EventWeapon
from apps.events.services import (
    event_candidates,
    event_participant_upsert_many,
    event_report_get,
    event_report_upsert_many,
    event_upsert,
    event_weapon_upsert_many,
)
from etl.evidence_keys import make_key
from etl.extract.dates import find_dates
from etl.extract.gazetteer import Gazetteer
from etl.records import DateRecord, EntityRef, EventRecord
from etl.resolve import EventFacts, build_facts, event_score, family_types

Resolver = Callable[[EntityRef], EntityRef | None]
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def load_event(
    record: EventRecord, resolve: Resolver, doc_key: str, target, gazetteer: Gazetteer, tally
) -> int | None:
    """Write one event report and what it says; return the event's id (None if skipped)."""
    record = _resolved(record, resolve)
    _see(record, doc_key, target, tally)
    report_key = _report_key(doc_key, target, record.span)
    stored = event_report_get(key=report_key)
    if stored is None and is_tombstoned(EventReport, report_key):
        tally.add("event", Outcome.SKIPPED)
        return None
    event = stored.event if stored is not None else _match(record, target, gazetteer, tally)
    if event is None:
        event, outcome = event_upsert(
            key=make_key("event", doc_key, target.anchors["report"][record.span]),
            values=_values(record),
        )
    else:
        outcome = _complete(event, record, gazetteer)
    tally.add("event", outcome)
    if event is None or event.review_status == ReviewStatus.REJECTED:
        return None
    reports = [  # every sentence of the document telling it
        (
            _report_key(doc_key, target, span),
            {"event_id": event.pk, "document_id": target.document.pk, **_passage(target, span)},
        )
        for span in (record.span, *record.also)
    ]
    for _, outcome in event_report_upsert_many(event_id=event.pk, items=reports):
        tally.add("event_report", outcome)
    _participants(record, event, doc_key, target, tally)
    return event.pk


def _see(record: EventRecord, doc_key: str, target, tally) -> None:
    """Record the keys this passage yields, written or not, so they are not marked stale."""
    spans = (record.span, *record.also)
    tally.see(EventReport._meta.label, [_report_key(doc_key, target, span) for span in spans])
    tally.see(
        EventParticipant._meta.label,
        [_participant_key(doc_key, target, p) for p in record.participants],
    )
    tally.see(EventWeapon._meta.label, [_weapon_key(doc_key, target, w) for w in record.weapons])


def _report_key(doc_key: str, target, span: tuple[int, int]) -> str:
    return make_key("report", doc_key, target.anchors["report"][span])


def _participant_key(doc_key: str, target, participant) -> str:
    anchor = target.anchors["participant"][participant.span]
    return make_key("participant", doc_key, anchor, participant.role)


def _weapon_key(doc_key: str, target, weapon) -> str:
    return make_key("event-weapon", doc_key, target.anchors["event-weapon"][weapon.span])


def _resolved(record: EventRecord, resolve: Resolver) -> EventRecord:
    participants = tuple(
        replace(p, actor=actor) for p in record.participants if (actor := resolve(p.actor))
    )
    place = resolve(record.place) if record.place else None
    weapons = tuple(replace(w, weapon=ref) for w in record.weapons if (ref := resolve(w.weapon)))
    return replace(record, participants=participants, place=place, weapons=weapons)


def _match(record: EventRecord, target, gazetteer: Gazetteer, tally) -> Event | None:
    """Return the stored event this report tells, if any.

    A report of this document that the load no longer produces (the file or the rules
    changed; it turns stale after the file) is an earlier telling, not another event: it does
    not block the match, and the event it is in wins over others that match as well.
    """
    facts = _record_facts(record, target, gazetteer)
    seen = tally.seen.get(EventReport._meta.label, set())
    document_id = target.document.pk
    date = record.date
    candidates = event_candidates(
        event_types=family_types(record.event_type),
        date_from=date.start if date else None,
        date_to=date.end if date else None,
        month=date.month if date else None,
    )
    scored = []
    for event in candidates:
        current = [r for r in event.reports.all() if r.document_id != document_id or r.key in seen]
        score = event_score(_stored_facts(event, current, gazetteer), facts)
        if score is not None:
            told_before = len(current) < len(event.reports.all())
            scored.append((told_before, score, -event.pk, event))
    return max(scored, key=lambda item: item[:3])[3] if scored else None


def _record_facts(record: EventRecord, target, gazetteer: Gazetteer) -> EventFacts:
    place = record.place
    return build_facts(
        gazetteer,
        event_type=record.event_type,
        date=record.date,
        place_chain=(place.ident, *gazetteer.ancestors(place)) if place else (),
        place_kind=place.kind if place else "",
        participants=[(p.actor, p.role) for p in record.participants],
        counts=(record.killed, record.wounded, record.captured, record.detained),
        documents={f"doc#{target.document.pk}"},
        segment=record.segment,
    )


def _stored_facts(event: Event, reports: list[EventReport], gazetteer: Gazetteer) -> EventFacts:
    place = None
    if event.place_id is not None:
        place = EntityRef(
            "place", event.place.key, event.place.name, event.place_id, event.place.kind
        )
    participants = [
        (EntityRef("actor", p.actor.key, p.actor.name, p.actor_id, p.actor.kind), p.role)
        for p in event.participants.all()
    ]
    return build_facts(
        gazetteer,
        event_type=event.event_type,
        date=_stored_date(event),
        place_chain=(place.ident, *gazetteer.ancestors(place)) if place else (),
        place_kind=place.kind if place else "",
        participants=participants,
        counts=(event.killed, event.wounded, event.captured, event.detained),
        documents={f"doc#{report.document_id}" for report in reports},
    )


def _stored_date(event: Event) -> DateRecord | None:
    if event.date_start is not None:
        end = event.date_end or event.date_start
        return DateRecord(
            event.date_text, event.date_precision, event.date_start, end, event.date_start.month
        )
    found = find_dates(event.date_text, (0, len(event.date_text)), None)
    return found[0].date if found else None


def _values(record: EventRecord) -> dict[str, object]:
    return {
        "event_type": record.event_type,
        "summary": record.summary,
        **_date_values(record.date),
        "place_id": record.place.id if record.place else None,
        "killed": record.killed,
        "wounded": record.wounded,
        "captured": record.captured,
        "detained": record.detained,
    }


def _date_values(date: DateRecord | None) -> dict[str, object]:
    if date is None:
        return {"date_start": None, "date_end": None, "date_precision": "", "date_text": ""}
    return {
        "date_start": date.start,
        "date_end": date.end if date.start else None,
        "date_precision": date.precision if date.start else "",
        "date_text": date.text[:255],
    }


def _complete(event: Event, record: EventRecord, gazetteer: Gazetteer) -> Outcome:
    """Fill what the event lacks from another report, and narrow its date and place."""
    if event.review_status == ReviewStatus.REJECTED:
        return Outcome.SKIPPED
    if not event.key:
        return Outcome.UNCHANGED  # a curator's own event: the loader only adds reports to it
    changes = {}
    date = record.date
    if date is not None and date.start is not None and _narrower(event, date):
        changes |= _date_values(date)
    elif date is not None and _same_range(event, date) and _absolute(date.text, event.date_text):
        changes["date_text"] = date.text[:255]  # "December 2006" says more than "last month"
    place = record.place
    if place is not None and (
        event.place_id is None or f"place#{event.place_id}" in gazetteer.ancestors(place)
    ):
        changes["place_id"] = place.id
    for count in ("killed", "wounded", "captured", "detained"):
        if getattr(event, count) is None and getattr(record, count) is not None:
            changes[count] = getattr(record, count)
    if event.captured is not None or event.detained is not None:
        # The same people "captured" in one report are "arrested" in another: one count.
        changes.pop("captured", None)
        changes.pop("detained", None)
    if not changes:
        return Outcome.UNCHANGED
    _, outcome = event_upsert(key=event.key, values=changes)
    return outcome


def _same_range(event: Event, date: DateRecord) -> bool:
    return date.start is not None and (event.date_start, event.date_end) == (date.start, date.end)


def _absolute(new: str, old: str) -> bool:
    return bool(_YEAR.search(new)) and not _YEAR.search(old)


def _narrower(event: Event, date: DateRecord) -> bool:
    if event.date_start is None:
        return True
    end = event.date_end or event.date_start
    inside = event.date_start <= date.start and date.end <= end
    return inside and (date.end - date.start) < (end - event.date_start)


def _participants(record: EventRecord, event: Event, doc_key: str, target, tally) -> None:
    people = [
        (
            _participant_key(doc_key, target, p),
            {
                "event_id": event.pk,
                "actor_id": p.actor.id,
                "role": p.role,
                "document_id": target.document.pk,
                **_passage(target, p.span),
            },
        )
        for p in record.participants
    ]
    for _, outcome in event_participant_upsert_many(event_id=event.pk, items=people):
        tally.add("event_participant", outcome)
    weapons = [
        (
            _weapon_key(doc_key, target, w),
            {
                "event_id": event.pk,
                "weapon_id": w.weapon.id,
                "document_id": target.document.pk,
                **_passage(target, w.span),
            },
        )
        for w in record.weapons
    ]
    for _, outcome in event_weapon_upsert_many(event_id=event.pk, items=weapons):
        tally.add("event_weapon", outcome)


def _passage(target, span: tuple[int, int]) -> dict[str, object]:
    return {"span_start": span[0], "span_end": span[1], "quote": target.text[span[0] : span[1]]}
