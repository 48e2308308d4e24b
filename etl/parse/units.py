"""Find a comment thread as repeated structure: units whose signatures share one shape.

Any line may be a unit's signature (`signatures.read_signature`). Signatures of one shape
(the same cues, in the same order, on as many lines) printed two times or more after the
document's own text are a thread; so is one after a comments heading. Which shape wins is
scored: how many units repeat it, how strong its cues are, and whether every unit has a body.
From the repetition the parser infers where the signature stands:
- at the head of its unit when a cue says so ("said...", a name over a timestamp) or when
  text follows the last signature;
- at its foot ("Posted by: Name | date" after the body) when a cue says so or when nothing but
  the page's trailer follows the last one; the first body then starts after the comments
  heading, else after the article's last widget line, else at the paragraph above.
A head signature printed above the page's first line of prose opens the page's own post (a
forum thread's opening post): its name and time are the document's author and date, its text
is the body, and the units after it are the comments.
"""

import re
from dataclasses import dataclass

from .chrome import is_chrome
from .commentheads import Header
from .forums import is_forum_meta
from .header import header_end
from .lines import Line
from .publishers import publisher_of
from .signatures import Signature, quoted_name, read_signature
from .threads import END, HEADING, Entry, Thread, _trailer_start

MIN_UNITS = 2
COUNTER = re.compile(r"^#?\d{1,4}\.?$")  # a comment's number printed on a line of its own
MIN_ALONE_STRENGTH = 4
HEADING_REACH = 4
REPEAT_BONUS = 2


@dataclass(frozen=True, slots=True)
class Units:
    """A thread found by its repeated signatures, and the page's own post when it has one."""

    thread: Thread
    opening: Signature | None = None  # the opening post's signature (a forum thread)


def find_units(lines: list[Line], start: int, stop: int) -> Units | None:
    """Return the best-scoring thread of repeated signatures in lines[start:stop], or None."""
    groups: dict[tuple, list[Signature]] = {}
    for signature in signatures(lines, start, stop):
        groups.setdefault(signature.shape, []).append(signature)
    best: tuple[int, Units] | None = None
    for members in groups.values():
        found = _segment(lines, members, stop)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    return best[1] if best else None


def signatures(lines: list[Line], start: int, stop: int) -> list[Signature]:
    """Return the signatures of lines[start:stop], each line in at most one."""
    found = []
    number = start
    while number < stop:
        signature = read_signature(lines, number)
        if signature is None or signature.last >= stop:
            number += 1
            continue
        found.append(signature)
        number = signature.last + 1
    return found


def _segment(lines: list[Line], members: list[Signature], stop: int) -> tuple[int, Units] | None:
    """Return (score, units) for one shape's signatures, or None when they make no thread."""
    place = _place(lines, members, stop)
    first = members[0].line.number
    prose = header_end(lines, stop)
    if place == "head":
        opens = header_end(lines, first) == first and len(members) > 1
        opening = members[0] if opens else None
        units = members[1:] if opening else [u for u in members if u.line.number >= prose]
        if not units or not (opening or _enough(lines, units)):
            return None
        thread = _head_thread(lines, units, stop)
    else:
        opening = None
        units = [unit for unit in members if unit.line.number >= prose]
        if not _enough(lines, units):
            return None
        thread = _foot_thread(lines, units, prose)
    if thread is None or 2 * sum(_is_outlet(unit.author) for unit in units) >= len(units):
        return None
    score = sum(unit.strength for unit in units) + REPEAT_BONUS * (len(units) - 1)
    return score, Units(thread=thread, opening=opening)


def _is_outlet(name: str) -> bool:
    """Return whether a signature names a news outlet: a source cited in a timeline, no reader.

    Signatures half of which name outlets are a report's sources, not a thread.
    """
    return bool(name) and bool(publisher_of(name))


def _enough(lines: list[Line], units: list[Signature]) -> bool:
    """Return whether units make a thread: two or more, or one strong one under a heading."""
    if len(units) >= MIN_UNITS:
        return True
    return (
        len(units) == 1
        and units[0].strength >= MIN_ALONE_STRENGTH
        and _heading_above(lines, units[0].line.number, 0) is not None
    )


