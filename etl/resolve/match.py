"""Cross-document matching: which stored event a new report tells (pure).

The load step reads the candidate events from the database and turns each into facts; this
module only decides. A candidate the same document told before in a passage the load no longer
produces (the file or the rules changed) is an earlier telling of this report: it wins over
the others, then the best score, then the oldest event.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from .facts import EventFacts
from .score import event_score


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored event a new report could belong to, as matching sees it."""

    id: int
    facts: EventFacts  # of the event with its current reports
    told_before: bool  # the report's document told it in a passage no longer produced


def match_event(report: EventFacts, candidates: Iterable[Candidate]) -> Candidate | None:
    """Return the candidate event the report tells, or None when it tells a new event."""
    scored = [
        (candidate.told_before, score, -candidate.id, candidate)
        for candidate in candidates
        if (score := event_score(candidate.facts, report)) is not None
    ]
    return max(scored, key=lambda item: item[:3])[3] if scored else None
