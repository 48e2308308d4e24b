"""A sentence as the relation, event and claim rules see it.

The template is the sentence with each actor mention replaced by a placeholder "@<n>@" (n
indexes `actors`), so rules are written over roles ("@0@, the commander of @1@") instead of
names, and any name the gazetteer or the patterns know fits them.
"""

import re
from dataclasses import dataclass

from etl.records import DateRecord, MentionRecord, Span

from .dates import DateMention

PLACEHOLDER = re.compile(r"@(\d+)@")


@dataclass(frozen=True, slots=True)
class Turn:
    """A turn of a transcript: who speaks (the label's mention), or a question ("Q ...")."""

    speaker: MentionRecord | None
    question: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a body paragraph, with what extraction needs about it."""

    span: Span
    text: str
    template: str
    actors: tuple[MentionRecord, ...]
    places: tuple[MentionRecord, ...]
    weapons: tuple[MentionRecord, ...]
    dates: tuple[DateMention, ...]
    segment: str  # paragraph or timeline entry id
    anchor: DateRecord | None  # the date relative dates resolve against
    entry_date: DateRecord | None = None  # the date of the timeline entry it belongs to
    turn: Turn | None = None  # the transcript turn it belongs to (its label is no actor)

    def actor(self, placeholder: str) -> MentionRecord:
        """Return the actor mention behind "@3@" (or "3")."""
        return self.actors[int(placeholder.strip("@"))]


def build_sentence(
    text: str,
    span: Span,
    mentions: list[MentionRecord],
    dates: list[DateMention],
    *,
    segment: str,
    anchor: DateRecord | None,
    entry_date: DateRecord | None = None,
    turn: Turn | None = None,
    content_start: int | None = None,
) -> Sentence:
    """Assemble a Sentence from the mentions and dates that fall inside its span.

    Text before `content_start` (a transcript's speaker label) is left out of the template.
    """
    start = span[0] if content_start is None else max(span[0], content_start)
    inside = [m for m in mentions if start <= m.span[0] and m.span[1] <= span[1]]
    actors = tuple(m for m in inside if m.entity.entity == "actor")
    pieces, cursor = [], start
    for number, mention in enumerate(actors):
        pieces.append(text[cursor : mention.span[0]])
        pieces.append(f"@{number}@")
        cursor = mention.span[1]
    pieces.append(text[cursor : span[1]])
    return Sentence(
        span=span,
        text=text[span[0] : span[1]],
        template=" ".join("".join(pieces).split()),
        actors=actors,
        places=tuple(m for m in inside if m.entity.entity == "place"),
        weapons=tuple(m for m in inside if m.entity.entity == "weapon"),
        dates=tuple(d for d in dates if span[0] <= d.span[0] and d.span[1] <= span[1]),
        segment=segment,
        anchor=anchor,
        entry_date=entry_date,
        turn=turn,
    )
