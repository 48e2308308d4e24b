"""Read a news dateline opening the body: "WASHINGTON, May 6, 2005 –", "BAGHDAD (CNN) --"."""

import re

from etl.records import PartialDate

from .dates import find_date

HEAD = re.compile(r"^(?P<head>[^\n]{3,80}?)[ \t]*(?:—|–|‹|--|[ \t]-)[ \t]+\S")
AGENCY = re.compile(r"\((?P<agency>[A-Z][A-Za-z.]{1,14})\)")


def dateline_date(paragraph: str) -> PartialDate | None:
    """Return the date a dateline prints before its dash, if it prints one with a year."""
    match = HEAD.match(paragraph)
    found = find_date(match.group("head")) if match else None
    return found[0] if found else None


def dateline_agency(paragraph: str) -> str:
    """Return the agency a dateline credits in parentheses ("(AP)", "(CNN)"), if any."""
    match = HEAD.match(paragraph)
    agency = AGENCY.search(match.group("head")) if match else None
    return agency.group("agency") if agency else ""
