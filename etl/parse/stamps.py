"""Date lines and timestamps as sites print them, read with their precision.

"Thursday, June 07, 2007", "Posted on June 7th, 2007 at 4:55 pm", "07/06/2007" (in the
page's own day/month order), "2007-06-07 16:55", "Last Updated: Wednesday, 5 October 2005,
21:55 GMT". The hand-written patterns of `dates` find where the date and the clock time are;
dateparser reads them, always against a fixed base (never today), so a result never depends
on when the loader runs.
"""

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from dateparser.date import DateDataParser

from etl.records import PartialDate

from .chrome import phrases_pattern
from .dates import find_date, find_time

NUMERIC = re.compile(
    r"\b(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b"
)
YEARLESS = re.compile(
    r"^(?:\w+day,?[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}\.?|"
    r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?)$"
)
RELATIVE = re.compile(
    r"^(?:about[ \t]+)?(?:an?|\d+)[ \t]+(?:second|minute|hour|day|week|month|year)s?[ \t]+ago$"
    r"|^(?:yesterday|today|just now)$",
    re.I,
)
FILLER = re.compile(
    r"\b(?:at|on|posted|said|published|updated|the|of)\b|\b[A-Z]{2,4}\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[\s,.;:|@()\-–—]",
    re.I,
)
LABEL_SEPARATOR = re.compile(r"^(?P<label>[^:|]{1,40}?)[ \t]*[:|][ \t]*(?P<rest>.+)$")
MAX_LABEL_WORDS = 4
ORDERS = ("MDY", "DMY")
BASE = datetime(2000, 1, 1)  # fixed, so that no result depends on the day the loader runs


@dataclass(frozen=True, slots=True)
class Stamp:
    """A timestamp as printed: when, to what precision, and the printed text."""

    value: datetime
    precision: str  # "minute" (date and clock time) | "day" | "month" | "year"
    text: str

    def partial(self) -> PartialDate:
        """Return the date part (a minute-precise stamp is a day-precise date with a time)."""
        precision = "day" if self.precision == "minute" else self.precision
        clock = self.value.time() if self.precision == "minute" else None
        return PartialDate(self.value.date(), precision, self.text, clock)


def read_stamp(text: str, *, order: str = "MDY") -> Stamp | None:
    """Return the timestamp when `text` is nothing but one (a label before it allowed).

    `order` is the page's order of numeric dates ("MDY" or "DMY", see `numeric_order`). A year
    must be printed: "23 Oct" dates nothing on its own.
    """
    content = _unlabelled(text.strip())
    if not content or len(content) > 80:
        return None
    pieces = _pieces(content)
    if pieces is None:
        return None
    return _parse(" ".join(pieces), content, order=order)


def is_date_line(text: str) -> bool:
    """Return whether a line only dates something: a timestamp, a yearless day, "3 years ago"."""
    content = _unlabelled(text.strip())
    if not content:
        return False
    if RELATIVE.match(content) or YEARLESS.match(content):
        return True
    return _pieces(content) is not None


def numeric_order(text: str) -> str:
    """Return the page's order of numeric dates: DMY when one has a day above 12 first."""
    for match in NUMERIC.finditer(text):
        first, second = int(match.group("a")), int(match.group("b"))
        if first > 12 >= second:
            return "DMY"
        if second > 12 >= first:
            return "MDY"
    return "MDY"


def _unlabelled(content: str) -> str:
    """Return the line without a leading label ("Posted on", "News |", "Last Updated:")."""
    content = DATE_LABEL.sub("", content, count=1).strip()
    match = LABEL_SEPARATOR.match(content)
    if match and len(match.group("label").split()) <= MAX_LABEL_WORDS:
        if _pieces(match.group("rest")) is not None:
            return match.group("rest").strip()
    return content


def _pieces(content: str) -> list[str] | None:
    """Return the date text and clock text of a line that holds only them, else None."""
    found = find_date(content)
    numeric = NUMERIC.search(content)
    spans = []
    if found is not None and (numeric is None or found[1][0] <= numeric.start()):
        spans.append(found[1])
    elif numeric is not None:
        spans.append(numeric.span())
    else:
        return None
    offset = spans[0][1]
    while (clock := find_time(content[offset:])) is not None:
        spans.append((clock[1][0] + offset, clock[1][1] + offset))
        offset += clock[1][1]
    before = find_time(content[: spans[0][0]])  # "9:03 AM, Feb 12, 2007", "at 13:29 08 Dec..."
    if before is not None and len(spans) == 1:
        spans.append(before[1])
    rest = content
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + rest[end:]
    if FILLER.sub("", rest):
        return None
    return [content[start:end] for start, end in spans[:2]]


def _parse(cleaned: str, printed: str, *, order: str) -> Stamp | None:
    parser = _parser(order if order in ORDERS else "MDY")
    try:
        found = parser.get_date_data(cleaned)
    except (ValueError, OverflowError):
        return None
    if found is None or found.date_obj is None:
        return None
    value = found.date_obj.replace(tzinfo=None)
    precision = "minute" if found.period == "time" else found.period
    if precision not in ("minute", "day", "month", "year"):
        return None
    return Stamp(value=value, precision=precision, text=printed)


@lru_cache(maxsize=2)
def _parser(order: str) -> DateDataParser:
    settings = {
        "DATE_ORDER": order,
        "PARSERS": ["absolute-time"],
        "RETURN_TIME_AS_PERIOD": True,
        "PREFER_DAY_OF_MONTH": "first",
        "RELATIVE_BASE": BASE,
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["year"],
    }
    return DateDataParser(languages=["en"], settings=settings)


DATE_LABEL = phrases_pattern("date_labels", prefix=True)
