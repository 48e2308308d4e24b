"""Dates in text, absolute ("May 9, 2007", "5/9/2007", "June 2007") and relative ("Friday",
"Sept. 22", "at the end of December", "last month", "earlier this year"), resolved against
an anchor: the date of the document, dossier row or timeline entry the text belongs to.

News text reports the past: a day or month without a year is the latest one not after the
anchor; a weekday is the latest such day on or before it.
"""

import calendar
import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from datetime import date, timedelta

from etl.records import DateRecord, PartialDate, Span

from .lexicons import alternation, section, words

MONTHS = {
    name: int(number) for number, names in section("calendar", "months").items() for name in names
}
WEEKDAYS = {name: number for number, name in enumerate(words("calendar", "weekdays"))}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_PART = (
    r"(?:(?P<part>early|mid|late|the end of|the beginning of|the start of|the middle of"
    r"|end of|beginning of)[\s-]+)?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    ("day", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    ("day", re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b")),
    ("slash", re.compile(r"\b(?P<mon>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b")),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month", re.compile(rf"(?i:\b{_PART})\b{_MONTH}(?:\s+of)?,?\s+{_YEAR}\b")),
    ("day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?![,\s]*\d)")),
    ("month", re.compile(rf"(?i:\b{_PART})\b{_MONTH}\b(?!\s*\d)")),
    ("weekday", re.compile(r"\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b")),
    (
        "relative",
        re.compile(rf"(?i)\b(?P<relative>{alternation(words('calendar', 'relative'))})\b"),
    ),
    ("year", re.compile(rf"(?i:\b(?P<early>early|mid|late)[\s-]+)?\b{_YEAR}\b(?!\s*%|-\d)")),
]
_PUBLICATION = re.compile(
    r"\s+(?:story|article|report|edition|posting|post|issue|column|editorial|piece|entry)\b"
)
_MAY_MODAL = re.compile(
    r"(?i)(?:^|[^,\s]\s+)(?:in|of|since|by|until|during|late|early|mid|end)\s*$"
)
_PARTS = {
    "early": (1, 10),
    "the beginning of": (1, 10),
    "beginning of": (1, 10),
    "the start of": (1, 10),
    "mid": (11, 20),
    "the middle of": (11, 20),
    "late": (21, 31),
    "the end of": (21, 31),
    "end of": (21, 31),
}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in the text; `is_publication` for "a December 30 story"."""

    span: Span
    date: DateRecord
    is_publication: bool = False


def anchor_from(published: PartialDate | None) -> DateRecord | None:
    """Turn a document's published date into an anchor for relative dates."""
    if published is None:
        return None
    start = published.value
    return _record(published.text, published.precision, start, _period_end(start, published))


def find_dates(text: str, span: Span, anchor: DateRecord | None) -> list[DateMention]:
    """Return the non-overlapping date expressions of text[span], resolved, left to right."""
    taken: list[Span] = []  # sorted, never overlapping: a new span meets its neighbours only
    found = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text, *span):
            where = (match.start(), match.end())
            if _overlaps(taken, where):
                continue
            if _is_modal_may(text, match, span[0]):
                continue
            record = _resolve(kind, match, anchor)
            insort(taken, where)  # an impossible "February 30, 2007" is no date, nor is its year
            if record is None:
                continue
            publication = bool(_PUBLICATION.match(text, where[1], span[1]))
            found.append(DateMention(where, record, publication))
    return sorted(found, key=lambda mention: mention.span)


def _overlaps(taken: list[Span], where: Span) -> bool:
    index = bisect_left(taken, where)
    neighbours = taken[max(0, index - 1) : index + 1]
    return any(where[0] < end and start < where[1] for start, end in neighbours)


def _is_modal_may(text: str, match: re.Match, floor: int) -> bool:
    # "May" alone is a date only after a preposition ("in May"); otherwise it is the verb.
    if match.groupdict().get("month") != "May" or match.groupdict().get("year"):
        return False
    if match.groupdict().get("day"):
        return False
    # Only the words just before count: never rescan the paragraph from its start.
    window = max(floor, match.start() - 40)
    if window == floor:
        return not _MAY_MODAL.search(text[floor : match.start()])
    return not _MAY_MODAL.search(text, window, match.start())


