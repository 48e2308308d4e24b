"""Fold the reports of one event within a document into one EventRecord (pure).

Within one segment (a paragraph, a timeline entry), or across narrative paragraphs retelling
an event (see score.py), the reports of one event become one record: the first report,
completed by the others (their passages as `also`, missing values, a narrower date or place).
"""

from dataclasses import replace

from etl.extract.gazetteer import Gazetteer
from etl.records import DateRecord, EntityRef, EventRecord, EvidenceRecord

from .facts import EventFacts, facts_of
from .score import same_event


def resolve_evidence(evidence: EvidenceRecord, gazetteer: Gazetteer) -> EvidenceRecord:
    """Return the evidence with the reports of one event within a segment folded together."""
    events = merge_document_events(list(evidence.events), gazetteer, evidence.document_key)
    return replace(evidence, events=tuple(events))


def merge_document_events(
    events: list[EventRecord], gazetteer: Gazetteer, document: str
) -> list[EventRecord]:
    """Fold the reports of one event (within a segment, or retold by narrative paragraphs)
    into the first of them."""
    merged: list[EventRecord] = []
    merged_facts: list[EventFacts] = []  # facts of each kept event, computed once per change
    for event in events:
        facts = facts_of(event, gazetteer, document)
        for index, kept in enumerate(merged_facts):
            if same_event(kept, facts):
                merged[index] = combine(merged[index], event, gazetteer)
                merged_facts[index] = facts_of(merged[index], gazetteer, document)
                break
        else:
            merged.append(event)
            merged_facts.append(facts)
    return merged


def combine(kept: EventRecord, other: EventRecord, gazetteer: Gazetteer) -> EventRecord:
    """Return `kept` completed by `other`: its reports, missing values, more precise date and
    place."""
    actors = {p.actor.ident for p in kept.participants}
    weapons = {w.weapon.ident for w in kept.weapons}
    return replace(
        kept,
        also=kept.also + (other.span, *other.also),
        also_rules=kept.also_rules + (other.rule, *other.also_rules),
        date=narrower_date(kept.date, other.date),
        place=narrower_place(kept.place, other.place, gazetteer),
        participants=kept.participants
        + tuple(p for p in other.participants if p.actor.ident not in actors),
        weapons=kept.weapons + tuple(w for w in other.weapons if w.weapon.ident not in weapons),
        killed=_first(kept.killed, other.killed),
        wounded=_first(kept.wounded, other.wounded),
        captured=_first(kept.captured, other.captured),
        detained=_first(kept.detained, other.detained),
    )


def narrower_date(kept: DateRecord | None, other: DateRecord | None) -> DateRecord | None:
    """Return the more precise of two dates (a dated one beats a year-less one)."""
    if other is None or other.start is None:
        return kept
    if kept is None or kept.start is None:
        return other
    return other if (other.end - other.start) < (kept.end - kept.start) else kept


def narrower_place(
    kept: EntityRef | None, other: EntityRef | None, gazetteer: Gazetteer
) -> EntityRef | None:
    """Return the more specific of two places when one lies inside the other."""
    if kept is None:
        return other
    if other is not None and kept.ident in gazetteer.ancestors(other):
        return other
    return kept


def _first(value: int | None, fallback: int | None) -> int | None:
    return value if value is not None else fallback
