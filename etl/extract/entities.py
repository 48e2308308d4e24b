"""The named entities of a document's text: gazetteer entities, and those only the NER finds.

A name the gazetteer knows comes with its entry (rule `entity.gazetteer`), at the offsets the
loader's mentions use. What the statistical NER finds besides (rule `entity.ner`) keeps its
label (PERSON, ORG, NORP, GPE, LOC, FAC, PRODUCT, EVENT) and no entry; dates, numbers and
amounts are dropped, and so are pronouns, lower-case handles ("grognard"), addresses and
one-letter names. A PERSON or ORG entity also says which kind of actor it names (named.py:
"" when it names none), and is trimmed of a leading article, titles and a possessive ("the
Los Angeles Times" -> "Los Angeles Times"). The mention rules read these (mentions.py).

The ruler sets the gazetteer's names before the NER runs, so a longer name that holds one
("Kataib Hezbollah", "the Iraqi Foreign Ministry") reaches the NER cut; `compound_names`
joins such a name back: the capitalized words the parse attaches to a known name as parts
of one proper noun, with the head noun of an organisation.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan

from etl.records import DocumentRecord, EntityRef, Span

from .gazetteer import Gazetteer
from .named import entity_kind, trim_entity
from .nlp import Parse, parse_spans, pipeline
from .ruler import LABELS, RULER, SPANS_KEY
from .segments import body_paragraphs

KEPT_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"})
_NOT_A_NAME = re.compile(r"@|https?:|www\.|^\W|\d{3,}(?!st|nd|rd|th)")


@dataclass(frozen=True, slots=True)
class EntityHit:
    """A named entity of the text: where, as written, its label and, when known, its entry."""

    span: Span
    text: str
    label: str  # ACTOR/WEAPON/PLACE for gazetteer names, else the NER label
    ref: EntityRef | None
    rule: str  # "entity.gazetteer" or "entity.ner"
    kind: str = ""  # for NER names: the actor kind they name ("" for none)


def document_entities(document: DocumentRecord, gazetteer: Gazetteer) -> list[EntityHit]:
    """Return the entities of a document's body paragraphs (comments left out), in order."""
    return text_entities(document.text, body_paragraphs(document), gazetteer)


def text_entities(text: str, spans: Iterable[Span], gazetteer: Gazetteer) -> list[EntityHit]:
    """Return the entities of text[span] for each span, in text order."""
    parses = parse_spans(text, spans, gazetteer)
    refs = pipeline().get_pipe(RULER).refs
    found = [hit for parse in parses for hit in _hits(parse, refs)]
    return sorted(found, key=lambda hit: hit.span)


def _hits(parse: Parse, refs: dict[str, EntityRef]) -> list[EntityHit]:
    text = parse.doc.text  # built anew at each access: once per parse, not once per name
    hits = [
        _known(parse, text, start, end, refs[ident])
        for start, end, ident in parse.doc.user_data.get(SPANS_KEY, ())
    ]
    known = set(LABELS.values())
    for entity in parse.doc.ents:
        if entity.label_ not in known and _kept(entity):
            hits.append(_unknown(parse, entity))
    return hits


def _unknown(parse: Parse, entity: SpacySpan) -> EntityHit:
    trimmed = trim_entity(entity) if entity.label_ in ("PERSON", "ORG") else entity
    kind = entity_kind(trimmed) if trimmed is not None else ""
    shown = trimmed if kind else entity
    start = parse.start + shown.start_char
    span = (start, start + len(shown.text))
    return EntityHit(span, shown.text, shown.label_, None, "entity.ner", kind)


def _known(parse: Parse, text: str, start: int, end: int, ref: EntityRef) -> EntityHit:
    span = (parse.start + start, parse.start + end)
    return EntityHit(span, text[start:end], LABELS[ref.entity], ref, "entity.gazetteer")


def _kept(entity: SpacySpan) -> bool:
    if entity.label_ not in KEPT_LABELS or _NOT_A_NAME.search(entity.text):
        return False
    if any(token.pos_ == "PRON" for token in entity):
        return False
    letters = [char for char in entity.text if char.isalpha()]
    return len(letters) > 1 and any(char.isupper() for char in letters)
