"""Find where a comment thread of a format the parser does not know seems to start."""

import re

from etl.parse.dates import find_date, find_time
from etl.parse.stamps import NUMERIC

from .chrome import is_chrome
from .lines import Line
from .threads import HEADING, _looks_like_navigation

UNKNOWN_SIGN = re.compile(
    r"^(?:reply|report|flag|permalink|\S.{0,40}[ \t](?:wrote|writes|says|said)[ \t]*:?)$", re.I
)
RELATIVE_TIME = re.compile(
    r"^(?:about[ \t]+)?(?:an?|\d+)[ \t]+(?:minute|hour|day|week|month|year)s?[ \t]+ago$", re.I
)
MIN_UNKNOWN_SIGNS = 2
MAX_STAMPED_CHARS = 100
STAMP_LEAD = 10  # stamped lines of one make start alike once their digits are masked


def find_unknown_thread(lines: list[Line], start: int, stop: int) -> int | None:
    """Return the line where a thread of a format the parser does not know seems to start.

    The signs: a comments heading ("Comments", "12 Responses") with text under it, or two
    lines or more that only comment systems print ("Reply", "3 years ago", "Name wrote:").
    """
    signs = []
    stamped: dict[str, list[int]] = {}
    for number in range(start, stop):
        content = lines[number].content
        if HEADING.match(content) and _text_follows(lines, number, stop):
            return number
        if UNKNOWN_SIGN.match(content) or RELATIVE_TIME.match(content):
            signs.append(number)
        if _is_stamped(content):
            stamped.setdefault(re.sub(r"\d+", "0", content)[:STAMP_LEAD], []).append(number)
    # Short lines of one make, each with a date and a clock time: posts' signatures.
    signs += [number for found in stamped.values() if len(found) > 1 for number in found]
    if len(signs) < MIN_UNKNOWN_SIGNS:
        return None
    first = min(signs)
    above = lines[first - 1] if first > start else None
    # A poster's name printed on the line above the first stamped line belongs to the thread.
    if above is not None and not above.is_blank and _looks_like_navigation(above):
        return first - 1
    return first


def _is_stamped(content: str) -> bool:
    """Return whether a short line holds a date and a clock time ("2 posted on <stamp> by")."""
    if len(content) > MAX_STAMPED_CHARS or find_time(content) is None:
        return False
    return find_date(content) is not None or NUMERIC.search(content) is not None


def _text_follows(lines: list[Line], number: int, stop: int) -> bool:
    return any(
        not line.is_blank and not is_chrome(line.content) and not HEADING.match(line.content)
        for line in lines[number + 1 : min(stop, number + 6)]
    )
