"""Turn thread entries into comment records: author, kind, body, timestamp, spans."""

import re
from collections import Counter
from dataclasses import replace

from etl.keys import comment_key
from etl.parse.dates import is_timestamp_line, parse_timestamp
from etl.records import CommentRecord, Span

from .lines import Line
from .threads import Entry, Thread

COURTESY = re.compile(r"^(?:courtesy of|via)[ \t]+(?P<site>.+?)[ \t]*:?[ \t]*$", re.I)
ELLIPSIS = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])[\"”’)]*$")
_NAME_LIKE = re.compile(r"^[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}$")


def parse_comments(text: str, thread: Thread, *, key_prefix: str) -> tuple[CommentRecord, ...]:
    """Return the thread's comments in order, keyed by author (see etl.keys.comment_key)."""
    records = [
        build_comment(text, entry, position=position, key="")
        for position, entry in enumerate(thread.entries, start=1)
    ]
    written: Counter[str] = Counter()
    keyed = []
    for record in records:
        key = comment_key(key_prefix, record.author, 1)
        written[key] += 1  # "Kamin" and "kamin" are one commenter: they share a count
        keyed.append(replace(record, key=comment_key(key_prefix, record.author, written[key])))
    return tuple(keyed)


def build_comment(text: str, entry: Entry, *, position: int, key: str) -> CommentRecord:
    """Return one comment (or pingback) record from a thread entry."""
    if entry.header is None:
        return _bare_entry(text, entry, position=position, key=key)
    lines = list(entry.lines[:-1] if entry.footer else entry.lines[1:])
    posted_text = entry.header.when
    if not posted_text:
        lines, posted_text = _take_timestamp(lines)
    return CommentRecord(
        key=key,
        position=position,
        kind="comment",
        author=entry.header.author,
        body=_body(text, _pieces(lines)),
        span=_entry_span(entry),
        posted_at=parse_timestamp(posted_text) if posted_text else None,
        posted_text=posted_text,
        body_spans=tuple(span for span in _pieces(lines) if span),
    )


def _bare_entry(text: str, entry: Entry, *, position: int, key: str) -> CommentRecord:
    """Return a pingback (a linking post's title and excerpt) or a comment with no author line."""
    first, rest = entry.lines[0], list(entry.lines[1:])
    opener = text[slice(*first.bullet_span())]
    separated = bool(rest) and rest[0].is_blank
    excerpt = [line for line in rest if not line.is_blank]
    site = next((m.group("site") for line in excerpt if (m := COURTESY.match(line.content))), "")
    is_pingback = (
        separated and bool(excerpt) and (bool(site) or bool(ELLIPSIS.search(excerpt[-1].content)))
    )
    if is_pingback or (separated and _NAME_LIKE.match(opener)):
        pieces, author = _pieces(rest), opener
    else:
        pieces, author = [first.bullet_span(), *_pieces(rest)], ""
    return CommentRecord(
        key=key,
        position=position,
        kind="pingback" if is_pingback else "comment",
        author=author,
        title=site,
        body=_body(text, pieces),
        span=_entry_span(entry),
        body_spans=tuple(span for span in pieces if span),
    )


def _take_timestamp(lines: list[Line]) -> tuple[list[Line], str]:
    """Remove a timestamp line printed just before or after the body; return it."""
    filled = [index for index, line in enumerate(lines) if not line.is_blank]
    for index in (filled[:1] + filled[-1:]) if filled else []:
        if is_timestamp_line(lines[index].content):
            return lines[:index] + lines[index + 1 :], lines[index].content
    return lines, ""


def _pieces(lines: list[Line]) -> list[Span | None]:
    """Return each line's content span, None for a blank line (a paragraph break)."""
    return [None if line.is_blank else line.span for line in lines]


def _body(text: str, pieces: list[Span | None]) -> str:
    """Join body lines with newlines and paragraphs with one blank line."""
    out: list[str] = []
    pending_break = False
    for piece in pieces:
        if piece is None:
            pending_break = bool(out)
            continue
        if out:
            out.append("\n\n" if pending_break else "\n")
        out.append(text[piece[0] : piece[1]])
        pending_break = False
    return "".join(out)


def _entry_span(entry: Entry) -> Span:
    filled = [line for line in entry.lines if not line.is_blank]
    return filled[0].span[0], filled[-1].span[1]
