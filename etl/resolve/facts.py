"""What matching compares: the facts of one report of an event, from a record or a stored row.

Entities are compared as idents (`actor#12`, or a key for an actor proposed in this run), so
an extracted record and an event read from the database compare alike.
"""

from dataclasses import dataclass
from datetime import date

from etl.extract.gazetteer import Gazetteer
from etl.extract.lexicons import event_families
from etl.records import DateRecord, EntityRef, EventRecord

FAMILIES = event_families()  # event type -> family: etl/extract/lexicons/event_triggers.yaml
GENERIC_KINDS = {"state", "group"}
SPECIFIC_PLACES = {"city", "town", "district", "facility"}


@dataclass(frozen=True)
class EventFacts:
    """What matching compares, with entities as idents (so DB rows and records compare)."""

    family: str
    start: date | None
    end: date | None
    precision: str
    month: int | None
    place_chain: tuple[str, ...]  # the place, then its ancestors; empty when unknown
    place_specific: bool
    specific: frozenset[str]
    generic: frozenset[str]
    lineage: tuple[tuple[str, frozenset[str]], ...]  # each specific actor and its ancestors
    person_targets: frozenset[str]
    speakers: frozenset[str]
    counts: tuple[int | None, int | None, int | None]  # killed, wounded, taken
    documents: frozenset[str]
    segment: str = ""
    narrative: bool = False
    targets: frozenset[str] = frozenset()
    target_bodies: frozenset[str] = frozenset()  # the targets and the bodies they belong to


def facts_of(record: EventRecord, gazetteer: Gazetteer, document: str) -> EventFacts:
    """Return the facts of an extracted event, with idents as the gazetteer knows them."""
    place = record.place
    chain = (place.ident, *gazetteer.ancestors(place)) if place else ()
    return build_facts(
        gazetteer,
        event_type=record.event_type,
        date=record.date,
        place_chain=chain,
        place_kind=place.kind if place else "",
        participants=[(p.actor, p.role) for p in record.participants],
        counts=(record.killed, record.wounded, record.captured, record.detained),
        documents={document},
        segment=record.segment,
        narrative=record.narrative,
    )


def build_facts(
    gazetteer: Gazetteer,
    *,
    event_type: str,
    date: DateRecord | None,
    place_chain: tuple[str, ...],
    place_kind: str,
    participants: list[tuple[EntityRef, str]],
    counts: tuple[int | None, int | None, int | None, int | None],
    documents: set[str],
    segment: str = "",
    narrative: bool = False,
) -> EventFacts:
    """Assemble EventFacts from plain values (the loader calls this for database rows)."""
    killed, wounded, captured, detained = counts
    specific = [actor for actor, _ in participants if actor.kind not in GENERIC_KINDS]
    return EventFacts(
        lineage=tuple((actor.ident, _specific_ancestors(actor, gazetteer)) for actor in specific),
        family=FAMILIES.get(event_type, event_type),
        start=date.start if date else None,
        end=date.end if date else None,
        precision=date.precision if date else "",
        month=date.month if date else None,
        place_chain=tuple(place_chain),
        place_specific=place_kind in SPECIFIC_PLACES,
        specific=frozenset(actor.ident for actor in specific),
        generic=frozenset(a.ident for a, _ in participants if a.kind in GENERIC_KINDS),
        person_targets=frozenset(
            a.ident for a, role in participants if a.kind == "person" and role == "target"
        ),
        speakers=frozenset(a.ident for a, role in participants if role == "speaker"),
        counts=(killed, wounded, captured if captured is not None else detained),
        documents=frozenset(documents),
        segment=segment,
        narrative=narrative,
        targets=frozenset(actor.ident for actor in _targets(participants)),
        target_bodies=_bodies(_targets(participants), gazetteer),
    )


def _targets(participants: list[tuple[EntityRef, str]]) -> list[EntityRef]:
    return [actor for actor, role in participants if role == "target"]


def _bodies(actors: list[EntityRef], gazetteer: Gazetteer) -> frozenset[str]:
    return frozenset(m for actor in actors for m in (actor.ident, *gazetteer.ancestors(actor)))


def _specific_ancestors(actor: EntityRef, gazetteer: Gazetteer) -> frozenset[str]:
    # A shared state ("Iran > IRGC > Qods Force") says nothing more than a shared collective.
    parents = gazetteer.ancestors(actor)
    return frozenset(p for p in parents if gazetteer.kinds.get(p, "") not in GENERIC_KINDS)


def family_types(event_type: str) -> list[str]:
    """Return the event types a report of this type may be matched with."""
    family = FAMILIES.get(event_type, event_type)
    return sorted({kind for kind, name in FAMILIES.items() if name == family} | {event_type})
