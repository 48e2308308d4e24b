"""Relations between actors stated in a sentence, with the sentence as evidence.

Rules run over the sentence template ("@0@, the commander of @1@"):
appositions ("X, the commander of Y", "X - the arm of Y", "X, one of the three region
commanders of Y"), possessives ("Y's leader, X", "Y leader X", "X, Y spokesperson"), copulas
("X was a member of Y", "X is a Y agent", "X became the head of Y"), "X as a member of Y",
"Y and its Lebanese proxy, X", and units "subordinate to" others.
"""

import re

from etl.records import MentionRecord, RelationRecord

from .lexicons import mapping
from .sentence import Sentence

ROLES = mapping("relation_roles", "roles")
# A definite leader commands or leads; "a leader in", "one of the commanders of" is a member.
_ONE_AMONG = mapping("relation_roles", "among")
_ROLE = "(?P<role>(?i:" + "|".join(sorted(map(re.escape, ROLES), key=len, reverse=True)) + "))"
_X = r"(?P<x>@\d+@)"
_Y = r"(?:the\s+)?(?:@\d+@['’]s\s+)?(?P<y>@\d+@)"
_NOT_ADJ = r"(?:was|is|are|were|and|or|who|which|that|has|had|have|been|be|said|but|not)\b"
_ADJ = rf"(?:(?!@|{_NOT_ADJ})[\w'’.-]+\s+){{0,4}}?"
_SEP = r"\s*(?:,|–|—|--|\s-)\s*"
_ART = r"(?:(?P<art>the|a|an|one of the|one of|its)\s+)?"
_PREP = r"\s+(?:of|for|to|in|at|with|within|behind)\s+"
_COPULA = (
    r"(?:\s*,[^,]{0,80},)?\s+"
    r"(?:is|was|are|were|became|becomes|has been|had been|remains|served as|serves as)\s+"
)
# Each pattern with the id of its rule (etl/extract/rules).
_RULE_PATTERNS = [
    ("relation.apposition_role", rf"{_X}{_SEP}{_ART}{_ADJ}{_ROLE}{_PREP}{_Y}"),
    ("relation.copula_role", rf"{_X}{_COPULA}{_ART}{_ADJ}{_ROLE}{_PREP}{_Y}"),
    ("relation.copula_modifier", rf"{_X}{_COPULA}(?P<art>a|an|the)\s+{_ADJ}{_Y}\s+{_ADJ}{_ROLE}\b"),
    (
        "relation.apposition_modifier",
        rf"{_X}{_SEP}(?:(?P<art>a|an|the)\s+)?{_ADJ}{_Y}\s+{_ADJ}{_ROLE}\b",
    ),
    ("relation.as_role", rf"{_X}\s+as\s+{_ART}{_ADJ}{_ROLE}{_PREP}{_Y}"),
    (
        "relation.possessive_role",
        rf"(?P<y>@\d+@)['’]s\s+{_ADJ}{_ROLE}{_SEP}(?:(?:[A-Z][\w.]*\s+){{0,3}}){_X}",
    ),
    ("relation.title_role", rf"(?P<y>@\d+@)\s+{_ROLE}\s+(?:[A-Z][\w.]*\s+){{0,3}}{_X}"),
    (
        "relation.role_of_apposition",
        rf"\b[Tt]he\s+{_ADJ}{_ROLE}{_PREP}{_Y}{_SEP}(?:(?:[A-Z][\w.]*\s+){{0,3}}){_X}",
    ),
    (
        "relation.its_role",
        rf"(?P<y>@\d+@),?\s+and\s+its\s+(?:@\d+@\s+)?{_ADJ}{_ROLE},?\s+(?:the\s+)?"
        rf"(?:[A-Z][\w.]*\s+)?{_X}",
    ),
    (
        "relation.subordinate_to",
        rf"{_X}{_SEP}{_ART}{_ADJ}(?P<role>units?|arm|branch)\s+subordinate\s+to\s+{_Y}",
    ),
]
_RULES = [(rule, re.compile(pattern)) for rule, pattern in _RULE_PATTERNS]
_PART_OF_CHAIN = re.compile(r"(?P<x>@\d+@)\s+of\s+the\s+(?P<y>@\d+@)")
_ORGANIZATIONS = {"military_unit", "armed_group", "intelligence_service", "government_body"}


def find_relations(sentence: Sentence) -> list[RelationRecord]:
    """Return the relations a sentence states, once each (subject, predicate, object)."""
    if len(sentence.actors) < 2:
        return []
    found: dict[tuple, RelationRecord] = {}
    for rule, pattern in _RULES:
        for match in pattern.finditer(sentence.template):
            record = _relation(sentence, match, rule)
            if record is not None:
                found.setdefault(_identity(record), record)
    for match in _PART_OF_CHAIN.finditer(sentence.template):
        record = _unit_chain(sentence, match)
        if record is not None:
            found.setdefault(_identity(record), record)
    return list(found.values())


def _relation(sentence: Sentence, match: re.Match, rule: str) -> RelationRecord | None:
    subject, target = sentence.actor(match.group("x")), sentence.actor(match.group("y"))
    role = " ".join(match.group("role").casefold().split())
    predicate = ROLES.get(role, "part_of")
    article = (match.groupdict().get("art") or "").casefold()
    if article in ("a", "an", "one of the", "one of") or role.endswith("s"):
        predicate = _ONE_AMONG.get(predicate, predicate)
    if predicate == "part_of" and subject.entity.kind == "person":
        predicate = "member_of"
    return _record(sentence, subject, predicate, target, rule)


def _unit_chain(sentence: Sentence, match: re.Match) -> RelationRecord | None:
    # "the Ramazan Corps of the Qods Force": a unit named as part of another.
    subject, target = sentence.actor(match.group("x")), sentence.actor(match.group("y"))
    if {subject.entity.kind, target.entity.kind} <= _ORGANIZATIONS:
        return _record(sentence, subject, "part_of", target, "relation.unit_chain")
    return None


def _record(
    sentence: Sentence, subject: MentionRecord, predicate: str, target: MentionRecord, rule: str
) -> RelationRecord | None:
    if subject.entity.ident == target.entity.ident:
        return None
    return RelationRecord(
        subject.entity, predicate, target.entity, sentence.span, subject.span, target.span, rule
    )


def _identity(record: RelationRecord) -> tuple:
    return (record.subject.ident, record.predicate, record.object.ident)
