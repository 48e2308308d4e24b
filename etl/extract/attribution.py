"""Who says it, and how sure: claimants, stances and hedges of a sentence.

Claimant: "according to X", "X said", "said X", "he said" (the last person named before), a
description ("an American intelligence official", "two American officials and one Iraqi
official"), or else the document's author. Stance: a denial ("Iran denied", "continued to
deny") is `denies`, a doubt ("did not think it was likely", "doubt that") is `disputes`, a
hedge ("allegedly", "believed to", "suggests", "it was unclear whether") makes a claim
`uncertain`; "no doubt" and "despite repeated denials" do not weaken an assertion.
"""

import re
from dataclasses import dataclass

from etl.records import DateRecord, EntityRef, MentionRecord

from .sentence import Sentence

SPEECH = (
    r"said|says|say|told|tells|stated|states|added|adds|argued|argues|claimed|claims|insisted"
    r"|explained|noted|warned|believes|believe|maintains|maintained|asserted|asserts"
    r"|acknowledged|admitted|confirmed|confirms|reported|reports|indicated|indicates|suggested"
    r"|suggests|described|pointed out|points out|thinks|think|thought|stressed|denied|denies"
    r"|deny|disputed|disputes|doubts?|doubted|accused|accuses|alleged|alleges|concluded"
    r"|saying|stating|claiming|denying|insisting|arguing|accusing|alleging|stress"
)
_ACCORDING = re.compile(r"(?i)\baccording\s+(?:to\s+)?(?:the\s+)?(?:@\d+@['’]s\s+)?@(\d+)@")
_BEFORE_VERB = re.compile(
    rf"@(\d+)@(?:\s*,[^,]{{0,120}},)?,?\s+(?:(?:\w+)\s+){{0,3}}?(?:{SPEECH})\b"
)
_AFTER_VERB = re.compile(
    rf"\b(?:{SPEECH})\s+(?:(?:[A-Z][\w.]*|the)\s+){{0,4}}@(\d+)@(?=\s*(?:[,.;”\"]|$))"
)
_COORDINATED_VERB = re.compile(rf"@(\d+)@\s+\w+ed\b[^.;]{{0,120}}?,?\s+and\s+(?:{SPEECH})\b")
_PRONOUN = re.compile(rf"(?i)\b(?:he|she|they)\s+(?:\w+\s+){{0,2}}?(?:{SPEECH})\b")
_WHO = (
    r"(?:officials?|sources?|analysts?|spokes(?:man|woman|person)|general|commanders?"
    r"|officers?|diplomats?|experts?|reporters?|observers?|critics?|estimates?|documents?)"
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
_DENIAL = re.compile(r"(?i)\b(?:den(?:y|ies|ied|ying|ial|ials)|reject(?:s|ed)|refut(?:e|es|ed))\b")
_DESPITE = re.compile(
    r"(?i)\bdespite\s+(?:(?:strong|repeated|continued|official)\s+)*(?:@\d+@\s+)?denials?"
    r"(?:\s+by\s+(?:the\s+)?@\d+@)?"
)
_DOUBT = re.compile(
    r"(?i)\b(?:doubts?|doubted|doubtful|did not think|does not think|do not think|didn't think"
    r"|unlikely|skeptic\w*|questioned whether|never saw evidence|no evidence|not convinced)\b"
)
_NOT_DOUBT = re.compile(r"(?i)\b(?:no|without|little|beyond)\s+doubt\b")
_NEGATION = re.compile(r"(?i)\b(?:not|never|no longer|n't|no)\s+(?:\w+\s+){0,2}$")
_SPEECH_JUST_BEFORE = re.compile(rf"(?i)\b(?:{SPEECH})\s+(?:on\s+)?$")
HEDGES = re.compile(
    r"(?i)\b(?:allegedly|alleged|reportedly|believed to|is believed|are believed|suspected"
    r"|suggests?|suggesting|suggested|may|might|could|possibl[ey]|probabl[ey]|likely"
    r"|appears?|apparently|(?:it was |it is )?unclear whether|not clear|unclear"
    r"|would not speculate|refused to say whether|did not know|some degree of|perhaps"
    r"|seems?|potential|investigat(?:ing|ed|ion)|examining|questions? whether"
    r"|intentions? to|plans? to)\b"
)


@dataclass(frozen=True, slots=True)
class Claimant:
    """Who makes the claims of a sentence."""

    actor: EntityRef | None
    text: str
    is_author: bool = False
    verb_end: int = -1  # template offset just past the speech verb; -1 when unattributed


def find_claimant(sentence: Sentence, previous: EntityRef | None, author: str) -> Claimant:
    """Return the claimant of a sentence; `previous` is the last person named before it."""
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
        return Claimant(mention.entity, mention.surface, verb_end=match.end())
    pronoun = _PRONOUN.search(template)
    if pronoun is not None and previous is not None:
        return Claimant(previous, previous.name, verb_end=pronoun.end())
    return Claimant(None, author, is_author=True)


def _description(sentence: Sentence) -> Claimant | None:
    according = _ACCORDING_TEXT.search(sentence.text)
    if according is not None:
        text = " ".join(according.group(1).split())
        return Claimant(None, text[:1].upper() + text[1:], verb_end=len(sentence.template))
    for match in _DESCRIPTION.finditer(sentence.text):
        after = sentence.text[match.end() : match.end() + 160]
        before = sentence.text[max(0, match.start() - 16) : match.start()]
        speaks = re.match(
            rf"(?:\s+who\b[^,.]*)?(?:,[^,]*,)?\s+(?:\w+\s+){{0,3}}?(?:{SPEECH})\b", after
        )
        if speaks or re.search(r"(?i)according\s+(?:to\s+)?$", before):
            text = " ".join(match.group(1).split())
            return Claimant(None, text[:1].upper() + text[1:], verb_end=len(sentence.template))
    return None


def stance_of(template: str, trigger_start: int) -> str:
    """Return asserts, denies or disputes for a proposition whose trigger starts there."""
    head = _DESPITE.sub(" ", template[:trigger_start])
    head = _NOT_DOUBT.sub(" ", head)
    if _DOUBT.search(head):
        return "disputes"
    if _DENIAL.search(head) or _NEGATION.search(head[-40:]):
        return "denies"
    return "asserts"


def hedges_of(text: str) -> tuple[str, ...]:
    """Return the hedging words of a sentence, lower-cased, in order, once each."""
    text = _NOT_DOUBT.sub(" ", text)
    found = []
    for match in HEDGES.finditer(text):
        hedge = " ".join(match.group().casefold().split())
        if hedge not in found:
            found.append(hedge)
    return tuple(found)


def doubts_of(text: str) -> tuple[str, ...]:
    """Return the doubting phrases of a sentence ("did not think"), lower-cased."""
    text = _NOT_DOUBT.sub(" ", text)
    phrases = (" ".join(match.group().casefold().split()) for match in _DOUBT.finditer(text))
    return tuple(dict.fromkeys(phrases))


def despite_denial(sentence: Sentence) -> MentionRecord | None:
    """Return who denies in "despite strong denials by the Tehran government", if named."""
    match = _DESPITE.search(sentence.template)
    if match is None:
        return None
    numbers = re.findall(r"@(\d+)@", match.group())
    return sentence.actor(numbers[-1]) if numbers else None


def claim_date(sentence: Sentence) -> DateRecord | None:
    """Return when the claim was made: a date right after the speech verb ("said Sunday"),
    else the timeline entry's or the document's date."""
    for mention in sentence.dates:
        head = sentence.text[: mention.span[0] - sentence.span[0]]
        if mention.date.start is not None and _SPEECH_JUST_BEFORE.search(head[-40:]):
            return mention.date
    return sentence.entry_date or sentence.anchor
