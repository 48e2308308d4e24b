"""Read a dossier row's SOURCE cell: title, author, outlet, date and url as printed."""

import re
from dataclasses import dataclass
from datetime import date

from etl.parse.dates import DATE_PATTERNS, find_date, match_to_date
from etl.records import PartialDate

from .names import NAME
from .outlets import find_outlets, is_government, is_news
from .repair import fix_split_hyphens, rejoin_url_lines, rejoin_urls

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.I)
AUTHOR_OF = re.compile(
    rf"(?P<author>{NAME})[ \t]*[-–,.]?\s+(?:Staff\s+|Special\s+|Senior\s+)?"
    r"(?:Reporter|Writer|Correspondent)\s+(?:of|for|at)\s+(?:the\s+)?"
    r"(?P<outlet>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*)*)"
)
AUTHOR_WIRE = re.compile(
    rf"(?P<author>{NAME})[.,]\s+(?P<outlet>(?:[A-Z][\w&'’-]*\s+){{0,4}}?[A-Z][\w&'’-]*)"
    r"\s+(?:Staff\s+)?(?:Writer|Reporter|Correspondent)\b"
)
AUTHOR_BY = re.compile(rf"\bBy\s+(?P<author>{NAME})")
RELEASE = re.compile(r"\bRelease(?:\s+(?:No\.?|Number))?\s+(?P<id>[A-Z]{0,3}-?\d[\w-]*)")
TOPIC = re.compile(r"\bTopic:")
YEAR_LINE = re.compile(r"^[A-Za-z]{3,}\.?(?:\s+\S{1,3})?[.,]\s+(?P<year>(?:19|20)\d{2})$")
TRANSCRIPT = re.compile(
    r"\b(?:transcript|press conference|roundtable|briefing|interview|remarks)\b", re.I
)


@dataclass(frozen=True, slots=True)
class SourceCell:
    """What a row's SOURCE cell says; `printed` is the cell itself (urls re-joined)."""

    printed: str
    title: str = ""
    author: str = ""
    outlet: str = ""
    url: str = ""
    published: PartialDate | None = None
    kind: str = "excerpt"
    rejoined_url: bool = False


def parse_source(lines: list[str]) -> SourceCell:
    """Return the fields of a SOURCE cell given its lines in order."""
    lines, joined_lines = rejoin_url_lines([line.strip() for line in lines if line.strip()])
    fixed = [rejoin_urls(line) for line in lines]
    lines = [line for line, _ in fixed]
    printed = " ".join(lines)
    text = fix_split_hyphens("\n".join(lines))
    marks: list[tuple[int, int]] = []
    author, outlet = _author(text, marks)
    url = _first(URL, text, marks)
    published = _dates(text, marks) or _year(lines)
    release = RELEASE.search(text)
    if release:
        marks.append(release.span())
    outlet = outlet or _outlet(text, marks) or _issuer(text, release)
    topic = TOPIC.search(text)
    if topic:
        marks.append((topic.start(), len(text)))
    kind = _kind(printed, author, outlet, release is not None)
    return SourceCell(
        printed=printed,
        title=_release_title(text, release, marks) or _title(text, marks),
        author=author,
        outlet=outlet,
        url=url,
        published=published,
        kind=kind,
        rejoined_url=joined_lines or any(changed for _, changed in fixed),
    )


def _author(text: str, marks: list[tuple[int, int]]) -> tuple[str, str]:
    for pattern in (AUTHOR_OF, AUTHOR_WIRE):
        match = pattern.search(text)
        if match:
            marks.append(match.span())
            return _squash(match.group("author")), _squash(match.group("outlet"))
    match = AUTHOR_BY.search(text)
    if match:
        marks.append(match.span())
        return _squash(match.group("author")), ""
    return "", ""


def _first(pattern: re.Pattern, text: str, marks: list[tuple[int, int]]) -> str:
    match = pattern.search(text)
    if match is None:
        return ""
    marks.append(match.span())
    return match.group(0).rstrip(".,;)")


def _dates(text: str, marks: list[tuple[int, int]]) -> PartialDate | None:
    found = []
    for precision, pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if not any(start <= match.start() < end for start, end in marks):
                found.append((match.start(), precision, match))
    first = None
    for _, precision, match in sorted(found, key=lambda item: item[0]):
        marks.append(match.span())
        value = match_to_date(match)
        if first is None and value is not None:
            first = PartialDate(value=value, precision=precision, text=match.group(0))
    return first


def _year(lines: list[str]) -> PartialDate | None:
    """Return the year of a garbled date line ("Way 0, 2007"): all that can be trusted."""
    for line in lines:
        match = YEAR_LINE.match(line)
        if match and not URL.search(line):
            year = match.group("year")
            return PartialDate(value=date(int(year), 1, 1), precision="year", text=line)
    return None


def _outlet(text: str, marks: list[tuple[int, int]]) -> str:
    candidates = find_outlets(text)
    if not candidates:
        return ""
    dated = [start for start, end in marks if _is_date_mark(text[start:end])]
    limit = min(dated) if dated else len(text)
    before = [item for item in candidates if item.end <= limit]
    chosen = before[-1] if before else candidates[0]
    for item in candidates:
        if item.terminal or item is chosen and item.ends_dateline(text):
            marks.append((item.start, item.end))
    return chosen.name


def _is_date_mark(text: str) -> bool:
    return any(pattern.fullmatch(text) for _, pattern in DATE_PATTERNS)


def _issuer(text: str, release: re.Match | None) -> str:
    """Return who issued a release: what opens its line before the date ("X May 2, 2007")."""
    if release is None:
        return ""
    line = text[text.rfind("\n", 0, release.start()) + 1 : release.start()]
    found = find_date(line)
    issuer = line[: found[1][0]] if found else line
    issuer = " ".join(issuer.split()).strip(" ,;:-–—")
    return issuer if 0 < len(issuer.split()) <= 6 else ""


def _release_title(text: str, release: re.Match | None, marks: list[tuple[int, int]]) -> str:
    """Return the title printed after a release number on the same line, if any."""
    if release is None:
        return ""
    end = text.find("\n", release.end())
    end = len(text) if end == -1 else end
    later = [start for start, _ in marks if release.end() <= start < end]
    piece = text[release.end() : min(later, default=end)]
    return _squash(piece).strip(" ,;:-–—") if len(re.findall(r"[A-Za-z]{2,}", piece)) >= 2 else ""


def _title(text: str, marks: list[tuple[int, int]]) -> str:
    """Return the first stretch of the cell that no other field claimed."""
    start = 0
    for mark_start, mark_end in sorted(marks) + [(len(text), len(text))]:
        piece = text[start:mark_start]
        words = re.findall(r"[A-Za-z]{2,}", piece)
        if len(words) >= 2:
            return _squash(piece).strip(" ,;:-–—")
        start = max(start, mark_end)
    return ""


def _kind(printed: str, author: str, outlet: str, has_release: bool) -> str:
    if TRANSCRIPT.search(printed):
        return "transcript"
    if has_release:
        return "press_release"
    if author or is_news(outlet):
        return "news_article"
    if is_government(outlet):
        return "press_release"
    return "excerpt"


def _squash(text: str) -> str:
    return " ".join(text.split())
