"""Event triggers: the words that say something happened, and how they are used.

A trigger is a past-tense verb ("captured", "were arrested"), a noun ("the raid", "the
November 15, 2006 mass kidnapping") or, inside a timeline entry, a speech verb ("stated",
"briefed"). Uses that tell no event of their own are dropped: negated, modal or future
("would attack", "to capture"), quoted speech, reported speech ("said Iran has supplied"),
and anaphoric nouns ("this attack"). A participle after a noun ("documents captured in the
raids") is kept apart: it only counts when nothing better is there.
"""

import re
from dataclasses import dataclass

from .lexicons import (
    alternation,
    event_types_where,
    speech_selection,
    trigger_alternations,
)

VERBS = trigger_alternations("verbs")
NOUNS = trigger_alternations("nouns")
SPEECH = {
    "statement": alternation(speech_selection("timeline_statement")),
    "briefing": alternation(speech_selection("timeline_briefing")),
}
HOSTILE = event_types_where("hostile")
OUTCOMES = event_types_where("outcome")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger found in a sentence template."""

    event_type: str
    start: int  # offsets in the template
    end: int
    form: str  # "verb" | "passive" | "participle" | "relative" | "noun" | "speech"
    introduced: bool = False  # a noun after "conducted", "announced the"...


def _alternation(table: dict[str, str]) -> re.Pattern:
    parts = [f"(?P<{kind}>{words})" for kind, words in table.items()]
    return re.compile(r"(?i)\b(?:" + "|".join(parts) + r")\b")


_VERB = _alternation(VERBS)
_NOUN = _alternation(NOUNS)
_SPEECH = _alternation(SPEECH)
_REPORTING = re.compile(rf"(?i)\b(?:{alternation(speech_selection('event_trigger_cutoff'))})\b")
_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|being|be|is|are|got)\s+(?:\w+\s+)?$")
_RELATIVE = re.compile(
    r"(?i)\b(?:that|which|who)\s+(?:(?:was|were|had|has|have)\s+)?(?:\w+ly\s+)?$"
)
_BLOCKED = re.compile(
    r"(?i)\b(?:not|never|no|n't|would|could|should|might|may|will|to|if|whether|unless)"
    r"(?:\s+\w+){0,2}\s*$"
)
_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?$")
_ANAPHORIC = re.compile(r"(?i)\b(?:this|that|these|those|such|same|press)\s+(?:\w+\s+)?$")
_INTRODUCED = re.compile(
    r"(?i)\b(?:conducted|carried out|launched|announced|staged|mounted|led|made|executed"
    r"|undertook|began|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$"
)
_NOT_NOUN_SUBJECT = frozenset(
    "was were been being is are be had has have who that which and or also then later "
    "subsequently reportedly allegedly".split()
)
_RELATIVE_FOLLOW = re.compile(
    r"(?i)\s+(?:by|in|during|at|from|on|inside|near|for|with|as|since|earlier|last|is|was|are"
    r"|were)\b"
)


def find_triggers(template: str, *, in_entry: bool) -> list[Trigger]:
    """Return the usable triggers of a sentence template, left to right."""
    quoted = _quoted_ranges(template)
    reporting = _REPORTING.search(template)
    cutoff = reporting.start() if reporting else len(template)
    found = []
    for pattern, form in ((_VERB, "verb"), (_NOUN, "noun")):
        for match in pattern.finditer(template):
            if match.start() >= cutoff or _inside(match.start(), quoted):
                continue
            trigger = _trigger(template, match, form)
            if trigger is not None:
                found.append(trigger)
    if in_entry and not any(t.form in ("verb", "passive", "noun") for t in found):
        for match in _SPEECH.finditer(template):
            if not _inside(match.start(), quoted):
                found.append(Trigger(match.lastgroup, match.start(), match.end(), "speech"))
    return sorted(found, key=lambda trigger: trigger.start)


def has_perfect_tense(template: str, trigger: Trigger) -> bool:
    """Return whether the trigger is a present perfect ("has captured"): no past event by itself."""
    return bool(_PERFECT.search(template[max(0, trigger.start - 30) : trigger.start]))


def _trigger(template: str, match: re.Match, form: str) -> Trigger | None:
    before = template[max(0, match.start() - 40) : match.start()]
    if _BLOCKED.search(before):
        return None
    kind, start, end = match.lastgroup, match.start(), match.end()
    if form == "noun":
        if _ANAPHORIC.search(before):
            return None
        return Trigger(kind, start, end, "noun", bool(_INTRODUCED.search(before)))
    if _RELATIVE.search(before):
        return Trigger(kind, start, end, "relative")  # "an attack that killed one soldier"
    if _PASSIVE.search(before):
        return Trigger(kind, start, end, "passive")
    if _after_noun(before) and _RELATIVE_FOLLOW.match(template, end):
        return Trigger(kind, start, end, "participle")
    return Trigger(kind, start, end, "verb")


def _after_noun(before: str) -> bool:
    words = re.findall(r"[\w@]+", before)
    if not words:
        return False
    word = words[-1]
    return word.isalpha() and word.islower() and word not in _NOT_NOUN_SUBJECT


def _inside(index: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= index < end for start, end in ranges)


def _quoted_ranges(template: str) -> list[tuple[int, int]]:
    ranges, opened = [], None
    for index, char in enumerate(template):
        if char == "“" or (char == '"' and opened is None):
            opened = index
        elif (char == "”" or char == '"') and opened is not None:
            ranges.append((opened, index))
            opened = None
    if opened is not None:
        ranges.append((opened, len(template)))
    return ranges
