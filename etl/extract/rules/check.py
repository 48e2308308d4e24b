"""Run a rule on a text: the rows that rule makes there, rendered as short strings.

mention          "NFK -> Northern Front in Kessel" (surface -> entity)
relation         "Victor Ostrander member_of Shadow Force"
event report     "arrest 2007-07-13" (type, first day or "undated")
participant      "Coalition troops perpetrator"
event weapon     "Mortar"
claim            "Sylvania supports Northern Front (asserts)"
entity           "CNN ORG" (as written, label)
"""

from collections import defaultdict

from etl.extract.document import extract_document
from etl.extract.entities import text_entities
from etl.extract.gazetteer import Gazetteer
from etl.extract.text import paragraphs
from etl.records import DocumentRecord, EvidenceRecord, PartialDate
from etl.resolve import resolve_evidence

from .registry import DEFAULT_DATE, Rule


def outputs(rule: Rule, text: str, gazetteer: Gazetteer) -> list[str]:
    """Return the rows `rule` makes in a one-document text (dated DEFAULT_DATE)."""
    if rule.row == "entity":
        spans = paragraphs(text)
        hits = text_entities(text, spans, gazetteer)
        return [f"{hit.text} {hit.label}" for hit in hits if hit.rule == rule.id]
    evidence = resolve_evidence(extract_document(sample_document(text), gazetteer), gazetteer)
    return rows_by_rule(evidence).get(rule.id, [])


def sample_document(text: str) -> DocumentRecord:
    """Return a blog post whose body is the text, published on DEFAULT_DATE; a first
    paragraph "By <author>" is its byline, not its body."""
    body = paragraphs(text)
    byline = ""
    if body and text[body[0][0] : body[0][1]].startswith("By "):
        byline, body = text[body[0][0] : body[0][1]], body[1:]
    return DocumentRecord(
        key="doc:rule-example.txt",
        kind="blog_post",
        text=text,
        author="Ann Writer",
        byline=byline,
        publisher="The Sample Post",
        published=PartialDate(DEFAULT_DATE, "day", DEFAULT_DATE.isoformat()),
        body_spans=tuple(body),
    )


def rows_by_rule(evidence: EvidenceRecord) -> dict[str, list[str]]:
    """Return the rendered rows of an extraction, by the id of the rule that made them."""
    found: dict[str, list[str]] = defaultdict(list)
    for mention in evidence.mentions:
        found[mention.rule].append(f"{mention.surface} -> {mention.entity.name}")
    for relation in evidence.relations:
        found[relation.rule].append(
            f"{relation.subject.name} {relation.predicate} {relation.object.name}"
        )
    for event in evidence.events:
        day = event.date.start.isoformat() if event.date and event.date.start else "undated"
        for rule in (event.rule, *event.also_rules):
            found[rule].append(f"{event.event_type} {day}")
        for participant in event.participants:
            found[participant.rule].append(f"{participant.actor.name} {participant.role}")
        for weapon in event.weapons:
            found[weapon.rule].append(weapon.weapon.name)
    for claim in evidence.claims:
        found[claim.rule].append(
            f"{claim.subject.name} {claim.predicate} {claim.object.name} ({claim.stance})"
        )
    return found
