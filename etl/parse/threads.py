"""Find where a reader-comment thread starts and split it into entries, per thread format."""

import re
from dataclasses import dataclass

from etl.parse.dates import is_timestamp_line, parse_timestamp

from .lines import Line

MARK = r"(?P<marker>[•·▪◦‣∙●○*]|\d{1,4}[.)])"
AUTHOR = r"(?P<author>\S(?:.{0,78}?\S)?)"
SAYS = re.compile(
    rf"^(?:{MARK}[ \t]+)?{AUTHOR}[ \t]+(?:says|writes|wrote|said)[ \t]*:[ \t]*(?P<when>.*)$", re.I
)
BLOGGER = re.compile(rf"^(?:{MARK}[ \t]+)?{AUTHOR}[ \t]+said[ \t]*(?:\.\.\.|…)[ \t]*$", re.I)
BLOGGER_AT = re.compile(
    rf"^(?:{MARK}[ \t]+)?At[ \t]+(?P<when>[^,]+(?:,[^,]+)?),[ \t]+{AUTHOR}[ \t]+said"
    r"[ \t]*(?:\.\.\.|…|:)[ \t]*$",
    re.I,
)
ON_DATE = re.compile(
    rf"^(?:{MARK}[ \t]+)?{AUTHOR}[ \t]+(?:on|\||-|–|—)[ \t]+(?P<when>.+?)(?:[ \t]+said)?[ \t]*:?$"
)
FOOTER = re.compile(
    rf"^(?:Posted|Comment(?:ed)?|Written)[ \t]+by:?[ \t]+{AUTHOR}[ \t]*(?:\||,|[ \t]on|[ \t]at)"
    r"[ \t]*(?P<when>.+)$",
    re.I,
)
HEADING = re.compile(
    r"^(?:\d+[ \t]+)?(?:reader[ \t]+)?(?:comments?|responses?|replies|reactions|trackbacks?|"
    r"discussion)(?:[ \t]*\(\d+\))?(?:[ \t]+(?:to|on)[ \t]+.+)?[ \t]*:?$",
    re.I,
)
END = re.compile(
    r"^(?:leave a (?:reply|comment)|post a comment|add a comment|newer post|older post|"
    r"subscribe to:|links to this post|you must be logged in)",
    re.I,
)
_NOT_AUTHORS = re.compile(r"^(?:posted|published|updated|filed|written|by|date)\b", re.I)
_MAX_NAV_WORDS = 4


@dataclass(frozen=True, slots=True)
class Header:
    """A comment header line: who, when (as printed), and whether it had a list marker."""

    line: Line
    author: str
    when: str
    marked: bool


@dataclass(frozen=True, slots=True)
class Entry:
    """One thread entry: its header (None for a bare bullet) and all its lines."""

    header: Header | None
    lines: tuple[Line, ...]  # the header line first (or the bare bullet line), then the rest
    footer: bool = False  # the header is the entry's last line (Posted by ... after the body)


@dataclass(frozen=True, slots=True)
class Thread:
    """The comment thread of a document: where it starts and its entries, in order."""

    start: int  # index of the first line of the thread (its heading, if any)
    end: int  # index just past its last entry line; later lines are the page's trailer
    entries: tuple[Entry, ...]


def read_header(line: Line) -> Header | None:
    """Return the comment header on this line, in any supported format, or None."""
    content = line.content
    for pattern in (SAYS, BLOGGER, BLOGGER_AT):
        match = pattern.match(content)
        if match and _plausible_author(match.group("author")):
            when = match.group("when") if "when" in match.groupdict() else ""
            if when and not is_timestamp_line(when):
                continue
            return Header(line, match.group("author"), when or "", bool(match.group("marker")))
    match = ON_DATE.match(content)
    if match and _plausible_author(match.group("author"), max_words=5):
        when = match.group("when")
        if parse_timestamp(when) is not None and re.search(r"\d:\d\d", when):
            return Header(line, match.group("author"), when, bool(match.group("marker")))
    return None


def find_thread(lines: list[Line], start: int, stop: int) -> Thread | None:
    """Return the comment thread among lines[start:stop], or None when there is none.

    A thread needs a comments heading ("Comments", "3 Responses") or at least two comment
    headers, so one "The spokesman says:" line in an article does not start a thread.
    """
    for index in range(start, stop):
        header = read_header(lines[index])
        if header is not None:
            first = _heading_before(lines, index, start)
            if first == index and not _another_header(lines, index + 1, stop):
                continue
            if header.marked:
                return _marked_thread(lines, first, index, stop, header)
            return _plain_thread(lines, first, index, stop)
        if HEADING.match(lines[index].content):
            thread = _footer_thread(lines, index, stop)
            if thread is not None:
                return thread
    return None


def _marked_thread(lines: list[Line], first: int, index: int, stop: int, head: Header) -> Thread:
    indent = head.line.indent
    numbered = head.line.content[0].isdigit()
    starts = [
        number
        for number in range(index, stop)
        if lines[number].indent <= indent
        and (read_header(lines[number]) is not None or _is_bare(lines[number], numbered))
    ]
    entries = []
    for position, begin in enumerate(starts):
        limit = starts[position + 1] if position + 1 < len(starts) else stop
        body = lines[begin:limit]
        if position + 1 == len(starts):
            body = _until_outdent(body, indent)
        entries.append(Entry(read_header(lines[begin]), tuple(_trim(body))))
    end = entries[-1].lines[-1].number + 1
    return Thread(start=first, end=end, entries=tuple(entries))


def _plain_thread(lines: list[Line], first: int, index: int, stop: int) -> Thread:
    stop = _trailer_start(lines, index, stop)
    starts = [number for number in range(index, stop) if read_header(lines[number]) is not None]
    entries = []
    for position, begin in enumerate(starts):
        limit = starts[position + 1] if position + 1 < len(starts) else stop
        entries.append(Entry(read_header(lines[begin]), tuple(_trim(lines[begin:limit]))))
    end = entries[-1].lines[-1].number + 1
    return Thread(start=first, end=end, entries=tuple(entries))


def _footer_thread(lines: list[Line], heading: int, stop: int) -> Thread | None:
    footers = [
        number for number in range(heading + 1, stop) if _read_footer(lines[number]) is not None
    ]
    if not footers:
        return None
    entries = []
    begin = heading + 1
    for number in footers:
        body = _trim(lines[begin:number])
        entries.append(Entry(_read_footer(lines[number]), (*body, lines[number]), footer=True))
        begin = number + 1
    return Thread(start=heading, end=footers[-1] + 1, entries=tuple(entries))


def _another_header(lines: list[Line], start: int, stop: int) -> bool:
    return any(read_header(line) is not None for line in lines[start:stop])


def _read_footer(line: Line) -> Header | None:
    match = FOOTER.match(line.content)
    if match is None or not is_timestamp_line(match.group("when")):
        return None
    return Header(line, match.group("author"), match.group("when"), False)


def _heading_before(lines: list[Line], index: int, start: int) -> int:
    number = index - 1
    while number >= start and lines[number].is_blank:
        number -= 1
    if number >= start and HEADING.match(lines[number].content):
        return number
    return index


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
        and read_header(line) is None
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


def _plausible_author(author: str, max_words: int = 8) -> bool:
    return (
        len(author.split()) <= max_words
        and not _NOT_AUTHORS.match(author)
        and not author.endswith((",", ";"))
    )
