"""Tokens, paragraphs and sentences of a document's text, always as offsets into that text."""

import re
from dataclasses import dataclass

from apps.common.text import normalize_name
from etl.records import Span

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_POSSESSIVE = re.compile(r"['’][sS]$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*|\n[ \t]*[•·▪]\s*")
# A sentence ends at . ! ? (plus closing quotes or brackets and a footnote mark) followed by
# space and a capital, digit, quote or bracket.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*[ⁱ⁰¹²³⁴⁵⁶⁷⁸⁹*†‡]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
# Real sentences stay far below this (the seeds' longest is 439 characters).
MAX_SENTENCE_CHARS = 1000
# Searched in the reversed window before the limit: the last clause mark, else the last space.
_CLAUSE_MARK = re.compile(r"[;,:]")
_SPACE = re.compile(r"\s")
ABBREVIATIONS = frozenset(
    "gen maj lt col sgt capt cpt adm brig cmdr cdr mr mrs ms dr st sen rep gov prof rev "
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc jr sr ft mt pvt spc "
    "cpl gens corp co dept est approx al".split()
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text: surface, match key, offsets."""

    text: str
    norm: str  # normalize_name of the word, possessive 's removed
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Return the words of text[start:end]; "Iran's" gives the token "Iran"."""
    end = len(text) if end is None else end
    tokens = []
    for match in _WORD.finditer(text, start, end):
        word, word_end = match.group(), match.end()
        possessive = _POSSESSIVE.search(word)
        if possessive and len(word) > 2:
            word, word_end = word[: possessive.start()], word_end - 2
        norm = normalize_name(word)
        if norm:
            tokens.append(Token(word, norm, match.start(), word_end))
    return tokens


def name_tokens(name: str) -> tuple[str, ...]:
    """Return the match keys of a name the way tokenize() reads text."""
    return tuple(part for token in tokenize(name) for part in token.norm.split())


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split text[start:end] at blank lines and bullets; trimmed, empty parts dropped."""
    end = len(text) if end is None else end
    spans, cursor = [], start
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    return [trimmed for span in spans if (trimmed := trim(text, span))]


def sentences(text: str, span: Span) -> list[Span]:
    """Split one paragraph into sentences, not at abbreviations ("Maj. Gen.") or initials.

    A "sentence" longer than MAX_SENTENCE_CHARS (text without sentence ends) is cut into
    pieces of at most that length, so the rules' work per sentence is bounded and a
    document costs time linear in its size.
    """
    start, end = span
    found, cursor = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.group().startswith(".") and _is_abbreviation(text, match.start(), cursor):
            continue
        found.extend(_bounded(text, (cursor, match.end())))
        cursor = match.end()
    found.extend(_bounded(text, (cursor, end)))
    return [trimmed for part in found if (trimmed := trim(text, part))]


def _bounded(text: str, span: Span) -> list[Span]:
    """Cut a span longer than MAX_SENTENCE_CHARS after a clause mark or space near the limit."""
    start, end = span
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        floor = start + MAX_SENTENCE_CHARS // 2
        window = text[floor:limit][::-1]
        mark = _CLAUSE_MARK.search(window) or _SPACE.search(window)
        cut = limit - mark.start() if mark else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def trim(text: str, span: Span) -> Span | None:
    """Return span without surrounding whitespace and bullet marks, or None when empty."""
    start, end = span
    while start < end and (text[start].isspace() or text[start] in "•·▪"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    word_start = dot
    while word_start > floor and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot]
    if not word:
        return False
    if "." in word or (len(word) == 1 and word.isupper()):
        return True  # "U.S." or an initial such as "H."
    return word.casefold() in ABBREVIATIONS and word[0].isupper()
