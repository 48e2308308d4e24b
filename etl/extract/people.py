"""Patterns for actors the gazetteer does not know: titled people ("Maj. Gen. Rick Lynch"),
people quoted or captured by name ("Wayne White said", "captured Mahmud Farhadi") and named
groups ("the Qazali network"); units ("Zafr Command", "Task Force Marne") are in units.py.

Each hit is only a proposal: mentions.py first looks its name up in the gazetteer.
"""

import re
from dataclasses import dataclass

from etl.records import Span

from .lexicons import alternation, speech_selection, words

TITLES = words("titles", "titles")


def title_words(titles) -> frozenset[str]:
    """Return the words that are a title by themselves, lower-case without a period: a
    one-word title, the last word of a longer one and its abbreviations ("Maj. Gen." ->
    maj, gen); not "foreign", "state" or "of" ("Foreign Minister", "Secretary of State")."""
    found = set()
    for title in titles:
        parts = title.split()
        kept = parts if len(parts) == 1 else [parts[-1], *(p for p in parts if p.endswith("."))]
        found |= {part.casefold().strip(".") for part in kept}
    return frozenset(found)


# Capitalized words that start or make up names of things, never of people (the gazetteer's
# one-word place names are added by the caller: Gazetteer.place_words).
NOT_NAMES = frozenset(
    """the a an this that these those he she they it we i you his her their its our but and or
    also if when while as at in on of for to by with from after before during since however
    according coalition forces force army military government department ministry command corps
    group groups network networks brigade division officials official intelligence press news
    service services journal post times sun report council agency center centre institute
    foundation university party organization committee state states united national
    international security special multinational multi iraqi iranian american sunni shiite shia
    islamic al qaeda general major colonel captain lieutenant admiral sergeant president
    ambassador senator minister secretary ayatollah sheikh professor mr mrs ms dr monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august
    september october november december god allah congress senate office new
    north south east west northern southern eastern western central release topic
    q transcript excerpt photo click tags filed comments reply navy marine marines air says
    along near
    """.split()
) | title_words(TITLES)
# A capitalized word or an initial; "Bleich- wehl" is one word broken at the end of a line.
_CAP = r"(?:[A-Z][a-z]+(?:(?:[-'’]|-[ \t])[A-Z]?[a-z]+)*|[A-Z]\.)"
_BROKEN = re.compile(r"(?<=[a-z])-[ \t]+(?=[a-z])")
_UPPER = r"[A-Z]{2,}(?:-[A-Z]{2,})?"
_PARTICLE = r"(?:al|el|bin|ibn|abu|abd|abdul|de|van|von)"
_NAME = rf"{_CAP}(?:\s+(?:{_PARTICLE}[-\s]+)?{_CAP}){{0,3}}"
_NAME2 = rf"{_CAP}(?:\s+(?:{_PARTICLE}[-\s]+)?{_CAP}){{1,3}}"
_TITLE = "|".join(re.escape(title) for title in TITLES)
_TITLED = re.compile(
    rf"(?<![\w.])(?P<title>(?:(?i:{_TITLE})(?!\w)\s+)+)"
    rf"(?:(?:to|of|for)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)??\s+)?"
    rf"(?P<name>{_NAME}|{_UPPER})(?![\w-])"
)
_SPEECH = alternation(speech_selection("speaker_name_before"))
_SPEAKER_BEFORE = re.compile(rf"(?P<name>{_NAME2}),?\s+(?:{_SPEECH})\b")
_SPEAKER_AFTER = re.compile(rf"\b(?:{_SPEECH}|according\s+to)\s+(?P<name>{_NAME2})\b(?!\s+[A-Z])")
_CAPTURED = re.compile(
    rf"\b(?:captured|killed|detained|arrested|kidnapped|assassinated|released)\s+"
    rf"(?P<name>{_NAME2})\b"
)
_GROUP_NOUNS = {
    "network": "armed_group",
    "cell": "armed_group",
    "militia": "armed_group",
    "brigade": "armed_group",
    "group": "armed_group",
    "organization": "organization",
    "movement": "political_group",
    "faction": "political_group",
}
_GROUP = re.compile(
    rf"\bthe\s+(?P<first>{_CAP})(?:\s+and\s+(?P<second>{_CAP}))?\s+"
    r"(?P<noun>(?i:networks?|cells?|militias?|brigades?|groups?|organizations?|movements?"
    r"|factions?))\b"
)
# A building or place named after a titled person: "the Shrine of Imam Ali".
_PLACE_OF = re.compile(
    rf"\b(?i:{'|'.join(re.escape(word) for word in words('organizations', 'places'))})"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?$"
)
_UNTITLED_RULES = (
    (_SPEAKER_BEFORE, "mention.speaker_before_verb"),
    (_SPEAKER_AFTER, "mention.speaker_after_verb"),
    (_CAPTURED, "mention.captured_name"),
)


