"""Read a document's header: title, byline, author, publisher, date, and hints of its kind."""

import re
from dataclasses import dataclass

from etl.parse.dates import find_date, parse_date, parse_timestamp
from etl.records import PartialDate

from .lines import Line, block_text, blocks, ends_sentence, is_bullet
from .names import BY, INSTITUTION_WORDS, NAME_ROLE_ORG, ROLE_WORDS, clean_site

SERIES = re.compile(
    r"^(?P<series>backgrounder|report|brief|policy brief|issue brief|working paper|paper|"
    r"briefing|bulletin|update|fact sheet|occasional paper|special report|memo)"
    r"[ \t]*(?:no\.?|number)?[ \t]*#?[ \t]*\d+[\w.-]*$",
    re.I,
)
SECTION = re.compile(
    r"^(?:executive summary|summary|key findings|key points|introduction|abstract|overview|"
    r"background|highlights|main findings)[ \t]*:?$",
    re.I,
)
DATED = re.compile(
    r"^(?:posted|published|updated|dated|date|released|issued)?[ \t]*(?:on|:)?[ \t]*(?P<rest>.+)$",
    re.I,
)
RELEASE = re.compile(r"\b(?:press release|for immediate release|news release)\b", re.I)
TRANSCRIPT = re.compile(r"\btranscript\b", re.I)
CAPTION = re.compile(
    r"click (?:the )?(?:image|photo|picture|here)? ?to (?:view|enlarge)|click to enlarge|"
    r"^(?:photo|image|caption|credit|photo credit)[ \t]*:|^\((?:photo|image)\b",
    re.I,
)
URL_LINE = re.compile(
    r"^(?:(?:source|url|link|permalink|originally published at|read online)[ \t]*:?[ \t]*)?"
    r"(?P<url>https?://\S+)$",
    re.I,
)
PROSE_CHARS = 100
PROSE_WORDS = 8


@dataclass(frozen=True, slots=True)
class Header:
    """What a document's first lines say about it; `end` is the first line of the body."""

    end: int
    title: str = ""
    author: str = ""
    byline: str = ""
    publisher: str = ""
    published: PartialDate | None = None
    url: str = ""
    hints: tuple[str, ...] = ()


def parse_header(lines: list[Line], stop: int) -> Header:
    """Return the header of lines[:stop]: the short lines before the first prose block."""
    header_lines: list[Line] = []
    end = stop
    for block in blocks(lines[:stop]):
        if _is_prose(block):
            end = block[0].number
            break
        header_lines.extend(block)
    else:
        end = header_lines[-1].number + 1 if header_lines else stop
    return _read(header_lines, end)


def is_caption(text: str) -> bool:
    """Return whether a paragraph is an image caption ("... Click image to view.")."""
    return bool(CAPTION.search(text)) and len(text.split()) <= 40


def _is_prose(block: list[Line]) -> bool:
    text = block_text(block)
    if is_caption(text):
        return False
    if SECTION.match(block[0].content) or any(is_bullet(line) for line in block):
        return True
    sentence = ends_sentence(text) and not text.endswith(("?", "!", ":"))
    return len(text) >= PROSE_CHARS or (sentence and len(text.split()) >= PROSE_WORDS)


def _read(header_lines: list[Line], end: int) -> Header:
    fields: dict = {"hints": []}
    rest: list[Line] = []
    series_at = byline_at = None
    for line in header_lines:
        content = line.content
        if is_caption(content):
            continue
        if SERIES.match(content):
            fields["hints"].append("series")
            series_at = len(rest)
        elif RELEASE.search(content) or TRANSCRIPT.search(content):
            fields["hints"].append("press_release" if RELEASE.search(content) else "transcript")
            if len(TRANSCRIPT.sub("", RELEASE.sub("", content)).split()) >= 3:
                rest.append(line)
        elif URL_LINE.match(content):
            fields.setdefault("url", URL_LINE.match(content).group("url"))
        elif _read_byline(content, fields):
            byline_at = len(rest) if byline_at is None else byline_at
        elif not _read_date(content, fields):
            rest.append(line)
    return _header(fields, end, _title(rest, series_at, byline_at))


def _title(rest: list[Line], series_at: int | None, byline_at: int | None) -> str:
    """Return the title: the line after a series label, else the last before the byline."""
    if series_at is not None and rest[series_at:]:
        return rest[series_at].content
    if byline_at:
        return rest[byline_at - 1].content
    return rest[0].content if rest else ""


def _header(fields: dict, end: int, title: str) -> Header:
    return Header(
        end=end,
        title=title,
        author=fields.get("author", ""),
        byline=fields.get("byline", ""),
        publisher=fields.get("publisher", ""),
        published=fields.get("published"),
        url=fields.get("url", ""),
        hints=tuple(fields["hints"]),
    )


def _read_byline(content: str, fields: dict) -> bool:
    match = BY.match(content)
    if match and "author" not in fields:
        fields.update(author=match.group("name").strip(), byline=content)
        found = find_date(match.group("rest"))
        if found:
            fields.setdefault("published", found[0])
        return True
    match = NAME_ROLE_ORG.match(content)
    if match and "author" not in fields and _role_and_org(match):
        fields.update(author=match.group("name"), byline=content)
        fields["publisher"] = clean_site(match.group("org"))
        return True
    return False


def _role_and_org(match: re.Match) -> bool:
    return bool(ROLE_WORDS.search(match.group("role"))) and bool(
        INSTITUTION_WORDS.search(match.group("org"))
    )


def _read_date(content: str, fields: dict) -> bool:
    match = DATED.match(content)
    rest = match.group("rest") if match else content
    partial = parse_date(rest)
    if partial is None:
        stamp = parse_timestamp(rest)
        found = find_date(rest) if stamp else None
        partial = found[0] if found else None
    if partial is None or "published" in fields:
        return False
    fields["published"] = partial
    return True
