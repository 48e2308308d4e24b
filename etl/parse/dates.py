"""Dates and times as printed in documents, parsed with their precision."""

import re
from datetime import date, datetime, time

from etl.records import PartialDate

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_PATTERNS = [
    ("day", rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    ("day", rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
    ("day", r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)?\d{2})\b"),
    ("day", r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
    ("month", rf"\b{_MONTH},?\s+{_YEAR}\b"),
]
DATE_PATTERNS = [(precision, re.compile(pattern, re.I)) for precision, pattern in _PATTERNS]
TIME_PATTERN = re.compile(
    r"\b(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?(?![\w])",
    re.I,
)


def find_date(text: str) -> tuple[PartialDate, tuple[int, int]] | None:
    """Return the first well-formed date in `text` with its (start, end), most precise first."""
    found = []
    for precision, pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            value = match_to_date(match)
            if value is not None:
                partial = PartialDate(value=value, precision=precision, text=match.group(0))
                found.append((match.start(), -len(match.group(0)), partial, match.span()))
                break
    if not found:
        return None
    _, _, partial, span = min(found, key=lambda item: (item[0], item[1]))
    return partial, span


def parse_date(text: str) -> PartialDate | None:
    """Return the date when `text` is nothing but a date (a cell, a dateline), else None."""
    found = find_date(text)
    if found is None:
        return None
    partial, (start, end) = found
    rest = (text[:start] + text[end:]).strip(" \t,.;:-–—()")
    return partial if not rest else None


def find_time(text: str) -> tuple[time, tuple[int, int]] | None:
    """Return the first clock time in `text` ("4:55 PM", "16:55") and its (start, end)."""
    for match in TIME_PATTERN.finditer(text):
        hour, minute = int(match.group("hour")), int(match.group("minute"))
        ampm = (match.group("ampm") or "").lower().replace(".", "")
        if ampm:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        if hour < 24 and minute < 60:
            return time(hour, minute, int(match.group("second") or 0)), match.span()
    return None


def parse_timestamp(text: str) -> datetime | None:
    """Return the date and time when `text` is a timestamp line ("March 3, 2007 at 4:55 pm")."""
    found_date = find_date(text)
    found_time = find_time(text)
    if found_date is None or found_date[0].precision != "day":
        return None
    spans = [found_date[1]] + ([found_time[1]] if found_time else [])
    rest = text
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + rest[end:]
    if re.sub(r"\b(at|on|posted|said|\|)\b|[\s,.;:|@()\-–—]", "", rest, flags=re.I):
        return None
    clock = found_time[0] if found_time else time(0, 0)
    return datetime.combine(found_date[0].value, clock)


def is_timestamp_line(text: str) -> bool:
    """Return whether a line is only a date and/or a time, as comment systems print them."""
    if parse_timestamp(text) is not None:
        return True
    found = find_time(text)
    if found is None:
        return False
    start, end = found[1]
    return not (text[:start] + text[end:]).strip(" \t,.;:|@-–—()")


def match_to_date(match: re.Match) -> date | None:
    """Return the calendar date a DATE_PATTERNS match stands for, None if impossible."""
    groups = match.groupdict()
    month_text = groups["month"].lower()
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
    year = int(groups["year"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    day = int(groups["day"]) if groups.get("day") else 1
    try:
        return date(year, month, day)
    except ValueError:
        return None
