"""Tell a header line from a line of prose, and a headline from other short lines."""

import re

from .chrome import is_chrome
from .lines import Line, ends_sentence, is_bullet

PROSE_WORDS = 8
LONG_LINE = 200
WRAPPED_LINES = 3
WRAPPED_WIDTH = 55
WRAPPED_SHARE = 0.66
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,}(?:,[ \t]*[A-Z][\w .,'-]*)?[ \t]*(?:\([\w .,]+\))?"
    r"(?:[ \t]*(?:[—–‹]|--)|[ \t]+-)[ \t]*\S"
)
LETTERS = re.compile(r"[^\W\d_]{3,}")
TURN = re.compile(r"^(?:[A-Z][A-Z.' -]{0,30}[A-Z.]|Q|A)[ \t]*:[ \t]+\S|^Q[ \t]{2,}\S")
TITLE_CASE_SHARE = 0.6
LEAD_IN_WORDS = 5
TURN_CHARS = 60
NOT_TITLE = re.compile(r"^[*#=<>\[({]|=|:$|^\W+$")
QUOTES = "\"'“”‘’ \t"


def is_prose_line(line: Line, block: list[Line]) -> bool:
    """Return whether the body starts at this line (a sentence, a dateline, a bullet...)."""
    content = line.content
    if is_chrome(content):
        return False
    if is_bullet(line) or DATELINE.match(content) or is_turn(content):
        return True
    if len(content) >= LONG_LINE:
        return True
    words = content.split()
    if content.endswith(":") and len(words) >= LEAD_IN_WORDS and not is_title_case(content):
        return True
    sentence = ends_sentence(content) and not content.endswith(("?", "!", ":"))
    if sentence and len(words) >= PROSE_WORDS and not is_title_case(content):
        return True
    return line is block[0] and is_wrapped(block)


def is_turn(text: str) -> bool:
    """Return whether a line opens a speaker's turn in a transcript ("GEN. BERGNER: We ...")."""
    match = TURN.match(text)
    if match is None or not (ends_sentence(text) or len(text) >= TURN_CHARS):
        return False
    return not is_title_case(text[match.end() - 1 :])


def is_title_case(text: str) -> bool:
    """Return whether most words are capitalised, as in a headline ("Iran Caught In A Lie")."""
    words = [word for word in re.findall(r"[^\W\d_][\w'’.-]*", text) if len(word) > 3]
    capitals = sum(word[:1].isupper() for word in words)
    return len(words) >= 3 and capitals >= TITLE_CASE_SHARE * len(words)


def is_wrapped(block: list[Line]) -> bool:
    """Return whether a block is a hard-wrapped paragraph (several long lines of one text)."""
    if len(block) < WRAPPED_LINES:
        return False
    wide = sum(len(line.content) >= WRAPPED_WIDTH for line in block)
    return wide >= WRAPPED_SHARE * len(block) and ends_sentence(block[-1].content)


def is_title_like(text: str) -> bool:
    """Return whether a header line could be a headline (words, not a label or a legend)."""
    content = text.strip()
    return bool(LETTERS.search(content)) and not NOT_TITLE.search(content)


def join_wrapped(block: list[Line]) -> list[Line]:
    """Return the block's lines with a headline wrapped onto a second line joined back."""
    joined: list[Line] = []
    for line in block:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and line.content[:1].islower()
            and not ends_sentence(previous.content)
            and is_title_like(previous.content)
        ):
            raw = f"{previous.content} {line.content}"
            joined[-1] = Line(number=previous.number, start=previous.start, end=line.end, raw=raw)
        else:
            joined.append(line)
    return joined


def strip_title(text: str) -> str:
    """Return a headline without surrounding whitespace and stray separators."""
    return text.strip().strip("|").strip()
