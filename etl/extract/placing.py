"""A name both a place and an actor ("Iran", "Iraq"): which of the two a mention of it is.

It is the place after a locative preposition ("in Iran", "from Iraq"), in a dateline or an
address ("BAGHDAD, Iraq -", "Camp Bucca, Iraq"), and as the first part of a border or a
region ("the Iraq-Iran border"), and after "and" or "or" joining it to a name placed so
("in Iran and Lebanon"); otherwise it is the actor ("Iran denied", "Iran's support", "to
Iran": a recipient as often as a destination; "in eastern Iran": claims read the state
there, as phase 1 did).
"""

import re

from etl.records import MentionRecord

from .gazetteer import Match

LOCATIVE = frozenset(
    "in into inside from across throughout within near outside through via at toward towards "
    "entered enter over around".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_POSSESSIVE = re.compile(r"['’]s?\b")
# A place name coordinated with one after a locative: "in Iran and Lebanon", "from Syria or Iran".
_CONJUNCT = re.compile(
    r"\b([A-Za-z]+)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]*(?:,[ \t]*)?(?:and|or)[ \t]+$"
)
# "BAGHDAD, Iraq", "at Camp Bucca, Iraq": a capitalized place and a comma right before the name.
_ADDRESS = re.compile(r"(?:(\S+)[ \t]+)?([A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*)*),[ \t]*$")
_DATELINE_END = re.compile(r"[ \t]*(?:[-–—(\n]|$)")
# "the Iraq-Iran border", "Iraq-Syria frontier": the name opens a compound of places.
_BORDER = re.compile(
    r"[ \t]*[-–/][ \t]*[A-Z][\w'’-]*[ \t]+(?:border|frontier|boundary|region|war)s?\b"
    r"|[ \t]+(?:border|frontier|boundary)s?\b",
    re.I,
)


def gazetteer_mention(text: str, match: Match) -> MentionRecord:
    """Return the mention a gazetteer match makes: the place where placed, else the actor."""
    refs = match.refs
    if len(refs) > 1:
        wanted = "place" if is_placed(text, match.span[0], match.span[1]) else "actor"
        refs = tuple(ref for ref in refs if ref.entity == wanted) or refs
    start, end = match.span
    return MentionRecord(refs[0], match.span, text[start:end], "gazetteer", rule=match.rule)


def is_placed(text: str, start: int, end: int) -> bool:
    """Return whether the name at text[start:end] names a place rather than an actor."""
    if _POSSESSIVE.match(text, end):
        return False
    window = text[max(0, start - 60) : start]
    before = _WORD_BEFORE.search(window)
    if before is not None and before.group(1).casefold() in LOCATIVE:
        return True
    conjunct = _CONJUNCT.search(window)
    if conjunct is not None and conjunct.group(1).casefold() in LOCATIVE:
        return True  # "trained in Iran and Lebanon": both are places
    if _is_address(window[window.rfind("\n") + 1 :], text, end):
        return True
    return bool(_BORDER.match(text, end, min(len(text), end + 40)))


def _is_address(line_before: str, text: str, end: int) -> bool:
    found = _ADDRESS.search(line_before)
    if found is None:
        return False
    place, previous = found.group(2), (found.group(1) or "").casefold()
    if place.isupper() or previous in LOCATIVE:
        return True  # "BAGHDAD, Iraq", "in Baghdad, Iraq"
    return bool(_DATELINE_END.match(text, end, min(len(text), end + 5)))
