"""Load the rows of one event a report adds: its report passages, participants and weapons."""

from apps.common.upsert import Outcome
from apps.events.models import Event, EventParticipant, EventReport, EventWeapon
from apps.events.services import (
    event_participant_upsert_many,
    event_report_upsert_many,
    event_weapon_upsert_many,
)
from etl.records import EventRecord
from etl.report import FOLDED, Tally

from .context import EvidenceTarget


def see_event_rows(record: EventRecord, target: EvidenceTarget, tally: Tally) -> None:
    """Record the keys this report yields, written or not, so they are not marked stale."""
    keys = target.keys
    spans = (record.span, *record.also)
    tally.see(EventReport._meta.label, [keys.report(span) for span in spans])
    tally.see(EventParticipant._meta.label, [keys.participant(p) for p in record.participants])
    tally.see(EventWeapon._meta.label, [keys.event_weapon(w) for w in record.weapons])


def load_event_rows(
    record: EventRecord, event: Event, target: EvidenceTarget, tally: Tally, *, folded: bool
) -> None:
    """Upsert every passage of the document telling the event, its participants and weapons.

    An actor in a role (or a weapon) the event already has from another document's passage
    is not repeated: counted as folded when the report was just folded into that event,
    unchanged otherwise (a re-load).
    """
    keys = target.keys
    rules = (record.rule, *record.also_rules)
    reports = [
        (keys.report(span), {"event_id": event.pk, **target.passage(span), "rule": rule})
        for span, rule in zip((record.span, *record.also), rules, strict=True)
    ]
    _write(event_report_upsert_many, event, reports, "event_report", tally, folded=False)
    people = [
        (
            keys.participant(p),
            {
                "event_id": event.pk,
                "actor_id": p.actor.id,
                "role": p.role,
                **target.passage(p.span),
                "rule": p.rule,
            },
        )
        for p in record.participants
    ]
    _write(event_participant_upsert_many, event, people, "event_participant", tally, folded=folded)
    weapons = [
        (
            keys.event_weapon(w),
            {
                "event_id": event.pk,
                "weapon_id": w.weapon.id,
                **target.passage(w.span),
                "rule": w.rule,
            },
        )
        for w in record.weapons
    ]
    _write(event_weapon_upsert_many, event, weapons, "event_weapon", tally, folded=folded)


def _write(
    upsert_many, event: Event, items: list, kind: str, tally: Tally, *, folded: bool
) -> None:
    for _, outcome in upsert_many(event_id=event.pk, items=items):
        tally.add(kind, FOLDED if folded and outcome == Outcome.UNCHANGED else outcome)
