"""Read a document's header: title, byline, author, publisher, date, and hints of its kind.

The header is every line above the first line of prose. Its lines are sorted into site chrome
(navigation, widgets, banners), date lines, bylines, publisher lines and title candidates; the
title is the first candidate after the date line when one is printed above the headline
("Monday, May 14, 2007 / <title>"), else the first line of the last block of candidates before
the body (a site name or a section label comes earlier, a subtitle after it).
"""

import re
from dataclasses import dataclass, field, replace

from etl.parse.dates import find_date
from etl.records import PartialDate

from .bylines import read_byline
from .chrome import is_chrome, phrases_pattern
from .headlines import is_prose_line, is_title_like, join_wrapped, strip_title
from .lines import Line, block_text, blocks
from .names import BIO, BY, INSTITUTION_WORDS, SOLE_NAME
from .publishers import publisher_of, release_date, site_name
from .stamps import is_date_line, read_stamp
from .titles import agreeing, agreement, late_title, lede_words, segments

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
RELEASE = re.compile(
    r"\bpress release\b|^(?:for immediate release|news release)\b|"
    r"\b(?:press information center|public affairs office)\b",
    re.I,
)
RELEASE_LINE = re.compile(
    r"^(?:from[ \t]+)?(?:press|news)[ \t]+release\b|^for immediate release\b|"
    r"\b(?:press information center|public affairs office)\b",
    re.I,
)
TRANSCRIPT = re.compile(r"\btranscript\b", re.I)
CAPTION = re.compile(
    r"click (?:the )?(?:image|photo|picture|here)? ?to (?:view|enlarge)|click to enlarge|"
    r"^(?:photo|image|caption|credit|photo credit)[ \t]*:|^\((?:photo|image)\b|"
    r"\bphoto by\b|\((?:[^()]*\b(?:courtesy of|photo|getty images|afp)\b[^()]*)\)[ \t]*$",
    re.I,
)
URL_LINE = re.compile(
    r"^(?:(?:source|url|link|permalink|originally published at|read online)[ \t]*:?[ \t]*)?"
    r"(?P<url>https?://\S+)$",
    re.I,
)
METADATA = re.compile(r"\b[A-Z][\w ]{0,20}:[ \t]")
WEAK_AGREEMENT = 0.2
SITE_SUFFIX = re.compile(r"^[ \t]*(?:\||::|[-–—][ \t])[ \t]*\S")
MIN_TITLED_WORDS = 3
TITLED_AGREEMENT = 0.5
TITLE_PREFIX = re.compile(
    rf"{phrases_pattern('title_prefixes', prefix=True).pattern}|"
    r"^(?:subject|topic|thread|title|headline)[ \t]*:[ \t]*",
    re.I,
)


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


@dataclass(slots=True)
class _Fields:
    """What the header lines said so far, while they are read top to bottom."""

    hints: list[str] = field(default_factory=list)
    candidates: list[tuple[int, Line]] = field(default_factory=list)  # (block, line)
    dated_at: int | None = None  # index into candidates where the first date line stood
    series_at: int | None = None
    values: dict = field(default_factory=dict)
    lede: set[str] = field(default_factory=set)  # content words of the first sentences


def parse_header(lines: list[Line], stop: int, order: str = "MDY") -> Header:
    """Return the header of lines[:stop]: the short lines before the first line of prose."""
    end = header_end(lines, stop)
    fields = _Fields(lede=lede_words(lines, end, stop))
    for number, block in enumerate(blocks(lines[:end])):
        if BIO.match(block_text(block)):
            fields.values.setdefault("bio", block_text(block))
            continue
        for line in join_wrapped(block):
            _read_line(line, number, fields, order)
    header = _header(fields, end, lines[:end], fields.lede)
    if header.title:
        return header
    return replace(header, title=late_title(lines, end, stop))


def header_end(lines: list[Line], stop: int) -> int:
    """Return the number of the first body line: the first line of prose, else `stop`."""
    for block in blocks(lines[:stop]):
        if SECTION.match(block[0].content):
            return block[0].number
        for line in block:
            if is_prose_line(line, block):
                return line.number
    return stop


def is_caption(text: str) -> bool:
    """Return whether a paragraph is an image caption or a photo credit."""
    return bool(CAPTION.search(text)) and len(text.split()) <= 60


def _read_line(line: Line, block: int, fields: _Fields, order: str) -> None:
    content = strip_title(TITLE_PREFIX.sub("", line.content))
    values = fields.values
    if is_caption(content) or is_chrome(content) or not content:
        return
    if _read_segments(content, fields, order):
        return
    if SERIES.match(content):
        fields.hints.append("series")
        fields.series_at = len(fields.candidates)
    elif RELEASE.search(content) or TRANSCRIPT.search(content):
        fields.hints.append("press_release" if RELEASE.search(content) else "transcript")
        if len(TRANSCRIPT.sub("", RELEASE.sub("", content)).split()) >= 3:
            fields.candidates.append((block, line))
    elif release_date(content) is not None:
        fields.hints.append("press_release")
        values.setdefault("coded", release_date(content))
    elif URL_LINE.match(content):
        values.setdefault("url", URL_LINE.match(content).group("url"))
    elif _is_titled_name(content, fields.lede):
        fields.candidates.append((block, line))
    elif read_byline(content, values, candidates=len(fields.candidates)):
        pass
    elif is_date_line(content):
        _read_date(content, fields, order)
    elif publisher_of(content):
        values.setdefault("outlets", []).append((len(fields.candidates), publisher_of(content)))
    elif is_title_like(content) and not _is_metadata(content):
        fields.candidates.append((block, line))
    if find_date(content) is not None:
        values.setdefault("mentioned", find_date(content)[0])


