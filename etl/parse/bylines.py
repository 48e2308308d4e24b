"""Read a header's byline: "By Ann Lee", "Ann Lee, Fellow, Some Institute", "Posted on <date>
by Ann", "LA Times / Ann Lee", or a bare name under the headline."""

import re

from etl.parse.dates import find_date

from .names import (
    BY,
    INSTITUTION_WORDS,
    NAME_ROLE_ORG,
    OUTLET_NAME,
    POSTED_ON_BY,
    ROLE_WORDS,
    SOLE_NAME,
    clean_site,
)
from .publishers import publisher_of
from .stamps import read_stamp

ARTICLE = re.compile(r"^(?:the|a|an)[ \t]", re.I)  # "The Case Against Iran" is no one's name


def read_byline(content: str, values: dict, *, candidates: int) -> bool:
    """Read a byline into `values` (author, byline, publisher, date, where it stood), if it is one.

    `candidates` is the number of headline candidates above it; a bare name is only kept aside
    ("names"), for the header to take when it stands just under the headline.
    """
    return _by_line(content, values, candidates) or _other_bylines(content, values, candidates)


def _by_line(content: str, values: dict, candidates: int) -> bool:
    """Read "By Ann Lee", "By Admin  <date>", "By From <desk>" (an issuer, no person)."""
    match = BY.match(content)
    if match and match.group("name").startswith("From "):
        # "By From Tribune news services": a byline naming no person, only its issuer.
        values.setdefault("publisher", content[match.start("name") + 5 :].strip())
        values.setdefault("byline_at", candidates)
        return True
    if match and " " not in match.group("name") and publisher_of(match.group("name")):
        values.setdefault("publisher", publisher_of(match.group("name")))
        return True
    if match and "author" not in values:
        # A name ends at a gap of spaces ("By Ann Lee  June 5, 2007").
        name, _, after = (re.split(r"([ \t]{2,})", match.group("name"), maxsplit=1) + ["", ""])[:3]
        values.update(author=name.strip(), byline=content, byline_at=candidates)
        rest = (after + match.group("rest")).strip(" \t,")
        found = find_date(rest)
        if found:
            values.setdefault("published", found[0])
        if rest and publisher_of(rest):
            values.setdefault("publisher", publisher_of(rest))
        return True
    return False


def _other_bylines(content: str, values: dict, candidates: int) -> bool:
    match = NAME_ROLE_ORG.match(content)
    if match and "author" not in values and _role_and_org(match):
        values.update(author=match.group("name"), byline=content)
        values["publisher"] = clean_site(match.group("org"))
        return True
    match = POSTED_ON_BY.match(content)
    if match and "author" not in values and read_stamp(match.group("date")) is not None:
        values.update(author=match.group("name"), byline=content)
        values.setdefault("published", read_stamp(match.group("date")).partial())
        return True
    match = OUTLET_NAME.match(content)
    if match and "author" not in values:
        values.update(author=match.group("name"), byline=content)
        values.setdefault("publisher", match.group("org").strip())
        return True
    match = SOLE_NAME.match(content)
    if (
        match
        and not ARTICLE.match(content)
        and not INSTITUTION_WORDS.search(content)
        and (not publisher_of(content))
    ):
        values.setdefault("names", []).append((candidates, match.group("name"), content))
        return True
    return False


def _role_and_org(match: re.Match) -> bool:
    return bool(ROLE_WORDS.search(match.group("role"))) and bool(
        INSTITUTION_WORDS.search(match.group("org"))
    )
