"""Segment a cleaned document: header, body, boilerplate, comment thread, dossier rows."""

from etl.keys import comment_key_prefix, document_key
from etl.records import CommentRecord, DocumentRecord, SourceFile

from .body import Body, parse_body
from .comments import parse_comments
from .datelines import dateline_agency, dateline_date
from .dossier import find_table
from .header import Header, header_end, parse_header
from .kinds import Cues, guess_kind, text_hints
from .lines import Line, split_lines
from .publishers import repost_source
from .replies import link_replies
from .rows import parse_rows
from .signatures import Signature
from .stamps import numeric_order, read_stamp
from .threads import Thread, find_dated_thread, find_thread
from .units import Units, find_units
from .unknown import find_unknown_thread


def _comments(
    text: str, thread: Thread | None, *, key: str, author: str, spans: tuple
) -> tuple[CommentRecord, ...]:
    """Return the thread's comments with their replies linked (none without a thread)."""
    if thread is None:
        return ()
    article = "\n".join(text[start:end] for start, end in spans)
    prefix = comment_key_prefix(key)
    comments = parse_comments(text, thread, key_prefix=prefix, order=numeric_order(text))
    return link_replies(comments, author=author, article=article)


def parse_document(source: SourceFile, text: str, repairs: tuple[str, ...]) -> DocumentRecord:
    """Return the document record of a cleaned text; pure, driven by structure only."""
    lines = split_lines(text)
    key = document_key(source.relative_path)
    order = numeric_order(text)
    table = find_table(lines)
    stop = table.header if table else len(lines)
    thread = find_thread(lines, 0, stop) or find_dated_thread(
        lines, header_end(lines, stop) + 1, stop
    )
    opening = None
    units = find_units(lines, 0, stop)
    if units is not None and (thread is None or _explains_more(thread, units)):
        thread, opening = units.thread, units.opening
        lines = _without(lines, opening)
    header = parse_header(lines, thread.start if thread else stop, order)
    unknown = None if thread else find_unknown_thread(lines, header.end, stop)
    body_stop = thread.start if thread else (unknown if unknown is not None else stop)
    body = parse_body(lines, header.end, body_stop)
    spans = body.spans + (parse_body(lines, table.end, len(lines)).spans if table else ())
    cited = repost_source(lines[header.end : body_stop], order)
    author = (opening.author if opening else "") or header.author or body.author or cited[0]
    rows = parse_rows(text, lines, table, parent_key=key, source=source) if table else ()
    comments = _comments(text, thread, key=key, author=author, spans=spans)
    kind = _kind(lines, header, body, thread, stop, has_rows=bool(rows), has_thread=bool(comments))
    first = text[slice(*spans[0])] if spans else ""
    return DocumentRecord(
        key=key,
        kind=kind,
        text=text,
        raw_text=source.raw_text,
        title=header.title,
        author=author,
        byline=header.byline or body.byline,
        publisher=_publisher(header, body, cited[1], first, kind),
        url=header.url,
        published=_posted(opening, order)
        or header.published
        or dateline_date(first)
        or body.published
        or cited[2],
        source_file=source.relative_path,
        sha256=source.sha256,
        encoding=source.encoding,
        repairs=tuple(dict.fromkeys(source.repairs + repairs)),
        body_spans=spans,
        comments=comments,
        warnings=_warnings(lines, unknown),
        rows=rows,
    )


def _explains_more(known: Thread, units: Units) -> bool:
    """Return whether the repeated structure reads the page better than a known format.

    It does when it finds the page's own opening post over as many replies, when it names
    the authors of more of as many entries, or when the known format's headers are
    signatures printed after each body.
    """
    found = units.thread
    if units.opening is not None and len(found.entries) >= len(known.entries):
        return True
    if len(found.entries) >= len(known.entries) and _named(found) > _named(known):
        return True  # a name over each timestamp read as part of the comment above it
    return _footers_read_as_heads(known, found)


def _named(thread: Thread) -> int:
    return sum(bool(entry.header and entry.header.author) for entry in thread.entries)


def _footers_read_as_heads(known: Thread, found: Thread) -> bool:
    """Return whether a known format's headers are really signatures printed after each body.

    So it is when nothing but the page's trailer follows the last of them (the repeated
    structure places them at the foot) and the known reading took them for heads.
    """
    if any(entry.footer for entry in known.entries) or not all(e.footer for e in found.entries):
        return False
    last = known.entries[-1]
    header = last.header
    if header is None:
        return False
    after = [line for line in last.lines if line.number > header.line.number + header.size - 1]
    return not any(not line.is_blank for line in after) and len(found.entries) >= len(known.entries)


def _without(lines: list[Line], opening: Signature | None) -> list[Line]:
    """Return the lines with the opening post's signature blanked (it is no header or body)."""
    if opening is None:
        return lines
    numbers = range(opening.line.number, opening.last + 1)
    return [
        Line(line.number, line.start, line.start, "") if line.number in numbers else line
        for line in lines
    ]


def _posted(opening: Signature | None, order: str):
    """Return the opening post's date (a forum thread's first post dates the document)."""
    if opening is None or not opening.when:
        return None
    stamp = read_stamp(opening.when, order=order)
    return stamp.partial() if stamp else None


def _publisher(header: Header, body: Body, cited: str, first_paragraph: str, kind: str) -> str:
    """Return the publisher: the header's, the body's, a repost's source, a dateline agency."""
    agency = dateline_agency(first_paragraph) if kind == "news_article" else ""
    return header.publisher or body.publisher or cited or agency


def _kind(
    lines: list[Line],
    header: Header,
    body: Body,
    thread: Thread | None,
    stop: int,
    *,
    has_rows: bool,
    has_thread: bool,
) -> str:
    """Return the document's kind from what the parse found and the cues of its text."""
    body_end = thread.start if thread else stop
    hints = set(header.hints) | set(body.hints)
    hints |= text_hints(lines[:body_end], set(range(header.end, body_end)))
    first = next((line.content for line in lines[header.end : body_end] if line.content), "")
    cues = Cues(
        has_rows=has_rows,
        has_thread=has_thread,
        hints=frozenset(hints),
        title=header.title,
        first_paragraph=first,
        publisher=header.publisher or body.publisher,
    )
    return guess_kind(cues)


def _warnings(lines: list[Line], unknown: int | None) -> tuple[str, ...]:
    if unknown is None:
        return ()
    shown = lines[unknown].content[:60]
    return (
        f"line {unknown + 1}: a comment thread seems to start here ({shown!r}) in a format the "
        "parser does not know; its lines are kept out of the body and no comments were stored",
    )
