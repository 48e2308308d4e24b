"""Claims: subject-predicate-object propositions about actors, with claimant and stance.

Propositions are found over the sentence template: a predicate word (supports, funds, arms,
trains, directs, shelters, cooperates with, is linked to, influences, commands) with its
subject on the left ("Iran is supporting X", "Iran's support of X", "they had any links to
X") and its objects on the right ("... X, Y, and Z"); passives ("X trained, armed, and
funded by Y"); and compounds ("Iranian-backed X"). Attributed membership and command
statements ("Petraeus stated that X is a Qods Force agent") are claims too.
"""

import re

from etl.records import ClaimRecord, EntityRef, MentionRecord

from .arguments import PREDICATE, PRONOUN, objects_of, subjects_of
from .attribution import (
    Claimant,
    claim_date,
    despite_denial,
    doubts_of,
    find_claimant,
    hedges_of,
    stance_of,
)
from .relations import find_relations
from .sentence import PLACEHOLDER, Sentence

_COMPOUND = {
    "backed": "supports",
    "supported": "supports",
    "sponsored": "supports",
    "funded": "funds",
    "trained": "trains",
    "armed": "arms",
    "directed": "directs",
    "controlled": "directs",
}
_COMPOUND_RE = re.compile(r"@(\d+)@-(" + "|".join(_COMPOUND) + r")\b")
_PASSIVE_BY = re.compile(
    r"\s*(?:,\s*(?:and\s+)?\w+(?:ed)?\s*)*,?\s*(?:and\s+\w+\s+)?(?:by|from)\s+(?:the\s+)?"
)
_RELATION_CLAIMS = {"member_of": "member_of", "agent_of": "member_of", "commands": "commands"}


def find_claims(
    sentence: Sentence, previous: EntityRef | None, *, author: str, publisher: str
) -> list[ClaimRecord]:
    """Return the claims of one sentence, one per subject, predicate and object.

    `previous` is the last person named before the sentence ("he said"); the author and
    publisher are the claimant and relay of unattributed claims, the relay of the others.
    """
    if len(sentence.actors) < 2 and not PRONOUN.search(sentence.template):
        return []
    if sentence.text.rstrip("\"”’' )").endswith("?"):
        return []  # a question asserts nothing
    claimant = find_claimant(sentence, previous, author or publisher)
    relay = publisher if claimant.is_author else ", ".join(filter(None, (author, publisher)))
    found: dict[tuple, ClaimRecord] = {}
    for subject, predicate, target, where in _propositions(sentence, claimant):
        stance = stance_of(sentence.template, where)
        record = _claim(sentence, claimant, relay, subject, predicate, target, stance)
        found.setdefault((subject.span, predicate, target.span), record)
    denier = despite_denial(sentence)
    for record in list(found.values()):
        if denier is not None and record.stance == "asserts":
            denial = _denial(sentence, denier, record, relay)
            found.setdefault((record.subject_span, record.predicate, record.object_span, 1), denial)
    return list(found.values())


def _propositions(sentence: Sentence, claimant: Claimant):
    template = sentence.template
    for match in PREDICATE.finditer(template):
        if template[match.end() : match.end() + 1] == "-":
            continue  # "Iranian-backed" is a compound, read below
        predicate = match.lastgroup
        by = _PASSIVE_BY.match(template, match.end())
        if by is not None and PLACEHOLDER.match(template, by.end()):
            subjects = objects_of(sentence, by.end())
            targets = subjects_of(sentence, match.start(), claimant)
        else:
            subjects = subjects_of(sentence, match.start(), claimant)
            targets = objects_of(sentence, match.end())
        for subject in subjects:
            for target in targets:
                yield subject, predicate, target, match.start()
    for match in _COMPOUND_RE.finditer(template):
        subject = sentence.actor(match.group(1))
        for target in objects_of(sentence, match.end()):
            yield subject, _COMPOUND[match.group(2)], target, match.start()
    if not claimant.is_author:
        for relation in find_relations(sentence):
            if relation.predicate in _RELATION_CLAIMS and relation.subject != claimant.actor:
                subject = _mention_at(sentence, relation.subject_span)
                target = _mention_at(sentence, relation.object_span)
                yield subject, _RELATION_CLAIMS[relation.predicate], target, len(template)


def _mention_at(sentence: Sentence, span) -> MentionRecord:
    return next(mention for mention in sentence.actors if mention.span == span)


def _claim(
    sentence: Sentence,
    claimant: Claimant,
    relay: str,
    subject: MentionRecord,
    predicate: str,
    target: MentionRecord,
    stance: str,
) -> ClaimRecord:
    hedges = hedges_of(sentence.text)
    if stance == "disputes":
        hedges = doubts_of(sentence.text) + hedges
    elif stance == "asserts" and hedges:
        stance = "uncertain"
    return ClaimRecord(
        subject=subject.entity,
        predicate=predicate,
        object=target.entity,
        stance=stance,
        span=sentence.span,
        subject_span=subject.span,
        object_span=target.span,
        claimant=claimant.actor,
        claimant_text=claimant.text,
        relayed_by=relay,
        hedges=hedges,
        claim_date=claim_date(sentence),
    )


def _denial(
    sentence: Sentence, denier: MentionRecord, claim: ClaimRecord, relay: str
) -> ClaimRecord:
    return ClaimRecord(
        subject=claim.subject,
        predicate=claim.predicate,
        object=claim.object,
        stance="denies",
        span=sentence.span,
        subject_span=claim.subject_span,
        object_span=claim.object_span,
        claimant=denier.entity,
        claimant_text=denier.surface,
        relayed_by=relay,
        claim_date=claim.claim_date,
        kind="counter",
    )
