"""Same event, several reports: decide when two reports tell one real-world event.

Two reports are one event when nothing conflicts and enough agrees. Conflicts (any one stops
a merge): different kinds of event (custody, violence, speech... families), dates that cannot
overlap, places that do not contain each other, different counts, different named people as
targets, different speakers, or two segments of one document (a timeline lists distinct
events). Agreement is scored: same day 3, same month 2, same year or a month without year 1;
a shared specific actor 2 (states and collectives such as "Coalition forces" count 1, once;
an actor shared only through the hierarchy, e.g. a leader and his organization, 1);
the same city, district or facility 2 (a containing country or province 1); equal counts 2.
A merge needs 4 points and at least one specific sign (same day, specific actor, specific
place or equal count): a month and a country alone never merge two reports.

Two paragraphs of one document tell distinct events (a timeline's entries, a press release's
operations), except narrative prose retelling what it told before ("American forces had
captured Iranians in Iraq last month" ... "The top Quds Force commander was captured"): two
narrative reports with their own dates fold when nothing conflicts, they agree on the month
or the day, and a target of one is a target of the other or its parent body. Every sentence
folded into an event stays one of its reports.
"""

from dataclasses import dataclass, replace
from datetime import date, timedelta

from etl.extract.gazetteer import Gazetteer
from etl.records import EntityRef, EventRecord, EvidenceRecord

FAMILIES = {
    "raid": "custody",
    "arrest": "custody",
    "capture": "custody",
    "seizure": "custody",
    "attack": "violence",
    "killing": "violence",
    "kidnapping": "violence",
    "statement": "speech",
    "briefing": "speech",
}
GENERIC_KINDS = {"state", "group"}
SPECIFIC_PLACES = {"city", "town", "district", "facility"}
THRESHOLD = 4


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
    date,
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


def same_event(a: EventFacts, b: EventFacts) -> bool:
    """Return whether two reports tell one event (see the module docstring for the rules)."""
    if a.documents & b.documents and a.segment != b.segment:
        return _retold(a, b)
    return event_score(a, b) is not None


def _retold(a: EventFacts, b: EventFacts) -> bool:
    # Two paragraphs of one narrative: the same month or day and a shared target suffice.
    if not (a.narrative and b.narrative) or a.family != b.family:
        return False
    if _conflict(replace(a, documents=frozenset()), b):
        return False
    shared = (a.targets & b.target_bodies) or (b.targets & a.target_bodies)
    return (_date_points(a, b) or 0) >= 2 and bool(shared)


def event_score(a: EventFacts, b: EventFacts) -> int | None:
    """Return how strongly two reports agree, or None when they are not one event."""
    if a.family != b.family or _conflict(a, b):
        return None
    date_points = _date_points(a, b)
    if date_points is None:
        return None
    place_points = _place_points(a, b)
    pairs = zip(a.counts, b.counts, strict=True)
    count_points = 2 if any(x is not None and x == y for x, y in pairs) else 0
    shared = a.specific & b.specific
    related = _related(a, b, shared)
    generic = 1 if a.generic & b.generic else 0
    actor_points = min(4, 2 * len(shared) + len(related)) + generic
    specific_sign = date_points == 3 or shared or count_points or place_points == 2
    total = date_points + place_points + count_points + actor_points
    return total if specific_sign and total >= THRESHOLD else None


def _related(a: EventFacts, b: EventFacts, shared: frozenset[str]) -> set[str]:
    # Actors one report names and the other only implies through the hierarchy (a person and
    # his organization), minus the parents of actors both name (the Qods Force implies IRGC).
    def family(facts: EventFacts) -> set[str]:
        return {member for ident, parents in facts.lineage for member in (ident, *parents)}

    implied = {
        parent for ident, parents in a.lineage + b.lineage if ident in shared for parent in parents
    }
    return (family(a) & family(b)) - shared - implied


def _conflict(a: EventFacts, b: EventFacts) -> bool:
    if a.documents & b.documents and a.segment != b.segment:
        return True
    pairs = zip(a.counts, b.counts, strict=True)
    if any(x is not None and y is not None and x != y for x, y in pairs):
        return True
    if a.person_targets and b.person_targets and not a.person_targets & b.person_targets:
        return True
    if a.family == "speech" and not a.speakers & b.speakers:
        return True
    return _place_points(a, b) is None


def _date_points(a: EventFacts, b: EventFacts) -> int | None:
    if a.start is None or b.start is None:
        return _month_points(a, b)
    slack = timedelta(days=1 if a.precision == b.precision == "day" else 0)
    if a.start > b.end + slack or b.start > a.end + slack:
        return None
    if a.precision == b.precision == "day":
        return 3
    if "year" in (a.precision, b.precision):
        return 1
    return 2


def _month_points(a: EventFacts, b: EventFacts) -> int | None:
    # A report without a year ("at the end of December" in an undated post) still says which
    # month: it agrees with a date whose range covers that month, weakly.
    undated, other = (a, b) if a.start is None else (b, a)
    if undated.month is None:
        return None
    if other.start is None:
        return 1 if other.month == undated.month else None
    if other.start.year != other.end.year:
        return 1
    return 1 if other.start.month <= undated.month <= other.end.month else None


def _place_points(a: EventFacts, b: EventFacts) -> int | None:
    if not a.place_chain or not b.place_chain:
        return 0
    if a.place_chain[0] in b.place_chain or b.place_chain[0] in a.place_chain:
        broad = a if len(a.place_chain) <= len(b.place_chain) else b
        return 2 if broad.place_specific else 1  # a shared city says more than a shared country
    return None


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


def narrower_date(kept, other):
    """Return the more precise of two dates (a dated one beats a year-less one)."""
    if other is None or other.start is None:
        return kept
    if kept is None or kept.start is None:
        return other
    return other if (other.end - other.start) < (kept.end - kept.start) else kept


def narrower_place(kept: EntityRef | None, other: EntityRef | None, gazetteer: Gazetteer):
    """Return the more specific of two places when one lies inside the other."""
    if kept is None:
        return other
    if other is not None and kept.ident in gazetteer.ancestors(other):
        return other
    return kept


def _first(value: int | None, fallback: int | None) -> int | None:
    return value if value is not None else fallback


def family_types(event_type: str) -> list[str]:
    """Return the event types a report of this type may be matched with."""
    family = FAMILIES.get(event_type, event_type)
    return sorted({kind for kind, name in FAMILIES.items() if name == family} | {event_type})


def resolve_evidence(evidence: EvidenceRecord, gazetteer: Gazetteer) -> EvidenceRecord:
    """Return the evidence with the reports of one event within a segment folded together."""
    events = merge_document_events(list(evidence.events), gazetteer, evidence.document_key)
    return replace(evidence, events=tuple(events))