@dataclass(frozen=True, slots=True)
class NameHit:
    """A proposed actor: where its name is, the name, the kind guessed, the title."""

    span: Span
    name: str
    kind: str
    title: str = ""
    single: bool = False  # one word after a title: a surname to link, not a full name
    rule: str = ""  # id of the pattern's rule


def find_people(text: str, span: Span, not_names: frozenset[str] = NOT_NAMES) -> list[NameHit]:
    """Return titled people, speakers and people captured by name in text[span]."""
    hits = [_titled(text, match, not_names) for match in _TITLED.finditer(text, *span)]
    for pattern, rule in _UNTITLED_RULES:
        for match in pattern.finditer(text, *span):
            hit = _untitled(match, not_names, rule)
            if hit is not None:
                hits.append(hit)
    return [hit for hit in hits if hit is not None]


def find_groups(text: str, span: Span, not_names: frozenset[str] = NOT_NAMES) -> list[NameHit]:
    """Return named groups ("the Qazali and Sheibani networks"); units are in units.py."""
    hits = []
    for match in _GROUP.finditer(text, *span):
        noun = match.group("noun").casefold().rstrip("s")
        for part in ("first", "second"):
            word = match.group(part)
            if word and word.casefold() not in not_names:
                where = match.span(part)
                if not match.group("second"):
                    where = (match.start(part), match.end())
                hits.append(
                    NameHit(where, f"{word} {noun}", _GROUP_NOUNS[noun], rule="mention.named_group")
                )
    return hits


def _titled(text: str, match: re.Match, not_names: frozenset[str]) -> NameHit | None:
    if _PLACE_OF.search(text, max(0, match.start() - 40), match.start()):
        return None  # "the Shrine of Imam Ali", "Imam Hussein Mosque" is a place
    parts = list(re.finditer(r"\S+", match.group("name")))
    keep = len(parts)
    while keep and parts[keep - 1].group().casefold() in not_names:
        keep -= 1
    if not keep or parts[0].group().casefold() in not_names:
        return None
    name = _BROKEN.sub("", " ".join(part.group() for part in parts[:keep]))
    if name.isupper():
        name = name.title()  # "GEN. CALDWELL:" in transcripts
    start = match.start("name")
    title = " ".join(match.group("title").split())
    span = (start, start + parts[keep - 1].end())
    return NameHit(span, name, "person", title, single=keep == 1, rule="mention.titled_person")


def _untitled(match: re.Match, not_names: frozenset[str], rule: str) -> NameHit | None:
    words = match.group("name").split()
    if len(words) > 3:
        return _tail(match, words[-3:], not_names, rule)
    if any(word.casefold() in not_names for word in words if len(word) > 2):
        return None
    if words[0].casefold() in not_names:
        return None
    return NameHit(match.span("name"), " ".join(words), "person", rule=rule)


def _tail(
    match: re.Match, words: list[str], not_names: frozenset[str], rule: str
) -> NameHit | None:
    # "Mouth of the Potomac James Gordon Meek stated": the name is the last words of the run.
    if any(word.casefold() in not_names for word in words if len(word) > 2):
        return None
    name = match.group("name")
    start = match.start("name") + name.rindex(words[0])
    return NameHit((start, match.end("name")), " ".join(words), "person", rule=rule)
