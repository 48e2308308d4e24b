"""Run every extractor over one document and its dossier rows (pure: records in, records out)."""

from etl import budget
from etl.records import CommentRecord, DocumentRecord, EntityRef, EvidenceRecord, Span

from .claims import find_claims
from .discourse import Discourse
from .events import find_events
from .gazetteer import Gazetteer
from .heading import byline_authors, heading_spans
from .mentions import find_comment_mentions, find_mentions
from .relations import find_relations
from .segments import body_paragraphs, document_sentences


def extract_evidence(document: DocumentRecord, gazetteer: Gazetteer) -> tuple[EvidenceRecord, ...]:
    """Return the evidence of a document, then of each of its dossier rows, in order."""
    return (
        extract_document(document, gazetteer),
        *(extract_document(row, gazetteer) for row in document.rows),
    )


def extract_document(document: DocumentRecord, gazetteer: Gazetteer) -> EvidenceRecord:
    """Return what one document's own text says (its rows are extracted separately)."""
    spans = body_paragraphs(document)
    heading = heading_spans(document)
    found = find_mentions(
        document.text,
        spans,
        gazetteer,
        context=document.title,
        heading=heading,
        authors=byline_authors(document, heading),
    )
    sentences = document_sentences(document, spans, list(found.mentions))
    relations = []
    claims = []
    discourse = Discourse(author_label(document), document.publisher, _state_of(gazetteer))
    for sentence in sentences:
        budget.check()
        relations += find_relations(sentence)
        claims += find_claims(sentence, discourse.context(sentence))
        discourse.after(sentence)
    comment_mentions = tuple(
        mention
        for comment in document.comments
        for span in comment_body(document.text, comment)
        for mention in find_comment_mentions(document.text, span, gazetteer, comment.key)
    )
    return EvidenceRecord(
        document_key=document.key,
        new_actors=found.new_actors,
        mentions=found.mentions + comment_mentions,
        relations=tuple(relations),
        events=tuple(find_events(sentences, gazetteer)),
        claims=tuple(claims),
    )


def _state_of(gazetteer: Gazetteer):
    def state_of(place: EntityRef) -> EntityRef | None:
        actor = gazetteer.lookup(place.name, "actor")
        return actor if actor is not None and actor.kind == "state" else None

    return state_of


def author_label(document: DocumentRecord) -> str:
    """Return who speaks in a document's own voice: its author, else its publisher or title."""
    if document.author or document.publisher:
        return document.author
    return f"Author of “{document.title}”" if document.title else ""


def comment_body(text: str, comment: CommentRecord) -> tuple[Span, ...]:
    """Return the spans of the comment's body: its lines, else its span after the header."""
    if comment.body_spans:
        return comment.body_spans
    start, end = comment.span
    line_end = text.find("\n", start, end)
    if comment.author and line_end > 0 and comment.author in text[start:line_end]:
        return ((line_end, end),)
    return ((start, end),)
