"""Writes of reader comments: the loader's idempotent upsert, one comment at a time."""

from datetime import datetime

from apps.common.upsert import Outcome, upsert
from apps.documents.models import Document

from .models import Comment


def comment_upsert(
    *,
    key: str,
    document: Document,
    position: int,
    kind: str,
    author: str,
    body: str,
    span_start: int,
    span_end: int,
    quote: str,
    title: str = "",
    posted_at: datetime | None = None,
    posted_text: str = "",
    reply_to: Comment | None = None,
    addressed_to: str = "",
    reply_cue: str = "",
) -> tuple[Comment | None, Outcome]:
    """Insert or update the comment with this key; curators' locks and removals win."""
    values = {
        "document_id": document.pk,
        "position": position,
        "kind": kind,
        "author": author,
        "title": title,
        "body": body,
        "posted_at": posted_at,
        "posted_text": posted_text,
        "reply_to_id": reply_to.pk if reply_to is not None else None,
        "addressed_to": addressed_to,
        "reply_cue": reply_cue,
        "span_start": span_start,
        "span_end": span_end,
        "quote": quote,
    }
    return upsert(Comment, key=key, values=values)
