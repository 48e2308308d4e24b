"""Check a parsed document before anything is written: empty list means it may load."""

from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from etl.records import CommentRecord, DocumentRecord, Problem, Span

LIMITS = {"title": 500, "author": 255, "publisher": 255, "url": 1000, "key": 255}
COMMENT_LIMITS = {"author": 255, "title": 500, "addressed_to": 255, "reply_cue": 500}
COMMENT_LIMITS |= {"posted_text": 255, "key": 255}
EARLIEST = date(1800, 1, 1)
_URL = URLValidator()


def validate(document: DocumentRecord, *, source: str, today: date | None = None) -> list[Problem]:
    """Return every problem of the document, its dossier rows and its comments."""
    today = today or date.today()
    problems = _document(document, source, today)
    positions = [row.position for row in document.rows]
    if positions != list(range(1, len(positions) + 1)):
        problems.append(Problem(source, "dossier rows are not numbered 1..n", "rows"))
    for row in document.rows:
        problems += _document(row, source, today)
    problems += _comments(document, source)
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
    for span in (comment.span, *comment.body_spans):
        problems += _span(span, text, source, where)
    return problems


def _span(span: Span, text: str, source: str, where: str) -> list[Problem]:
    start, end = span
    if not 0 <= start < end <= len(text):
        return [Problem(source, f"{where}: span {span} outside the text", "span")]
    return []