def _place(lines: list[Line], members: list[Signature], stop: int) -> str:
    """Return "head" or "foot": what the cues say, else whether text follows the last one."""
    places = {member.place for member in members} - {""}
    if len(places) == 1:
        return places.pop()
    last = members[-1].last
    end = _trailer_start(lines, last, stop)
    follows = any(_is_text(line) for line in lines[last + 1 : end])
    return "head" if follows else "foot"


def _is_text(line: Line) -> bool:
    content = line.content
    return bool(content) and not (
        is_chrome(content) or is_forum_meta(content) or HEADING.match(content)
    )


def _heading_above(lines: list[Line], number: int, floor: int) -> int | None:
    """Return a comments heading just above a line (blank and widget lines between)."""
    seen = 0
    for above in range(number - 1, floor - 1, -1):
        content = lines[above].content
        if not content:
            continue
        if HEADING.match(content):
            return above
        seen += 1
        if seen > HEADING_REACH or not (is_chrome(content) or COUNTER.match(content)):
            return None
    return None


def _head_thread(lines: list[Line], units: list[Signature], stop: int) -> Thread | None:
    entries = []
    for position, unit in enumerate(units):
        if position + 1 < len(units):
            limit = units[position + 1].line.number
        else:
            limit = _trailer_start(lines, unit.last, stop)
        entries.append(_head_entry(lines, unit, limit))
    first = units[0].line.number
    heading = _heading_above(lines, first, 0)
    start = heading if heading is not None else first
    return Thread(start=start, end=_end(entries), entries=tuple(entries))


def _head_entry(lines: list[Line], unit: Signature, limit: int) -> Entry:
    body = [line for line in lines[unit.last + 1 : limit] if not _widget(line)]
    header = _header(unit, lines[unit.last + 1 : limit])
    if unit.body_from >= 0:
        line = unit.line
        glued = Line(line.number, line.start + unit.body_from, line.end, line.raw[unit.body_from :])
        body = [glued, *body]
    body = _trim(body)
    whole = _trim([line for line in lines[unit.line.number : limit]])
    return Entry(header, tuple(whole), body=tuple(body))


def _foot_thread(lines: list[Line], units: list[Signature], prose: int) -> Thread | None:
    first = units[0].line.number
    heading = _heading_above_body(lines, first, prose)
    if heading is not None:
        begin = start = heading + 1
        start = heading
    else:
        begin = start = _block_start(lines, first)
    entries = []
    for unit in units:
        printed = lines[begin : unit.line.number]
        segment = [line for line in printed if not _widget(line)]
        body = _trim(_after_widgets(segment))
        if not any(not line.is_blank for line in body):
            return None
        whole = (*body, *lines[unit.line.number : unit.last + 1])
        entries.append(Entry(_header(unit, printed), whole, footer=True, body=tuple(body)))
        begin = unit.last + 1
    return Thread(start=start, end=units[-1].last + 1, entries=tuple(entries))


def _heading_above_body(lines: list[Line], number: int, floor: int) -> int | None:
    """Return the comments heading (or an end-of-article marker) above a thread's first body."""
    for above in range(number - 1, floor - 1, -1):
        content = lines[above].content
        if HEADING.match(content) or END.match(content):
            return above
    return None


def _block_start(lines: list[Line], number: int) -> int:
    """Return the first line of the paragraph just above a line."""
    above = number - 1
    while above > 0 and lines[above].is_blank:
        above -= 1
    while above > 0 and not lines[above - 1].is_blank and not is_chrome(lines[above - 1].content):
        above -= 1
    return above


def _after_widgets(segment: list[Line]) -> list[Line]:
    return list(segment)


def _widget(line: Line) -> bool:
    content = line.content
    return bool(content) and (
        is_chrome(content)
        or is_forum_meta(content)
        or bool(quoted_name(content))
        or bool(COUNTER.match(content))
    )


def _header(unit: Signature, printed: list[Line]) -> Header:
    """Return the unit's header; a quote's attribution in its body names whom it answers."""
    quoted = next((name for line in printed if (name := quoted_name(line.content))), "")
    addressed = unit.target or quoted
    return Header(unit.line, unit.author, unit.when, False, size=unit.size, addressed=addressed)


def _end(entries: list[Entry]) -> int:
    return max(line.number for entry in entries for line in entry.lines) + 1


def _trim(lines: list[Line]) -> list[Line]:
    lines = list(lines)
    while lines and lines[0].is_blank:
        lines.pop(0)
    while lines and lines[-1].is_blank:
        lines.pop()
    return lines