def _read_segments(content: str, fields: _Fields, order: str) -> bool:
    """Read a line of facts printed side by side ("9:03 AM, Feb 12, 2007 • By Ann"), if it is.

    It is one when it has two parts or more, each a date, a byline or chrome, and one of them
    a date or a byline: such a line is never the headline.
    """
    parts = segments(content)
    if len(parts) < 2 or not all(_is_fact(part) for part in parts):
        return False
    if not any(is_date_line(part) or BY.match(part) for part in parts):
        return False
    for part in parts:
        if is_chrome(part):
            continue
        if not read_byline(part, fields.values, candidates=len(fields.candidates)):
            _read_date(part, fields, order)
    return True


def _is_fact(part: str) -> bool:
    return bool(is_date_line(part) or BY.match(part) or is_chrome(part))


def _is_titled_name(content: str, lede: set[str]) -> bool:
    """Return whether a line of capitalised words is a headline the text repeats, not a name."""
    words = content.split()
    return (
        bool(SOLE_NAME.match(content))
        and not INSTITUTION_WORDS.search(content)
        and not publisher_of(content)
        and len(words) >= MIN_TITLED_WORDS
        and agreement(content, lede) >= TITLED_AGREEMENT
    )


def _is_metadata(content: str) -> bool:
    """Return whether a line lists labelled facts ("Last updated: 30 October 2007 Author: ...")."""
    return len(METADATA.findall(content)) > 1 and find_date(content) is not None


def _read_date(content: str, fields: _Fields, order: str) -> None:
    stamp = read_stamp(content, order=order)
    if fields.dated_at is None:
        fields.dated_at = len(fields.candidates)
    if stamp is not None:
        fields.values.setdefault("published", stamp.partial())


def _header(fields: _Fields, end: int, lines: list[Line], lede: set[str]) -> Header:
    values = fields.values
    published = values.get("published") or values.get("coded") or values.get("mentioned")
    chosen, title = _title(fields, lede)
    author, byline = values.get("author", ""), values.get("byline", "")
    if not author:
        # A bare name is a byline only just under the headline ("<title> / Kim Sengupta").
        named = [item for item in values.get("names", []) if item[0] == chosen + 1]
        author, byline = (named[0][1], named[0][2]) if named else ("", "")
    return Header(
        end=end,
        title=title,
        author=author,
        byline=byline or values.get("bio", ""),
        publisher=values.get("publisher", "") or _outlet(values, chosen) or site_name(lines),
        published=published,
        url=values.get("url", ""),
        hints=tuple(fields.hints),
    )


def _outlet(values: dict, chosen: int) -> str:
    """Return the publisher line under the headline, else the first one (a site's name)."""
    outlets = values.get("outlets", [])
    under = [name for at, name in outlets if at > chosen]
    return under[0] if under else (outlets[0][1] if outlets else "")


def _title(fields: _Fields, lede: set[str]) -> tuple[int, str]:
    """Return the headline among the candidates and its index (see the module's docstring)."""
    candidates = _above_byline(fields, lede)
    if not candidates:
        return -1, ""
    if fields.series_at is not None and fields.series_at < len(candidates):
        return fields.series_at, candidates[fields.series_at][1].content
    if fields.dated_at is not None and fields.dated_at < len(candidates):
        chosen = fields.dated_at
    else:
        last_block = candidates[-1][0]
        chosen = next(index for index, item in enumerate(candidates) if item[0] == last_block)
    chosen = agreeing([line.content for _, line in candidates], chosen, lede)
    title = strip_title(TITLE_PREFIX.sub("", candidates[chosen][1].content))
    for _, later in candidates[chosen + 1 :]:
        longer = strip_title(later.content)
        if longer.lower().startswith(title.lower()) and len(longer) > len(title):
            title = longer
    return chosen, _without_site(title, [line.content for _, line in candidates])


def _without_site(title: str, candidates: list[str]) -> str:
    """Return the headline without the site's name a page's title line adds ("X | Site")."""
    for other in candidates:
        bare = strip_title(other)
        if len(bare) < len(title) and title.lower().startswith(bare.lower()):
            if SITE_SUFFIX.match(title[len(bare) :]):
                return bare
    return title


def _above_byline(fields: _Fields, lede: set[str]) -> list[tuple[int, Line]]:
    """Return the candidates, only those above the byline when one of them agrees with the text.

    A headline is printed above its byline; a line between the byline and the text is a
    caption, a deck or a widget.
    """
    candidates = fields.candidates
    at = fields.values.get("byline_at")
    if at is None or at >= len(candidates):
        return candidates
    above = candidates[:at]
    if any(agreement(line.content, lede) >= WEAK_AGREEMENT for _, line in above):
        return above
    return candidates
