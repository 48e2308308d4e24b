"""Turn thread entries into comment records: author, kind, body, timestamp, spans."""

import re
from collections import Counter
from dataclasses import replace

from etl.keys import comment_key
from etl.parse.dates import is_timestamp_line
from etl.parse.stamps import is_date_line, read_stamp
from etl.records import CommentRecord, Span

from .chrome import is_widget
from .headlines import is_title_case
from .lines import Line, ends_sentence
from .threads import Entry, Thread

COURTESY = re.compile(r"^(?:courtesy of|via)[ \t]+(?P<site>.+?)[ \t]*:?[ \t]*$", re.I)
ELLIPSIS = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])[\"”’)]*$")
AUTHOR_MARKS = re.compile(r"[ \t]*\((?:not verified|unverified|guest)\)", re.I)
_NAME_LIKE = re.compile(r"^[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}$")


def parse_comments(
    text: str, thread: Thread, *, key_prefix: str, order: str = "MDY"
) -> tuple[CommentRecord, ...]:
    """Return the thread's comments in order, keyed by author (see etl.keys.comment_key).

    An entry whose body the page cuts off entirely (a header and nothing under it) is left
    out; an entry indented under an earlier one answers it (threading).
    """
    entries = [entry for entry in thread.entries if _has_body(entry)]
    records = [
        build_comment(text, entry, position=position, key="", order=order)
        for position, entry in enumerate(entries, start=1)
    ]
    records = _threaded(records, entries)
    written: Counter[str] = Counter()
    keyed = []
    for record in records:
        key = comment_key(key_prefix, record.author, 1)
        written[key] += 1  # "Kamin" and "kamin" are one commenter: they share a count
        keyed.append(replace(record, key=comment_key(key_prefix, record.author, written[key])))
    return tuple(keyed)


def build_comment(
    text: str, entry: Entry, *, position: int, key: str, order: str = "MDY"
) -> CommentRecord:
    """Return one comment (or pingback) record from a thread entry."""
    if entry.header is None:
        return _bare_entry(text, entry, position=position, key=key)
    header = entry.header
    lines = _body_lines(entry)
    posted_text = header.when
    if not posted_text:
        lines, posted_text = _take_timestamp(lines)
    stamp = read_stamp(posted_text, order=order) if posted_text else None
    if header.kind == "pingback" and not lines:
        lines = [header.line]  # a pingback without excerpt: its line names the linking post
    return CommentRecord(
        key=key,
        position=position,
        kind=header.kind,
        author=AUTHOR_MARKS.sub("", header.author).strip(),
        title=header.title if header.kind == "pingback" else "",
        body=_body(text, _pieces(lines)),
        span=_entry_span(entry),
        posted_at=stamp.value if stamp else None,
        posted_text=posted_text,
        posted_precision=stamp.precision if stamp else "",
        addressed_to=header.addressed,
        reply_cue=header.line.content if header.addressed else "",
        body_spans=tuple(span for span in _pieces(lines) if span),
    )


VOTE_COUNT = re.compile(r"^[-+]?\d{1,4}$")  # a vote count on a line of its own


def _body_lines(entry: Entry) -> list[Line]:
    """Return an entry's body lines: after its header lines, without widget lines."""
    header = entry.header
    if entry.body is not None:
        lines = list(entry.body)
    elif entry.footer:
        lines = list(entry.lines[:-1])
    else:
        last = header.line.number + header.size - 1
        lines = [line for line in entry.lines if line.number > last]
    kept = [
        line
        for line in lines
        if line.is_blank or not (is_widget(line.content) or VOTE_COUNT.match(line.content))
    ]
    while kept and kept[0].is_blank:
        kept.pop(0)
    while kept and kept[-1].is_blank:
        kept.pop()
    return kept


def _has_body(entry: Entry) -> bool:
    if entry.header is None or entry.header.kind == "pingback":
        return True
    lines, _ = _take_timestamp(_body_lines(entry))
    return any(not line.is_blank and not is_date_line(line.content) for line in lines)


def _threaded(records: list[CommentRecord], entries: list[Entry]) -> list[CommentRecord]:
    """Return the records with an entry indented under an earlier one answering it."""
    indents = [_indent(entry) for entry in entries]
    linked = []
    for index, record in enumerate(records):
        parent = next(
            (other for other in range(index - 1, -1, -1) if indents[other] < indents[index]),
            None,
        )
        if parent is not None and record.kind == "comment" and indents[index] > min(indents):
            target = records[parent]
            cue = "threaded under the comment it answers"
            record = replace(
                record,
                reply_to_position=target.position,
                addressed_to=record.addressed_to or target.author,
                reply_cue=record.reply_cue or cue,
            )
        linked.append(record)
    return linked


def _indent(entry: Entry) -> int:
    return entry.header.line.indent if entry.header is not None else entry.lines[0].indent


def _bare_entry(text: str, entry: Entry, *, position: int, key: str) -> CommentRecord:
    """Return a pingback (a linking post's title and excerpt) or a comment with no author line."""
    first, rest = entry.lines[0], list(entry.lines[1:])
    opener = text[slice(*first.bullet_span())]
    separated = bool(rest) and rest[0].is_blank
    excerpt = [line for line in rest if not line.is_blank]
    site = next((m.group("site") for line in excerpt if (m := COURTESY.match(line.content))), "")
    headline = is_title_case(opener) and not ends_sentence(opener)
    is_pingback = (
        separated
        and bool(excerpt)
        and (bool(site) or bool(ELLIPSIS.search(excerpt[-1].content)) or headline)
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
        content = lines[index].content
        if is_timestamp_line(content) or is_date_line(content):
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
