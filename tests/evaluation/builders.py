"""Build gold documents and snapshots by hand for the matching rules' tests (no database)."""

import copy
from pathlib import Path

from apps.common.text import normalize_name
from etl.evaluation.corpus import Annotated
from etl.evaluation.gold import parse_gold
from etl.evaluation.locate import locate
from etl.evaluation.snapshot import (
    Snapshot,
    Span,
    StoredClaim,
    StoredComment,
    StoredDocument,
    StoredEntity,
    StoredEvent,
    StoredMention,
    StoredReport,
)

EMPTY_GOLD = {
    "id": "doc",
    "header": {
        "title": None,
        "author": None,
        "publisher": None,
        "published": None,
        "kind": "other",
    },
    "comments": [],
    "actors": [],
    "weapons": [],
    "events": [],
    "claims": [],
}


def gold_data(**parts: object) -> dict:
    """Return a schema-valid gold annotation with these top-level parts replaced."""
    data = copy.deepcopy(EMPTY_GOLD)
    data.update(copy.deepcopy(parts))
    return data


def annotated(**parts: object) -> Annotated:
    data = gold_data(**parts)
    path = Path(f"{data['id']}.json")
    return Annotated(parse_gold(data), path, path.with_suffix(".txt"))


def document(
    text: str, *, pk: int = 1, file_id: str = "doc", parent: int | None = None, **fields
) -> StoredDocument:
    values = {
        "title": "",
        "author": "",
        "publisher": "",
        "published_on": None,
        "published_precision": "",
        "kind": "other",
    } | fields
    return StoredDocument(pk=pk, file_id=file_id, parent=parent, text=text, **values)


def span(doc: StoredDocument, quote: str, occurrence: int = 1) -> Span:
    """Return the span of `quote` in the document's text (it must be there)."""
    found = locate(quote, doc.text, occurrence)
    assert found is not None, quote
    return Span(doc.pk, found[0], found[1], doc.text[found[0] : found[1]])


def entity(pk: int, name: str, kind: str = "other", *aliases: str) -> StoredEntity:
    return StoredEntity(pk, name, kind, frozenset(normalize_name(n) for n in (name, *aliases)))


def mention(pk: int, where: Span, *, in_comment: bool = False) -> StoredMention:
    return StoredMention(entity=pk, span=where, in_comment=in_comment)


def comment(
    pk: int,
    where: Span,
    position: int,
    author: str,
    reply_to: int | None = None,
    kind: str = "comment",
) -> StoredComment:
    return StoredComment(
        pk=pk, span=where, position=position, author=author, kind=kind, reply_to=reply_to
    )


def event(pk: int, event_type: str = "raid", **fields) -> StoredEvent:
    values = {
        "date_start": None,
        "date_end": None,
        "date_precision": "",
        "place": None,
        "counts": (None, None, None, None),
        "participants": (),
        "weapons": (),
    } | fields
    return StoredEvent(pk=pk, type=event_type, **values)


def report(event_pk: int, where: Span) -> StoredReport:
    return StoredReport(event=event_pk, span=where)


def claim(pk: int, where: Span, subject: int, predicate: str, **fields) -> StoredClaim:
    values = {
        "claimant": None,
        "claimant_text": "",
        "relayed_by": "",
        "object_actor": None,
        "object_event": None,
        "object_text": "",
        "stance": "asserts",
    } | fields
    return StoredClaim(pk=pk, span=where, subject=subject, predicate=predicate, **values)


def snapshot(*documents: StoredDocument, **rows) -> Snapshot:
    return Snapshot(documents={d.pk: d for d in documents}, **rows)
