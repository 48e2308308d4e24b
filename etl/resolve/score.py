"""Decide when two reports tell one real-world event, and how strongly they agree.

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

from dataclasses import replace
from datetime import timedelta

from .facts import EventFacts

THRESHOLD = 4


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
