"""Load one extracted event: find the stored event its report tells (by the report's key on a
re-load, else by matching, etl/resolve/match.py), or create it; complete the event with what
the report adds; then write the report, participants and weapons (event_rows.py).

An event already reported by the same document is never matched: within a document,
resolve_evidence already folded what belongs together.
"""

import re
from dataclasses import replace

from apps.common.models import ReviewStatus
from apps.common.upsert import Outcome, is_tombstoned
from apps.events.models import Event, EventReport
from apps.events.selectors import event_candidates, event_report_get
from apps.events.services import event_upsert
from etl.extract.dates import find_dates
from etl.extract.gazetteer import Gazetteer
from etl.records import DateRecord, EntityRef, EventRecord
from etl.report import FOLDED
from etl.resolve import Candidate, build_facts, facts_of, family_types, match_event

from .context import EvidenceTarget, FileContext
from .event_rows import load_event_rows, see_event_rows

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def load_event(record: EventRecord, target: EvidenceTarget, context: FileContext) -> int | None:
    """Write one event report and what it says; return the event's id (None if skipped)."""
    record = _resolved(record, context)
    see_event_rows(record, target, context.tally)
    event, outcome, folded = _find_or_create(record, target, context)
    context.tally.add("event", outcome)
    if event is None or event.review_status == ReviewStatus.REJECTED:
        return None
    load_event_rows(record, event, target, context.tally, folded=folded)
    return event.pk


def _find_or_create(
    record: EventRecord, target: EvidenceTarget, context: FileContext
) -> tuple[Event | None, str, bool]:
    """Return the event this report tells, the outcome, and whether it was folded into an
    event another document told."""
    report_key = target.keys.report(record.span)
    stored = event_report_get(key=report_key)
    if stored is not None:
        return stored.event, _complete(stored.event, record, context.gazetteer), False
    if is_tombstoned(EventReport, report_key):
        return None, Outcome.SKIPPED, False
    found = _match(record, target, context)
    if found is None:
        event, outcome = event_upsert(key=target.keys.event(record), values=_values(record))
        return event, outcome, False
    event, told_before = found
    outcome = _complete(event, record, context.gazetteer)
    folded = not told_before and outcome != Outcome.SKIPPED
    return event, FOLDED if folded else outcome, folded


def _resolved(record: EventRecord, context: FileContext) -> EventRecord:
    resolve = context.actors.resolve
    participants = tuple(
        replace(p, actor=actor) for p in record.participants if (actor := resolve(p.actor))
    )
    place = resolve(record.place) if record.place else None
    weapons = tuple(replace(w, weapon=ref) for w in record.weapons if (ref := resolve(w.weapon)))
    return replace(record, participants=participants, place=place, weapons=weapons)


def _match(
    record: EventRecord, target: EvidenceTarget, context: FileContext
) -> tuple[Event, bool] | None:
    """Read the stored events this report could tell; return the one it tells, if any, and
    whether the same document told it before (see etl/resolve/match.py)."""
    gazetteer = context.gazetteer
    seen = context.tally.seen.get(EventReport._meta.label, set())
    document_id = target.document.pk
    date = record.date
    events = {
        event.pk: event
        for event in event_candidates(
            event_types=family_types(record.event_type),
            date_from=date.start if date else None,
            date_to=date.end if date else None,
            month=date.month if date else None,
        )
    }
    candidates = [_candidate(event, document_id, seen, gazetteer) for event in events.values()]
    found = match_event(facts_of(record, gazetteer, f"doc#{document_id}"), candidates)
    return (events[found.id], found.told_before) if found is not None else None


def _candidate(event: Event, document_id: int, seen: set[str], gazetteer: Gazetteer) -> Candidate:
    """Return the event as matching sees it: with its reports other than this document's
    earlier tellings (reports of this document the load no longer produces)."""
    reports = event.reports.all()
    current = [r for r in reports if r.document_id != document_id or r.key in seen]
    place = None
    if event.place_id is not None:
        place = EntityRef(
            "place", event.place.key, event.place.name, event.place_id, event.place.kind
        )
    participants = [
        (EntityRef("actor", p.actor.key, p.actor.name, p.actor_id, p.actor.kind), p.role)
        for p in event.participants.all()
    ]
    facts = build_facts(
        gazetteer,
        event_type=event.event_type,
        date=_stored_date(event),
        place_chain=(place.ident, *gazetteer.ancestors(place)) if place else (),
        place_kind=place.kind if place else "",
        participants=participants,
        counts=(event.killed, event.wounded, event.captured, event.detained),
        documents={f"doc#{report.document_id}" for report in current},
    )
    return Candidate(event.pk, facts, told_before=len(current) < len(reports))


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
