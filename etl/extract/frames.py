"""Frames: phrases inside a sentence that hand what follows them to another claimant.

- an impersonal report of a group's opinion: "It is widely speculated in the media that ..."
  (claimant "The media"; "speculated", "believed" are kept as hedges);
- an opinion named by its holders: "the conventional wisdom in media and some intelligence
  circles is ...";
- holders in a relative clause: "those outside the government who doubt ..." (the verb gives
  the stance: doubt disputes, deny denies);
- a blame: "Sunni groups are anti-Iranian, blaming X for helping Y" (the sentence's subject);
- a judgment as the subject of the sentence: "The judgment that X hosts Y is likely to draw
  criticism": the judgment is the last source the document cited for one ("a consensus
  judgment from a new National Intelligence Estimate"), and the clause ends at "is".

A proposition belongs to the last frame that ends before its predicate; the frame's start is
where its stance and hedges are read from.
"""

import re
from dataclasses import dataclass

from .attribution import Claimant
from .lexicons import alternation, speech_forms, speech_selection
from .sentence import PLACEHOLDER, Sentence

# A verb of belief or speculation is kept as a hedge ("speculated"); "held", "said" are not.
_SPECULATIVE = frozenset((*speech_forms("believe"), "alleged"))
_IMPERSONAL = re.compile(
    r"(?i)\bit\s+(?:is|was|has\s+(?:long\s+)?been|had\s+been)\s+"
    r"(?:(?:widely|commonly|generally|often|frequently|increasingly|long|also)\s+)*"
    rf"(?P<verb>{alternation(speech_selection('impersonal_frame'))})"
    r"(?:\s+(?:in|by|among|within)\s+(?P<who>(?:(?!\bthat\b)[^,;])+?))?\s*,?\s+that\b"
)
_OPINION = re.compile(
    r"(?i)(?P<frame>\b(?:the\s+)?(?:(?:conventional|received|common|popular|prevailing"
    r"|general|widespread|dominant|accepted)\s+(?:wisdom|view|belief|assumption|perception"
    r"|opinion|consensus)|consensus)"
    r"(?:\s+(?:in|among|within|of)\s+(?P<who>(?:(?!\b(?:is|was|holds|held|has)\b)[^,;])+?))?)"
    r"\s+(?:is|was|has\s+(?:long\s+)?been|holds|held|remains)\s+(?:that\s+)?"
)
_HOLDERS = re.compile(
    r"(?i)\b(?P<who>(?:those|people|critics|skeptics|sceptics|analysts|experts|observers"
    r"|many|others|anyone)\b(?:\s+(?!who\b)[^,;\s]+){0,6}?)\s+who\s+"
    r"(?:(?:\w+ly|still|also)\s+)?"
    rf"(?P<verb>{alternation(speech_selection('holders_frame'))})\b"
)
_BLAMING = re.compile(r"(?i),\s*(?:blaming|accusing|faulting|charging)\s+")
_JUDGMENT = re.compile(
    r"(?i)^\W*(?:the|this|that|such\s+an?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:judge?ments?|assessments?|conclusions?|findings?|estimates?)\s+that\b"
)
_CITED = re.compile(
    r"(?i)\b(?:judge?ments?|assessments?|conclusions?|findings?|estimates?)\s+(?:from|of|by)"
    r"\s+(?P<who>(?:an?|the)\s+[^,;.()“”\"]{3,120})"
)
_DOCUMENT_PART = re.compile(
    r"(?i)^(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:draft|version|copy|summary|section|portion"
    r"|part|excerpt)\s+of\s+"
)


@dataclass(frozen=True, slots=True)
class Frame:
    """A phrase handing what follows it to a claimant, with its scope in the template."""

    start: int
    end: int
    claimant: Claimant
    hedges: tuple[str, ...] = ()
    subject_clause: bool = False  # "The judgment that P is ...": P's clause ends at "is"


def find_frames(sentence: Sentence, judged_by: Claimant | None) -> list[Frame]:
    """Return the frames of a sentence, left to right."""
    template = sentence.template
    found = [_impersonal(sentence, m) for m in _IMPERSONAL.finditer(template)]
    found += [_opinion(sentence, m) for m in _OPINION.finditer(template)]
    found += [_holders(sentence, m) for m in _HOLDERS.finditer(template)]
    found += [f for m in _BLAMING.finditer(template) if (f := _blaming(sentence, m))]
    judgment = _JUDGMENT.match(template)
    if judgment is not None and judged_by is not None:
        found.append(Frame(0, judgment.end(), judged_by, subject_clause=True))
    return sorted(found, key=lambda frame: frame.start)


def frame_at(frames: list[Frame], start: int) -> Frame | None:
    """Return the frame a predicate starting at that template offset belongs to."""
    before = [frame for frame in frames if frame.end <= start]
    return before[-1] if before else None


def cited_source(sentence: Sentence) -> Claimant | None:
    """Return the source a sentence credits with a judgment ("a judgment from the NIE")."""
    match = _CITED.search(sentence.template)
    if match is None:
        return None
    who = _DOCUMENT_PART.sub("", match.group("who").strip())
    return _claimant(sentence, who)


def _impersonal(sentence: Sentence, match: re.Match) -> Frame:
    verb = match.group("verb").casefold()
    who = match.group("who") or match.group()[: match.end("verb") - match.start()]
    return Frame(match.start(), match.end(), _claimant(sentence, who), _hedge(verb))


def _opinion(sentence: Sentence, match: re.Match) -> Frame:
    return Frame(match.start(), match.end(), _claimant(sentence, match.group("frame")))


def _holders(sentence: Sentence, match: re.Match) -> Frame:
    verb = match.group("verb").casefold()
    return Frame(match.start(), match.end(), _claimant(sentence, match.group("who")), _hedge(verb))


def _blaming(sentence: Sentence, match: re.Match) -> Frame | None:
    # The blamer is the subject of the sentence: its first actor, opening it.
    first = PLACEHOLDER.search(sentence.template, 0, match.start())
    if first is None or len(sentence.template[: first.start()].split()) > 2:
        return None
    mention = sentence.actor(first.group(1))
    return Frame(match.start(), match.end(), Claimant(mention.entity, mention.surface))


def _claimant(sentence: Sentence, phrase: str) -> Claimant:
    phrase = " ".join(phrase.split())
    alone = re.fullmatch(r"(?:the\s+)?@(\d+)@", phrase, flags=re.IGNORECASE)
    if alone is not None:
        mention = sentence.actor(alone.group(1))
        return Claimant(mention.entity, mention.surface)
    text = PLACEHOLDER.sub(lambda m: sentence.actor(m.group(1)).surface, phrase)
    return Claimant(None, text[:1].upper() + text[1:])


def _hedge(verb: str) -> tuple[str, ...]:
    return (verb,) if verb in _SPECULATIVE else ()
