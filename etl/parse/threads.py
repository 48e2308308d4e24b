"""Find where a reader-comment thread starts and split it into entries, per thread format."""

import re
from dataclasses import dataclass

from etl.parse.dates import is_timestamp_line
from etl.parse.stamps import read_stamp

from .chrome import is_chrome
from .commentheads import (
    TRACKED,
    TRACKED_TITLE,
    Header,
    next_filled,
    read_footer,
    read_header,
)
from .lines import Line

HEADING = re.compile(
    r"^(?:\d+[ \t]+)?(?:reader[ \t]+)?(?:comments?|responses?|replies|reactions|trackbacks?|"
    r"discussion)(?:[ \t]*\(\d+\))?(?:[ \t]+(?:to|on)[ \t]+.+)?[ \t]*:?$|"
    r"^(?:\d+|one)[ \t]+thoughts?[ \t]+on[ \t]+.+$",  # WordPress: '3 thoughts on "<title>"'
    re.I,
)
END = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|newer post|older post|"
    r"load more comments|show more comments|also on\b|the comments to this entry are closed|"
    r"subscribe to:|links to this post|you must be logged in)",
    re.I,
)
_MAX_NAV_WORDS = 4
MIN_DATED_POSTS = 2


@dataclass(frozen=True, slots=True)
class Entry:
    """One thread entry: its header (None for a bare bullet) and all its lines."""

    header: Header | None
    lines: tuple[Line, ...]  # the header line first (or the bare bullet line), then the rest
    footer: bool = False  # the header is the entry's last line (Posted by ... after the body)
    body: tuple[Line, ...] | None = None  # the body's lines when the thread finder cut them


@dataclass(frozen=True, slots=True)
class Thread:
    """The comment thread of a document: where it starts and its entries, in order."""

    start: int  # index of the first line of the thread (its heading, if any)
    end: int  # index just past its last entry line; later lines are the page's trailer
    entries: tuple[Entry, ...]


def find_thread(lines: list[Line], start: int, stop: int) -> Thread | None:
    """Return the comment thread among lines[start:stop], or None when there is none.

    A thread needs a comments heading ("Comments", "3 Responses") or at least two comment
    headers, so one "The spokesman says:" line in an article does not start a thread.
    """
    for index in range(start, stop):
        header = read_header(lines, index)
        if header is not None:
            first = _heading_before(lines, index, start)
            if first == index and not _another_header(lines, index + 1, stop):
                continue
            if header.marked:
                return _marked_thread(lines, first, index, stop, header)
            lead = header.lead if first == index else 0
            return _plain_thread(lines, first - lead, index, stop)
        if HEADING.match(lines[index].content):
            thread = _footer_thread(lines, index, stop)
            if thread is not None:
                return thread
    return None


def find_dated_thread(lines: list[Line], start: int, stop: int) -> Thread | None:
    """Return a thread whose posts are headed only by their timestamps (forum archives).

    Looked for after the article's first paragraph only, and only when it holds two such
    posts or more, each followed by its text.
    """
    starts = [
        number
        for number in range(start, stop)
        if _dated_header(lines, number) is not None and next_filled(lines, number, 1)
    ]
    if len(starts) < MIN_DATED_POSTS:
        return None
    entries = []
    for position, begin in enumerate(starts):
        limit = starts[position + 1] if position + 1 < len(starts) else stop
        body = _trim(lines[begin : _trailer_start(lines, begin, limit)])
        entries.append(Entry(_dated_header(lines, begin), tuple(body)))
    return Thread(start=starts[0], end=entries[-1].lines[-1].number + 1, entries=tuple(entries))


def _dated_header(lines: list[Line], index: int) -> Header | None:
    stamp = read_stamp(lines[index].content)
    if stamp is None or stamp.precision != "minute":
        return None
    return Header(lines[index], "", lines[index].content, False)


def _marked_thread(lines: list[Line], first: int, index: int, stop: int, head: Header) -> Thread:
    indent = head.line.indent
    numbered = head.line.content[0].isdigit()
    index = _bare_items_before(lines, first, index, head)
    first = min(first, index)
    starts = [
        number
        for number in range(index, stop)
        if read_header(lines, number) is not None
        or (lines[number].indent <= indent and _is_bare(lines[number], numbered))
    ]
    entries = []
    for position, begin in enumerate(starts):
        limit = starts[position + 1] if position + 1 < len(starts) else stop
        body = lines[begin:limit]
        if position + 1 == len(starts):
            body = _until_outdent(body, indent)
            if len(_trim(body)) <= 1:
                # Bodies printed flush with their markers: the page's trailer ends the last one.
                body = lines[begin : _trailer_start(lines, begin, stop)]
        entries.append(Entry(read_header(lines, begin), tuple(_trim(body))))
    end = entries[-1].lines[-1].number + 1
    return Thread(start=first, end=end, entries=tuple(entries))


