"""Who says it: the claimant a sentence names, and when the claim was made.

Claimant: "according to X" (an actor, or a description up to the end of its clause:
"according to secret documents captured by Americans in Iraq"), "X said", "said X", "he said"
(the last person named before), a description ("an American intelligence official", "two
American officials and one Iraqi official", "The National Intelligence Estimate reportedly
finds"). A belief verb ("X believes") is kept as a hedge of the claim. A sentence naming none
of these has no claimant of its own: the caller falls back on the discourse (a transcript
turn, an open quotation, the document's author).
"""

import re
from dataclasses import dataclass

from etl.records import DateRecord, EntityRef

from .lexicons import alternation, speech_forms, speech_selection
from .sentence import Sentence

# Speech verbs that name a claimant ("X said", "said X"); "found" only before "that".
SPEECH = alternation(speech_forms(attributing=True)) + r"|found(?=\s+that)|was\s+explicit"
_BELIEF = re.compile(rf"(?i)\b(?:{alternation(speech_selection('belief_hedge'))})\b")
_ACCORDING = re.compile(r"(?i)\baccording\s+(?:to\s+)?(?:the\s+)?(?:@\d+@['’]s\s+)?@(\d+)@")
_BEFORE_VERB = re.compile(
    rf"@(\d+)@(?:\s*,[^,]{{0,120}},)?,?\s+(?:(?!(?:I|we|you|he|she|they)\b)\w+\s+){{0,3}}?"
    rf"(?:{SPEECH})\b"
)
_AFTER_VERB = re.compile(
    rf"\b(?:{SPEECH})\s+(?:(?:[A-Z][\w.]*|the)\s+){{0,4}}@(\d+)@(?=\s*(?:[,.;”\"]|$))"
)
_COORDINATED_VERB = re.compile(rf"@(\d+)@\s+\w+ed\b[^.;]{{0,120}}?,?\s+and\s+(?:{SPEECH})\b")
_PRONOUN = re.compile(rf"(?i)\b(?:he|she|they)\s+(?:\w+\s+){{0,3}}?(?:{SPEECH})\b")
_WHO = (
    r"(?:officials?|sources?|analysts?|spokes(?:man|woman|person)|general|commanders?"
    r"|officers?|diplomats?|experts?|reporters?|observers?|critics?|estimates?|documents?"
    r"|reports?)"
)
_DESCRIPTION = re.compile(
    rf"(?i)\b((?:an?|the|one|two|three|four|five|several|some|other|another|many|senior"
    rf"|former)\s+(?:[\w.’'-]+\s+){{0,6}}?{_WHO}"
    rf"(?:\s+and\s+(?:an?|one|two|three)\s+(?:[\w.’'-]+\s+){{0,3}}?{_WHO})?)\b"
)
_ACCORDING_TEXT = re.compile(
    rf"(?i)\baccording\s+(?:to\s+)?((?:[\w.’'-]+\s+){{0,6}}?{_WHO}"
    rf"(?:\s+and\s+(?:[\w.’'-]+\s+){{0,3}}?{_WHO})?)\b"
)
# What may follow the head of an "according to" source up to the end of the sentence:
# "according to secret documents | captured by Americans in Iraq."
_ACCORDING_TAIL = re.compile(r"(?:\s+[\w.’'-]+){1,8}?\s*(?=[.!?”\"]*\s*$)")
_SPEECH_JUST_BEFORE = re.compile(rf"(?i)\b(?:{SPEECH})\s+(?:on\s+)?$")


@dataclass(frozen=True, slots=True)
class Claimant:
    """Who makes the claims of a sentence (or of part of it)."""

    actor: EntityRef | None
    text: str
    is_author: bool = False
    verb_end: int = -1  # template offset just past the speech verb; -1 when unattributed
    hedge: str = ""  # a belief verb ("believes") that weakens what the claimant says


def find_claimant(sentence: Sentence, previous: EntityRef | None) -> Claimant | None:
    """Return the claimant a sentence names, or None; `previous` is the last person before."""
    template = sentence.template
    match = _ACCORDING.search(template)
    named = _BEFORE_VERB.search(template) or _AFTER_VERB.search(template)
    if (
        match is None
        and named is not None
        and sentence.actor(named.group(1)).entity.kind == "person"
    ):
        match = named  # "A former analyst, Wayne White, said": the person, not the description
    described = _description(sentence) if match is None else None
    if described is not None:
        return described
    match = match or named or _COORDINATED_VERB.search(template)
    if match is not None:
        mention = sentence.actor(match.group(1))
        return Claimant(mention.entity, mention.surface, verb_end=match.end(), hedge=_belief(match))
    pronoun = _PRONOUN.search(template)
    if pronoun is not None and previous is not None:
        return Claimant(previous, previous.name, verb_end=pronoun.end(), hedge=_belief(pronoun))
    return None


def author_claimant(author: str) -> Claimant:
    """Return the document's own voice as a claimant."""
    return Claimant(None, author, is_author=True)


def _belief(match: re.Match) -> str:
    found = _BELIEF.search(match.group())
    return found.group().casefold() if found else ""


def _description(sentence: Sentence) -> Claimant | None:
    text = sentence.text
    according = _ACCORDING_TEXT.search(text)
    if according is not None:
        tail = _ACCORDING_TAIL.match(text, according.end(1))
        end = tail.end() if tail else according.end(1)
        return _described(text[according.start(1) : end], len(sentence.template))
    for match in _DESCRIPTION.finditer(text):
        after = text[match.end() : match.end() + 160]
        before = text[max(0, match.start() - 16) : match.start()]
        speaks = re.match(
            rf"(?:\s+who\b[^,.]*)?(?:,[^,]*,)?\s+(?:\w+\s+){{0,3}}?(?:{SPEECH})\b", after
        )
        if speaks or re.search(r"(?i)according\s+(?:to\s+)?$", before):
            verb = _BELIEF.search(speaks.group()) if speaks else None
            claimant = _described(match.group(1), len(sentence.template))
            return Claimant(None, claimant.text, verb_end=claimant.verb_end, hedge=_word(verb))
    return None


def _described(phrase: str, verb_end: int) -> Claimant:
    text = re.sub(r"(?i)\b(the)\s+the\b", r"\1", " ".join(phrase.split())).rstrip('.!?”"')
    return Claimant(None, text[:1].upper() + text[1:], verb_end=verb_end)


def _word(match: re.Match | None) -> str:
    return match.group().casefold() if match else ""


def claim_date(sentence: Sentence) -> DateRecord | None:
    """Return when the claim was made: a date right after the speech verb ("said Sunday"),
    else the timeline entry's or the document's date."""
    for mention in sentence.dates:
        head = sentence.text[: mention.span[0] - sentence.span[0]]
        if mention.date.start is not None and _SPEECH_JUST_BEFORE.search(head[-40:]):
            return mention.date
    return sentence.entry_date or sentence.anchor
