"""How sure a claim is: stance (asserts, denies, disputes) and hedges, within a scope.

A denial ("Iran denied", "continued to deny", "could never cooperate") is `denies`, a doubt
("did not think it was likely", "doubt that") is `disputes`, a hedge ("allegedly", "believed
to", "suggests", "it was unclear whether") makes an assertion `uncertain`; "no doubt" and
"despite repeated denials" do not weaken it. Stance and hedges are read in the proposition's
own scope: from the frame that introduces it (or the sentence start) to the end of its clause,
so "The judgment that X hosts Y is likely to draw criticism" does not hedge the hosting.
"""

import re

from etl.records import MentionRecord

from .lexicons import alternation, words
from .sentence import Sentence

_DENIAL = re.compile(rf"(?i)\b(?:{alternation(words('negations', 'denial_words'))})\b")
_DESPITE = re.compile(
    rf"(?i)\bdespite\s+(?:(?:{alternation(words('negations', 'denial_intensifiers'))})\s+)*"
    r"(?:@\d+@\s+)?denials?"
    r"(?:\s+by\s+(?:the\s+)?@\d+@)?"
)
_DOUBTS = "|".join((alternation(words("doubts", "phrases")), *words("doubts", "patterns")))
_DOUBT = re.compile(rf"(?i)\b(?:{_DOUBTS})\b")
_NOT_DOUBT = re.compile(rf"(?i)\b(?:{alternation(words('doubts', 'not_doubt_before'))})\s+doubt\b")
_NEGATIONS = alternation(words("negations", "negations"))
_NEGATION = re.compile(rf"(?i)\b(?:{_NEGATIONS})\s+(?:\w+\s+){{0,2}}$")
_NOMINAL_NEGATION = re.compile(
    rf"(?i)\b(?:{_NEGATIONS})\s+(?:(?:{alternation(words('negations', 'nominal_fillers'))})\s+)"
    r"{0,2}$"
)
# A modal that carries a negation ("could never", "would not") denies; it does not hedge.
_NEGATED_MODAL = re.compile(
    rf"(?i)\b(?:{alternation(words('hedges', 'negated_modals'))})\s+(?:not|never)\b"
)
HEDGES = re.compile(rf"(?i)\b(?:{alternation(words('hedges', 'phrases'))})\b")
# Where the clause of a subject that-clause ends: "The judgment that X hosts Y | is likely".
_MATRIX_VERB = re.compile(
    r"(?i)\b(?:is|was|are|were|will|would|could|may|might|has been|have been)\b"
)
# A fronted subordinate clause ends at its comma: "While X supports Y, | Z is murkier".
_FRONTED = re.compile(r"(?i)^\W*(?:while|although|though|whereas|even though)\b[^,;]*,")


def stance_of(
    template: str, trigger_start: int, scope_start: int = 0, nominal: bool = False
) -> str:
    """Return asserts, denies or disputes for a proposition whose trigger starts there.

    A noun predicate is negated only by "no links", "not have any ties": "may not explain
    the connection" does not deny the connection.
    """
    head = _DESPITE.sub(" ", template[scope_start:trigger_start])
    head = _NOT_DOUBT.sub(" ", head)
    if _DOUBT.search(head):
        return "disputes"
    negation = _NOMINAL_NEGATION if nominal else _NEGATION
    if _DENIAL.search(head) or negation.search(head[-40:]):
        return "denies"
    return "asserts"


def scope_end(template: str, object_end: int, subject_clause: bool) -> int:
    """Return where a proposition's clause ends: a semicolon, the comma closing a fronted
    "While ..." clause, or the verb of the sentence whose subject the clause is ("The
    judgment that ... | is likely")."""
    end = template.find(";", object_end)
    end = len(template) if end < 0 else end
    fronted = _FRONTED.match(template)
    if fronted is not None and object_end <= fronted.end():
        end = min(end, fronted.end())
    if subject_clause:
        matrix = _MATRIX_VERB.search(template, object_end, end)
        end = matrix.start() if matrix else end
    return end


def hedges_of(text: str) -> tuple[str, ...]:
    """Return the hedging words of a text, lower-cased, in order, once each."""
    text = _NEGATED_MODAL.sub(" ", _NOT_DOUBT.sub(" ", text))
    found = []
    for match in HEDGES.finditer(text):
        hedge = " ".join(match.group().casefold().split())
        if hedge not in found:
            found.append(hedge)
    return tuple(found)


def doubts_of(text: str) -> tuple[str, ...]:
    """Return the doubting phrases of a text ("did not think"), lower-cased."""
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
