"""Find a gold passage in a stored text, and the normalisation used to compare short strings.

The gold quotes a document file; the loader stores a cleaned text (repaired mojibake, other
whitespace). A passage is located by exact search first, then in a loose form of both
strings (case-folded, typographic quotes and dashes made plain, whitespace runs made one
space), and the loose match is mapped back to offsets of the stored text.
"""

import re
import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({c: "'" for c in "‘’‚‛′`´"} | {c: '"' for c in "“”„‟″«»"})
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
_SPACES = re.compile(r"\s+")


def loose(text: str) -> str:
    """Return the loose form of a string: NFKC, case-folded, plain quotes and dashes, one space."""
    plain = unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_DASHES)
    return _SPACES.sub(" ", plain.casefold()).strip()


@lru_cache(maxsize=256)
def _loose_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """Return the loose form of `text` and, per loose character, its offset in `text`.

    Cached: every gold passage of a document is looked for in the same few stored texts.
    """
    chars: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        if char.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                offsets.append(index)
            continue
        for piece in loose(char) or char:
            chars.append(piece)
            offsets.append(index)
    return "".join(chars), tuple(offsets)


def nth_find(needle: str, haystack: str, occurrence: int = 1) -> int:
    """Return where the occurrence-th (1-based) `needle` starts in `haystack`, -1 if none."""
    start = -1
    for _ in range(max(occurrence, 1)):
        start = haystack.find(needle, start + 1)
        if start == -1:
            return -1
    return start


def locate(needle: str, haystack: str, occurrence: int = 1) -> tuple[int, int] | None:
    """Return the (start, end) of the passage in `haystack`: exact first, then loosely."""
    if not needle:
        return None
    start = nth_find(needle, haystack, occurrence)
    if start != -1:
        return start, start + len(needle)
    target = loose(needle)
    if not target:
        return None
    text, offsets = _loose_with_offsets(haystack)
    start = nth_find(target, text, occurrence)
    if start == -1 and occurrence > 1:
        start = text.find(target)  # the cleaned text may repeat it fewer times than the file
    if start == -1:
        return None
    return offsets[start], offsets[start + len(target) - 1] + 1


def trim(text: str, limit: int = 100) -> str:
    """Return the passage on one line, cut to `limit` characters."""
    flat = _SPACES.sub(" ", text).strip()
    return flat if len(flat) <= limit else f"{flat[: limit - 1]}…"
