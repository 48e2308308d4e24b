"""Find a pasted quote in a document's text and cut the passage around a span (pure text)."""

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Passage:
    """A span with the text around it, ready to show with the quote highlighted."""

    before: str
    quote: str
    after: str
    is_cut_before: bool
    is_cut_after: bool


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every occurrence of quote in text, in order.

    Runs of whitespace match any run of whitespace, so a passage copied from a rendered page
    (where line breaks became spaces) still finds its place; the span covers the text as stored.
    """
    words = quote.split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(re.escape(word) for word in words))
    return [(match.start(), match.end()) for match in pattern.finditer(text)]


def nearest_span(spans: list[tuple[int, int]], position: int) -> tuple[int, int]:
    """Return the span starting closest to position (the first one on a tie)."""
    return min(spans, key=lambda span: abs(span[0] - position))


def passage_around(text: str, start: int, end: int, *, context: int = 300) -> Passage:
    """Return the span with about `context` characters either side, cut at word boundaries."""
    lo = max(0, start - context)
    hi = min(len(text), end + context)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    return Passage(
        before=text[lo:start],
        quote=text[start:end],
        after=text[end:hi],
        is_cut_before=lo > 0,
        is_cut_after=hi < len(text),
    )


def excerpt(text: str, limit: int = 120) -> str:
    """Return text on one line, shortened to about `limit` characters at a word boundary."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit)
    return flat[: cut if cut > 0 else limit] + "…"


@dataclass(frozen=True, slots=True)
class Marked:
    """A shortened text in pieces, each piece marked (a matched word) or plain."""

    pieces: tuple[tuple[str, bool], ...]
    is_cut_before: bool
    is_cut_after: bool


def shorten_marked(text: str, marks: list[tuple[int, int]], *, limit: int = 160) -> Marked:
    """Return text cut to about `limit` characters around its first marks, marks kept apart.

    `marks` are (start, end) offsets into text; overlapping ones merge, ones outside the
    window are dropped. Without marks the window is the start of the text.
    """
    spans = _merged([(max(0, s), min(len(text), e)) for s, e in marks if s < e])
    lo, hi = _window(text, spans, limit)
    pieces, position = [], lo
    for start, end in spans:
        start, end = max(start, lo), min(end, hi)
        if start >= end:
            continue
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((text[start:end], True))
        position = end
    if position < hi:
        pieces.append((text[position:hi], False))
    return Marked(tuple(pieces), lo > 0, hi < len(text))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _window(text: str, spans: list[tuple[int, int]], limit: int) -> tuple[int, int]:
    if len(text) <= limit:
        return 0, len(text)
    first = spans[0][0] if spans else 0
    lo = max(0, min(first - limit // 4, len(text) - limit))
    hi = min(len(text), lo + limit)
    if lo > 0:
        space = text.find(" ", lo, first if spans else hi)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", min(spans[0][1], hi) if spans else lo, hi)
        hi = space if space > lo else hi
    return lo, hi
