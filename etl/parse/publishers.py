"""Publisher lines of a header ("American Forces Press Service", "(source: CNN)", "CNN.com"),
a site's name printed above its navigation, and dates coded in release numbers."""

import re
from datetime import date

from etl.records import PartialDate

from .chrome import is_chrome, is_navigation
from .lines import Line
from .names import NAME
from .outlets import find_outlets
from .stamps import read_stamp

SOURCE = re.compile(r"^\(?(?:source|from|via)[ \t]*:[ \t]*(?P<name>[^()]{2,60}?)\)?$", re.I)
DOMAIN = re.compile(r"^(?P<name>[A-Za-z][\w-]{1,30})\.(?:com|org|net|co\.uk|gov|mil|info)$", re.I)
DESK = re.compile(
    r"[ \t,]+(?:staff writers?|foreign service|staff|writers?|correspondents?|reporters?|"
    r"wire service|news service)\b.*$",
    re.I,
)
# "Release A070504a", "Release No. 20080226-01": public-affairs offices number releases by date.
RELEASE_CODE = re.compile(
    r"^(?:press[ \t]+)?release[ \t]*(?:no\.?|number|#)?[ \t]*#?[ \t]*[A-Z]?"
    r"(?P<year>(?:20)?\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)[a-z]?(?:-\d+)?$",
    re.I,
)
SITE_WORDS = 4
# A repost's citation of its source: "(Oliver Poole, 11/03/2006, Daily Telegraph)".
CITATION = re.compile(
    rf"^\((?P<name>{NAME}),[ \t]*(?P<date>[^,()]{{4,30}}),[ \t]*(?P<org>[^,()]{{2,60}})\)$"
)


def publisher_of(text: str) -> str:
    """Return the publisher a header line names on its own, else the empty string."""
    content = text.strip().strip(" \t,;")
    source = SOURCE.match(content)
    if source:
        return source.group("name").strip()
    domain = DOMAIN.match(content)
    if domain:
        return domain.group("name")
    bare = DESK.sub("", content).strip(" \t,")
    outlets = find_outlets(bare.title() if bare.isupper() else bare)
    if outlets and outlets[0].start == 0 and outlets[-1].end >= len(bare.rstrip(". ")):
        return bare
    return ""


def release_date(text: str) -> PartialDate | None:
    """Return the date a release number encodes ("Release A070512a" -> 2007-05-12)."""
    match = RELEASE_CODE.match(text.strip())
    if match is None:
        return None
    year = int(match.group("year"))
    year = year + 2000 if year < 100 else year
    try:
        value = date(year, int(match.group("month")), int(match.group("day")))
    except ValueError:
        return None
    return PartialDate(value=value, precision="day", text=match.group(0))


def site_name(lines: list[Line]) -> str:
    """Return a site's name: a short first line followed by its navigation or its tagline."""
    filled = [line for line in lines if not line.is_blank]
    if len(filled) < 2:
        return ""
    first, following = filled[0].content, filled[1].content
    if len(first.split()) > SITE_WORDS or is_chrome(first) or not first[:1].isalpha():
        return ""
    tagline = following[:1].islower() and len(following.split()) <= 2 * SITE_WORDS
    return first if is_navigation(following) or tagline else ""


def repost_source(lines: list[Line], order: str = "MDY") -> tuple[str, str, PartialDate | None]:
    """Return (author, publisher, date) a repost prints for its source article, if it does."""
    for line in lines:
        content = line.content
        cited = CITATION.match(content)
        if cited:
            stamp = read_stamp(cited.group("date"), order=order)
            published = stamp.partial() if stamp else None
            return cited.group("name"), cited.group("org").strip(), published
        source = SOURCE.match(content)
        if source:
            return "", source.group("name").strip(), None
    return "", "", None
