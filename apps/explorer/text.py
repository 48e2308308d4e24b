"""Text cut into plain and highlighted pieces, for templates to escape piece by piece.

Nothing here builds HTML: a template prints each piece through autoescaping and wraps the
highlighted ones in <mark>, so hostile markup in a document is shown, never run.
"""

from dataclasses import dataclass, field
from itertools import pairwise

# ts_headline's markers: characters documents do not use, split out before escaping.
HIT_START, HIT_STOP = "\u27e6", "\u27e7"


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text; `kinds` names what highlights it (empty: plain), `anchors` start here."""

    text: str
    kinds: tuple[str, ...] = ()
    anchors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    """A highlighted stretch of a text: [start, end) with its kind and anchor id."""

    start: int
    end: int
    kind: str
    anchor: str = ""


@dataclass(frozen=True, slots=True)
class Passage:
    """A quote with some of the text around it, as pieces (the quote highlighted)."""

    pieces: list[Piece] = field(default_factory=list)


def headline_pieces(headline: str) -> list[Piece]:
    """Return ts_headline's output as pieces, the hits highlighted."""
    pieces = []
    for part_number, part in enumerate(headline.split(HIT_START)):
        hit, _, rest = part.partition(HIT_STOP) if part_number else ("", "", part)
        if hit:
            pieces.append(Piece(hit, ("hit",)))
        if rest:
            pieces.append(Piece(rest))
    return pieces


def passage(before: str, quote: str, after: str) -> Passage:
    """Return the quote highlighted between the text before and after it (cut at words)."""
    if before and not before[:1].isspace():
        before = "\u2026" + before.split(" ", 1)[-1] if " " in before else before
    if after and not after[-1:].isspace():
        after = after.rsplit(" ", 1)[0] + "\u2026" if " " in after else after
    pieces = [Piece(before), Piece(quote, ("quote",)), Piece(after)]
    return Passage([piece for piece in pieces if piece.text])


def marked_pieces(text: str, spans: list[Span]) -> list[Piece]:
    """Cut `text` at every span's ends; each piece names the kinds covering it and the
    anchors of the spans starting at it. Spans may nest or overlap."""
    inside = [span for span in spans if 0 <= span.start < span.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in inside), *(s.end for s in inside)})
    anchors: dict[int, list[str]] = {}
    for span in inside:
        if span.anchor:
            anchors.setdefault(span.start, []).append(span.anchor)
    by_start = sorted(inside, key=lambda span: span.start)
    pieces = []
    for start, end in pairwise(cuts):
        kinds = {s.kind for s in by_start if s.kind and s.start <= start and end <= s.end}
        pieces.append(Piece(text[start:end], tuple(sorted(kinds)), tuple(anchors.get(start, ()))))
    return pieces
