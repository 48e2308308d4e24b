"""Check a file's records before anything is written: an empty list means it may load.

Documents (the file, its dossier rows, its comments) and what was extracted from them alike:
lengths that fit the columns, dates in range, every span inside its document's text, every
word from a fixed vocabulary (kinds, types, roles, predicates, stances) among the choices of
the model that stores it.
"""

from collections.abc import Iterator, Sequence
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from apps.actors.models import ActorKind, RelationType
from apps.claims.models import Predicate, Stance
from apps.comments.models import CommentKind
from apps.common.models import DatePrecision
from apps.documents.models import DocumentKind
from apps.events.models import EventType, ParticipantRole
from etl.records import CommentRecord, DateRecord, DocumentRecord, EvidenceRecord, Problem, Span

LIMITS = {"title": 500, "author": 255, "publisher": 255, "url": 1000, "key": 255}
COMMENT_LIMITS = {"author": 255, "title": 500, "addressed_to": 255, "reply_cue": 500}
COMMENT_LIMITS |= {"posted_text": 255, "key": 255}
EARLIEST = date(1800, 1, 1)
ENTITIES = frozenset({"actor", "weapon", "place"})
_URL = URLValidator()

Word = tuple[str, str, str, type | frozenset]  # (what, field, value, choices or allowed set)


def validate(
    document: DocumentRecord,
    evidence: Sequence[EvidenceRecord] = (),
    *,
    source: str,
    today: date | None = None,
) -> list[Problem]:
    """Return every problem of the document, its dossier rows, its comments and its evidence
    (one EvidenceRecord for the document, then one per dossier row, as extracted)."""
    today = today or date.today()
    problems = _document(document, source, today)
    positions = [row.position for row in document.rows]
    if positions != list(range(1, len(positions) + 1)):
        problems.append(Problem(source, "dossier rows are not numbered 1..n", "rows"))
    for row in document.rows:
        problems += _document(row, source, today)
    problems += _comments(document, source)
    if evidence:
        problems += _evidence_of(document, evidence, source)
    return problems


def _document(document: DocumentRecord, source: str, today: date) -> list[Problem]:
    where = document.key or "document"
    problems = []
    if not document.key:
        problems.append(Problem(source, "blank key", "key"))
    for name, limit in LIMITS.items():
        if len(getattr(document, name)) > limit:
            problems.append(Problem(source, f"{where}: {name} longer than {limit}", name))
    if document.url:
        try:
            _URL(document.url)
        except ValidationError:
            problems.append(Problem(source, f"{where}: invalid url {document.url!r}", "url"))
    if document.published and not EARLIEST <= document.published.value <= today:
        text = document.published.text
        problems.append(Problem(source, f"{where}: date out of range: {text!r}", "published"))
    words: list[Word] = [("", "kind", document.kind, DocumentKind)]
    if document.published:
        words.append(("published", "precision", document.published.precision, DatePrecision))
    problems += _vocabulary(words, source, where)
    for span in document.body_spans:
        problems += _span(span, document.text, source, f"{where} body span")
    return problems


def _comments(document: DocumentRecord, source: str) -> list[Problem]:
    problems = []
    keys = [comment.key for comment in document.comments]
    if len(set(keys)) != len(keys):
        problems.append(Problem(source, "duplicate comment keys", "comments"))
    for index, comment in enumerate(document.comments, start=1):
        problems += _comment(comment, index, document.text, source)
    return problems


def _comment(comment: CommentRecord, index: int, text: str, source: str) -> list[Problem]:
    where = f"comment {comment.position}"
    problems = []
    if comment.position != index or not comment.key:
        problems.append(Problem(source, f"{where}: position or key out of order", "comments"))
    for name, limit in COMMENT_LIMITS.items():
        if len(getattr(comment, name)) > limit:
            problems.append(Problem(source, f"{where}: {name} longer than {limit}", name))
    target = comment.reply_to_position
    if target is not None and not 1 <= target < comment.position:
        problems.append(Problem(source, f"{where}: replies to a later comment", "reply_to"))
    problems += _vocabulary([("", "kind", comment.kind, CommentKind)], source, where)
    for span in (comment.span, *comment.body_spans):
        problems += _span(span, text, source, where)
    return problems


def _evidence_of(
    document: DocumentRecord, evidence: Sequence[EvidenceRecord], source: str
) -> list[Problem]:
    documents = (document, *document.rows)
    if [item.document_key for item in evidence] != [doc.key for doc in documents]:
        return [Problem(source, "evidence does not match the document and its rows", "evidence")]
    problems = []
    for item, doc in zip(evidence, documents, strict=True):
        for what, span in _spans(item):
            problems += _span(span, doc.text, source, f"{doc.key} {what}")
        problems += _vocabulary(_words(item), source, doc.key)
    return problems


def _spans(evidence: EvidenceRecord) -> Iterator[tuple[str, Span]]:
    for mention in evidence.mentions:
        yield "mention", mention.span
    for relation in evidence.relations:
        for span in (relation.span, relation.subject_span, relation.object_span):
            yield "relation", span
    for event in evidence.events:
        for span in (event.span, *event.also):
            yield "event report", span
        for participant in event.participants:
            yield "event participant", participant.span
        for weapon in event.weapons:
            yield "event weapon", weapon.span
    for claim in evidence.claims:
        for span in (claim.span, claim.subject_span, claim.object_span):
            yield "claim", span


def _words(evidence: EvidenceRecord) -> Iterator[Word]:
    for actor in evidence.new_actors:
        yield f"actor {actor.name!r}", "kind", actor.kind, ActorKind
    for mention in evidence.mentions:
        yield "mention", "entity", mention.entity.entity, ENTITIES
    for relation in evidence.relations:
        yield "relation", "predicate", relation.predicate, RelationType
    for event in evidence.events:
        yield "event", "type", event.event_type, EventType
        yield from _date_words("event", event.date)
        for participant in event.participants:
            yield "event participant", "role", participant.role, ParticipantRole
    for claim in evidence.claims:
        yield "claim", "predicate", claim.predicate, Predicate
        yield "claim", "stance", claim.stance, Stance
        yield from _date_words("claim", claim.claim_date)


def _date_words(what: str, found: DateRecord | None) -> Iterator[Word]:
    if found is not None and found.start is not None:
        yield what, "date precision", found.precision, DatePrecision


def _vocabulary(words: Iterator[Word] | list[Word], source: str, where: str) -> list[Problem]:
    problems = []
    for what, name, value, allowed in words:
        values = allowed if isinstance(allowed, frozenset) else frozenset(allowed.values)
        if value not in values:
            label = f"{where} {what}".strip()
            message = f"{label}: {name} {value!r} is not one of {', '.join(sorted(values))}"
            problems.append(Problem(source, message, name))
    return problems


def _span(span: Span, text: str, source: str, where: str) -> list[Problem]:
    start, end = span
    if not 0 <= start < end <= len(text):
        return [Problem(source, f"{where}: span {span} outside the text", "span")]
    return []