def _resolve(kind: str, match: re.Match, anchor: DateRecord | None) -> DateRecord | None:
    groups = match.groupdict()
    written = match.group()
    try:
        if kind in ("slash", "iso"):
            day = date(int(groups["year"]), int(groups["mon"]), int(groups["day"]))
            return _record(written, "day", day, day)
        if kind == "day":
            return _day(written, MONTHS[groups["month"]], int(groups["day"]), groups, anchor)
        if kind == "month":
            return _month(written, MONTHS[groups["month"]], groups, anchor)
    except ValueError:
        return None  # "February 30": not a date
    if kind == "weekday":
        return _weekday(written, WEEKDAYS[groups["weekday"]], anchor)
    if kind == "relative":
        return _relative(written, groups["relative"].casefold(), anchor)
    return _year(written, int(groups["year"]), groups.get("early"))


def _day(
    written: str, month: int, day: int, groups: dict, anchor: DateRecord | None
) -> DateRecord | None:
    if groups.get("year"):
        value = date(int(groups["year"]), month, day)
        return _record(written, "day", value, value)
    date(2000, month, day)  # raises ValueError for an impossible day
    if anchor is None or anchor.end is None:
        return DateRecord(text=written, precision="day", month=month, day=day)
    year = anchor.end.year
    if (month, day) > (anchor.end.month, anchor.end.day):
        year -= 1
    value = date(year, month, day)
    return _record(written, "day", value, value)


def _month(written: str, month: int, groups: dict, anchor: DateRecord | None) -> DateRecord:
    first_day, last_day = _PARTS.get((groups.get("part") or "").casefold(), (1, 31))
    if groups.get("year"):
        year = int(groups["year"])
    elif anchor is not None and anchor.end is not None:
        year = anchor.end.year - (1 if month > anchor.end.month else 0)
    else:
        return DateRecord(text=written, precision="month", month=month)
    last = calendar.monthrange(year, month)[1]
    return _record(
        written, "month", date(year, month, first_day), date(year, month, min(last_day, last))
    )


def _weekday(written: str, weekday: int, anchor: DateRecord | None) -> DateRecord | None:
    if anchor is None or anchor.precision != "day" or anchor.end is None:
        return None
    value = anchor.end - timedelta(days=(anchor.end.weekday() - weekday) % 7)
    return _record(written, "day", value, value)


def _relative(written: str, phrase: str, anchor: DateRecord | None) -> DateRecord | None:
    if anchor is None or anchor.end is None:
        return None
    end = anchor.end
    if phrase in ("yesterday", "today", "last night", "this morning"):
        if anchor.precision != "day":
            return None
        value = end - timedelta(days=1 if phrase in ("yesterday", "last night") else 0)
        return _record(written, "day", value, value)
    if phrase == "last week":
        return _record(written, "day", end - timedelta(days=13), end - timedelta(days=1))
    if phrase in ("last month", "earlier this month", "this month"):
        first = end.replace(day=1)
        if phrase == "last month":
            first = (first - timedelta(days=1)).replace(day=1)
        return _record(written, "month", first, _month_end(first))
    year = end.year - (1 if phrase == "last year" else 0)
    last = end if phrase == "earlier this year" else date(year, 12, 31)
    return _record(written, "year", date(year, 1, 1), last)


def _year(written: str, year: int, part: str | None) -> DateRecord:
    months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}.get((part or "").casefold())
    first, last = months or (1, 12)
    return _record(written, "year", date(year, first, 1), _month_end(date(year, last, 1)))


def _record(written: str, precision: str, start: date, end: date) -> DateRecord:
    day = start.day if precision == "day" else None
    return DateRecord(written, precision, start, end, month=start.month, day=day)


def _month_end(value: date) -> date:
    return value.replace(day=calendar.monthrange(value.year, value.month)[1])


def _period_end(start: date, published: PartialDate) -> date:
    if published.precision == "day":
        return start
    if published.precision == "month":
        return _month_end(start)
    return date(start.year, 12, 31)
