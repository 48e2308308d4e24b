"""Load the file's comments in thread order, linking replies to stored comments."""

from datetime import UTC

from apps.comments.models import Comment
from apps.comments.services import comment_upsert_many, comment_values
from apps.common.upsert import Outcome
from apps.documents.models import Document
from etl.records import CommentRecord

from .context import FileContext


def load_comments(context: FileContext) -> None:
    """Upsert the comments in order; skip them all when their document is skipped."""
    record = context.record
    document = context.stored(record.key)
    if document is None:
        context.tally.add("comment", Outcome.SKIPPED, len(record.comments))
        return
    context.tally.see(Comment._meta.label, [comment.key for comment in record.comments])
    for wave in _reply_waves(record.comments):
        items = [(c.key, _comment_values(c, document, context)) for c in wave]
        for comment, (row, outcome) in zip(wave, comment_upsert_many(items=items), strict=True):
            context.tally.add("comment", outcome)
            if row is not None:
                context.comments[comment.position] = row


def _reply_waves(comments: tuple[CommentRecord, ...]) -> list[list[CommentRecord]]:
    """Group a thread so every comment comes after the one it replies to: top-level comments
    first, then replies to them, then replies to those (validation ensures targets are earlier).
    """
    depth: dict[int, int] = {}
    for comment in comments:
        target = comment.reply_to_position
        depth[comment.position] = depth[target] + 1 if target in depth else 0
    waves: dict[int, list[CommentRecord]] = {}
    for comment in comments:
        waves.setdefault(depth[comment.position], []).append(comment)
    return [waves[level] for level in sorted(waves)]


def _comment_values(comment: CommentRecord, document: Document, context: FileContext) -> dict:
    start, end = comment.span
    target = comment.reply_to_position
    return comment_values(
        document=document,
        position=comment.position,
        kind=comment.kind,
        author=comment.author,
        body=comment.body,
        span_start=start,
        span_end=end,
        quote=context.record.text[start:end],
        title=comment.title,
        posted_at=comment.posted_at.replace(tzinfo=UTC) if comment.posted_at else None,
        posted_text=comment.posted_text,
        posted_precision=comment.posted_precision if comment.posted_at else "",
        reply_to=context.comments.get(target) if target is not None else None,
        addressed_to=comment.addressed_to,
        reply_cue=comment.reply_cue,
    )
