"""Propositions about a pair: "the relationship between X and Y", "links between X and Y".

A relationship, link, tie, connection or contact between two actors says they are linked; a
cooperation, collaboration or collusion says they cooperate. How the sentence describes the
relationship sets the stance: "is a hostile one" denies that they cooperate, "is close"
asserts it. "the Sunni insurgent group, al-Qaeda in Iraq," names the group by its apposition;
"..., particularly Z" adds Z. "Between the groups", "between these groups", "between the two"
stand for the last pair of the paragraph (kept by the caller).
"""

import re
from dataclasses import dataclass

from etl.records import MentionRecord

from .lexicons import alternation, predicate_words
from .sentence import Sentence

_NOUNS = predicate_words("nouns")
_PAIR = re.compile(
    rf"(?i)\b(?:(?P<linked_to>{alternation(_NOUNS['linked_to'])})"
    rf"|(?P<cooperates_with>{alternation(_NOUNS['cooperates_with'])}))"
    r"\s+(?:[\w-]+\s+){0,2}?between\s+"
    r"(?:(?P<anaphor>(?:the|these|those|both)\s+(?:two\s+)?(?:groups|organizations|movements"
    r"|sides|parties|actors|countries|states|regimes|networks)|the\s+two|them)\b"
    r"|(?:the\s+)?(?:[\w'’-]+\s+){0,3}?@(?P<a>\d+)@(?:\s+[a-z][\w-]*)?\s+and\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?@(?P<b>\d+)@)"
)
_APPOSITION = re.compile(r"(?:\s+[a-z][\w-]*)?\s*,\s*(?:the\s+)?@(\d+)@(?=\s*,)\s*,?")
_PARTICULARLY = re.compile(
    r"(?:\s+[a-z][\w-]*)?\s*,?\s*(?:particularly|especially|notably|in\s+particular|above\s+all)\s+(?:the\s+)?"
    r"@(\d+)@"
)
_EVALUATION = re.compile(
    r"(?i)(?:\s+[a-z][\w-]*)?\s*,?\s*(?:is|was|are|were|has\s+been|have\s+been|had\s+been"
    r"|remains?|remained)\s+(?P<words>(?:(?:a|an|one|of|very|deeply|largely|mostly|generally"
    r"|often|quite|increasingly|essentially|always|never|not|at|best)\s+)*)(?P<tone>[\w-]+)"
)
HOSTILE = frozenset(
    "hostile adversarial antagonistic tense strained fraught bitter poisonous cold distant "
    "nonexistent non-existent competitive".split()
)
CLOSE = frozenset(
    "close cooperative friendly warm cordial strong symbiotic long-standing longstanding deep "
    "operational extensive good".split()
)

Pair = tuple[MentionRecord, MentionRecord]


@dataclass(frozen=True, slots=True)
class PairProposition:
    """A proposition about a pair: its predicate, where it starts, and a stance if stated."""

    subject: MentionRecord
    predicate: str
    object: MentionRecord
    where: int
    stance: str | None = None  # None: read from the sentence as for any predicate


def pair_propositions(sentence: Sentence, last: list[Pair]) -> list[PairProposition]:
    """Return the pair propositions of a sentence; `last` is the paragraph's last pairs."""
    found = []
    for match in _PAIR.finditer(sentence.template):
        pairs, end = _pairs(sentence, match, last)
        noun = "linked_to" if match.group("linked_to") else "cooperates_with"
        predicate, stance = _judged(sentence.template, end, noun)
        found += [PairProposition(a, predicate, b, match.start(), stance) for a, b in pairs]
    return found


def named_pairs(sentence: Sentence) -> list[Pair]:
    """Return the pairs a sentence names ("between X and Y"), for the sentences after it."""
    pairs = []
    for match in _PAIR.finditer(sentence.template):
        if not match.group("anaphor"):
            pairs += _pairs(sentence, match, [])[0]
    return pairs


def _pairs(sentence: Sentence, match: re.Match, last: list[Pair]) -> tuple[list[Pair], int]:
    if match.group("anaphor"):
        return list(last), match.end()
    first, second = sentence.actor(match.group("a")), sentence.actor(match.group("b"))
    end = match.end()
    apposition = _APPOSITION.match(sentence.template, end)
    if apposition is not None and second.entity.kind == "group":
        second, end = sentence.actor(apposition.group(1)), apposition.end()
    pairs = [(first, second)]
    particularly = _PARTICULARLY.match(sentence.template, end)
    if particularly is not None:
        pairs.append((first, sentence.actor(particularly.group(1))))
        end = particularly.end()
    return pairs, end


def _judged(template: str, end: int, noun_predicate: str) -> tuple[str, str | None]:
    evaluation = _EVALUATION.match(template, end)
    if evaluation is None:
        return noun_predicate, None
    tone = evaluation.group("tone").casefold()
    negated = bool(re.search(r"\b(?:not|never)\b", evaluation.group("words")))
    if tone in HOSTILE:
        return "cooperates_with", "asserts" if negated else "denies"
    if tone in CLOSE:
        return "cooperates_with", "denies" if negated else "asserts"
    return noun_predicate, None
