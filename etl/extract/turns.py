"""Speaker turns of transcripts: "GEN. CALDWELL: We have found ..." and "Q Are weapons ...".

A label in capitals, a title and a surname followed by a colon, opens a speaker's turn: what
follows, up to the next label, is said by that person (the mention the label holds, which
mentions.py links to the full name given earlier, for instance in the title). In a document
with such labels, a lone "Q" opens a question: questions assert nothing.
"""

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from etl.records import MentionRecord, Span

from .lexicons import words
from .sentence import Turn

TITLES = frozenset(words("titles", "labels"))
_LABEL = re.compile(
    r"(?<![\w.])(?P<title>[A-Z]{2,12})\.?[ \t]+"
    r"(?P<name>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+)?)[ \t]*:(?=\s|$)"
)
_QUESTION = re.compile(r"(?<![\w.,;:'’-])Q(?:[ \t]*:|[ \t]+(?=[A-Z(]))")


@dataclass(frozen=True, slots=True)
class TurnStart:
    """Where a turn begins (its label) and where what is said begins."""

    label: Span
    content: int
    turn: Turn


def find_turns(text: str, spans: list[Span], mentions: list[MentionRecord]) -> list[TurnStart]:
    """Return the turns of a transcript in text order; none for a document without labels."""
    labels = [
        match
        for start, end in spans
        for match in _LABEL.finditer(text, start, end)
        if match.group("title") in TITLES
    ]
    if not labels:
        return []
    turns = [TurnStart(m.span(), m.end(), Turn(_speaker(m, mentions))) for m in labels]
    for start, end in spans:
        for match in _QUESTION.finditer(text, start, end):
            turns.append(TurnStart(match.span(), match.end(), Turn(None, question=True)))
    return sorted(turns, key=lambda turn: turn.label)


def _speaker(label: re.Match, mentions: list[MentionRecord]) -> MentionRecord | None:
    start, end = label.span("name")
    # Mentions come sorted by span: look only at those starting inside the label.
    inside = mentions[
        bisect_left(mentions, start, key=_mention_start) : bisect_right(
            mentions, end, key=_mention_start
        )
    ]
    return next(
        (
            mention
            for mention in inside
            if mention.span[1] <= end and mention.entity.entity == "actor"
        ),
        None,
    )


def _mention_start(mention: MentionRecord) -> int:
    return mention.span[0]


def _turn_start(turn: TurnStart) -> int:
    return turn.label[0]


def split_at_turns(span: Span, turns: list[TurnStart]) -> list[Span]:
    """Cut a sentence where a turn begins inside it ("... used or GEN. CALDWELL: What ...")."""
    first = bisect_right(turns, span[0], key=_turn_start)
    inside = turns[first : bisect_left(turns, span[1], key=_turn_start)]
    cuts = [turn.label[0] for turn in inside]
    bounds = [span[0], *cuts, span[1]]
    return [(left, right) for left, right in zip(bounds, bounds[1:], strict=False) if left < right]


def turn_at(offset: int, turns: list[TurnStart]) -> TurnStart | None:
    """Return the turn a text offset belongs to (the last one begun at or before it)."""
    index = bisect_right(turns, offset, key=_turn_start)
    return turns[index - 1] if index else None
