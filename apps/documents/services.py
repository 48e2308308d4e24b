"""Writes of documents: the loader's idempotent upsert of a file or a dossier row."""

from datetime import date

from apps.common.upsert import Outcome, upsert

from .models import Document


def document_upsert(
    *,
    key: str,
    kind: str,
    text: str,
    parent: Document | None = None,
    position: int | None = None,
    title: str = "",
    author: str = "",
    byline: str = "",
    publisher: str = "",
    url: str = "",
    published_on: date | None = None,
    published_precision: str = "",
    published_text: str = "",
    source_file: str = "",
    sha256: str = "",
    encoding: str = "",
    repairs: list[str] | None = None,
    raw_text: str = "",
    body: str = "",
) -> tuple[Document | None, Outcome]:
    """Insert or update the document with this key; curators' locks and removals win.

    Returns (None, SKIPPED) when a curator deleted the document, (row, SKIPPED) when a
    curator rejected it (see apps.common.upsert.upsert).
    """
    values = {
        "parent_id": parent.pk if parent is not None else None,
        "position": position,
        "kind": kind,
        "title": title,
        "author": author,
        "byline": byline,
        "publisher": publisher,
        "url": url,
        "published_on": published_on,
        "published_precision": published_precision,
        "published_text": published_text,
        "source_file": source_file,
        "sha256": sha256,
        "encoding": encoding,
        "repairs": list(repairs or []),
        "raw_text": raw_text,
        "text": text,
        "body": body,
    }
    return upsert(Document, key=key, values=values)
