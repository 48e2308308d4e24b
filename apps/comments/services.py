"""Writes of reader comments: the loader's idempotent upserts."""

from datetime import datetime

from apps.common.upsert import Outcome, upsert_many
from apps.documents.models import Document

from .models import Comment


def comment_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[Comment | None, Outcome]]:
    """Upsert many comments (key, values from comment_values()) in a few queries.

    A reply's target must be stored first: write a thread in waves, targets before replies.
    """
    return upsert_many(Comment, items)


def comment_values(
    *,
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
    posted_precision: str = "",
    reply_to: Comment | None = None,
    addressed_to: str = "",
    reply_cue: str = "",
) -> dict[str, object]:
    """Return the stored fields of one comment (curators' locks and removals win on upsert)."""
    return {
        "document_id": document.pk,
        "position": position,
        "kind": kind,
        "author": author,
        "title": title,
        "body": body,
        "posted_at": posted_at,
        "posted_text": posted_text,
        "posted_precision": posted_precision,
        "reply_to_id": reply_to.pk if reply_to is not None else None,
        "addressed_to": addressed_to,
        "reply_cue": reply_cue,
        "span_start": span_start,
        "span_end": span_end,
        "quote": quote,
    }
