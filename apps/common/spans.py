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