def _bare_items_before(lines: list[Line], first: int, index: int, head: Header) -> int:
    """Return where a list thread starts: its first header, or a bare item just above it."""
    if first != index:
        return index
    numbered = head.line.content[0].isdigit()
    number = index - 1
    while number >= 0 and (lines[number].is_blank or lines[number].indent > head.line.indent):
        number -= 1
    if number >= 0 and lines[number].indent == head.line.indent:
        if _is_bare(lines[number], numbered) and read_header(lines, number) is None:
            return _bare_items_before(lines, number, number, head)
    return index


def _plain_thread(lines: list[Line], first: int, index: int, stop: int) -> Thread:
    stop = _trailer_start(lines, index, stop)
    headers = [read_header(lines, number) for number in range(index, stop)]
    heads = [header for header in headers if header is not None]
    # An entry starts at its title line when its header has one (Drupal prints it above).
    starts = [header.line.number - header.lead for header in heads]
    for position in range(1, len(starts)):
        if starts[position] <= heads[position - 1].line.number:
            starts[position] = heads[position].line.number  # a title can't be inside the last
    entries = []
    for position, (begin, header) in enumerate(zip(starts, heads, strict=True)):
        limit = starts[position + 1] if position + 1 < len(starts) else stop
        entries.append(Entry(header, tuple(_trim(lines[begin:limit]))))
    end = entries[-1].lines[-1].number + 1
    return Thread(start=first, end=end, entries=tuple(entries))


def _footer_thread(lines: list[Line], heading: int, stop: int) -> Thread | None:
    footers = [
        number for number in range(heading + 1, stop) if read_footer(lines[number]) is not None
    ]
    if not footers:
        return None
    entries = []
    begin = heading + 1
    for number in footers:
        segment = lines[begin:number]
        entries.extend(_trackbacks(segment))
        body = _trim(_after_chrome(segment))
        entries.append(Entry(read_footer(lines[number]), (*body, lines[number]), footer=True))
        begin = number + 1
    return Thread(start=heading, end=footers[-1] + 1, entries=tuple(entries))


def _trackbacks(segment: list[Line]) -> list[Entry]:
    """Return the trackbacks listed in a segment: "<title> from <site>" over "Tracked on ..."."""
    entries = []
    filled = [line for line in segment if not line.is_blank]
    for above, line in zip(filled, filled[1:], strict=False):
        tracked, titled = TRACKED.match(line.content), TRACKED_TITLE.match(above.content)
        if tracked and titled:
            site = titled.group("site").strip()
            size = line.number - above.number + 1
            when = tracked.group("when")
            header = Header(above, site, when, False, kind="pingback", title=site, size=size)
            entries.append(Entry(header, (above, line)))
    return entries


def _after_chrome(segment: list[Line]) -> list[Line]:
    """Return a segment's lines after its last widget, heading, URL or trackback line."""
    last = -1
    for offset, line in enumerate(segment):
        content = line.content
        if content and (
            is_chrome(content)
            or HEADING.match(content)
            or TRACKED.match(content)
            or content.startswith(("http://", "https://", "»"))
        ):
            last = offset
    return segment[last + 1 :]


def _another_header(lines: list[Line], start: int, stop: int) -> bool:
    return any(read_header(lines, number) is not None for number in range(start, stop))


def _heading_before(lines: list[Line], index: int, start: int) -> int:
    """Return the thread's heading above its first header, over widget lines between them."""
    number = index - 1
    while number >= start and _between(lines[number]):
        number -= 1
    if number >= start and HEADING.match(lines[number].content):
        return number
    return index


def _between(line: Line) -> bool:
    """Return whether a line may stand between a thread's heading and its first comment."""
    content = line.content
    return line.is_blank or is_chrome(content) or (len(content.split()) == 1 and content.islower())


def _trailer_start(lines: list[Line], index: int, stop: int) -> int:
    """Return where the page's trailer (end markers, site navigation) begins after a thread."""
    for number in range(index + 1, stop):
        if END.match(lines[number].content):
            return number
    number = stop
    nav = 0
    while number > index + 1:
        line = lines[number - 1]
        if not line.is_blank and not _looks_like_navigation(line):
            break
        nav += 0 if line.is_blank else 1
        number -= 1
    return number if nav >= 2 else stop


def _looks_like_navigation(line: Line) -> bool:
    content = line.content
    return (
        len(content.split()) <= _MAX_NAV_WORDS
        and not re.search(r"[.?!:;,…\"”]$", content)
        and not is_timestamp_line(content)
        and read_header([line], 0) is None
    )


def _until_outdent(lines: list[Line], indent: int) -> list[Line]:
    """Cut the last entry where lines stop being indented under its header (the trailer)."""
    for offset, line in enumerate(lines[1:], start=1):
        if not line.is_blank and line.indent <= indent:
            return lines[:offset]
    return lines


def _trim(lines: list[Line]) -> list[Line]:
    lines = list(lines)
    while lines and lines[-1].is_blank:
        lines.pop()
    return lines


def _is_bare(line: Line, numbered: bool) -> bool:
    """Return whether the line opens an entry without a header (a pingback, an unnamed comment)."""
    marker = r"\d{1,4}[.)]" if numbered else r"[•·▪◦‣∙●○*]"
    return bool(re.match(rf"^{marker}[ \t]+\S", line.content))
