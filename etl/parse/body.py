"""Separate an article's body paragraphs from its boilerplate, and read its closing byline."""

import re
from dataclasses import dataclass

from etl.parse.dates import find_date
from etl.records import PartialDate, Span

from .chrome import is_chrome
from .header import is_caption
from .lines import BULLET, Line, block_text, blocks, ends_sentence
from .names import ABOUT, BIO, BY, COPYRIGHT, EDITOR_OF, PUBLISHER_OF, SUPPORT, clean_site
from .publishers import CITATION
from .stamps import is_date_line
from .threads import HEADING

TAGS = re.compile(
    r"^(?:tags|tagged(?: with)?|filed under|categories|category|posted in|labels|topics)[ \t]*:",
    re.I,
)
SHARING = re.compile(
    r"^(?:share(?: this(?: article| post)?)?|share on \w+|tweet|email|e-mail|print|facebook|"
    r"twitter|linkedin|reddit|pinterest|whatsapp|like this|related(?: posts| articles)?|"
    r"loading\.\.\.|subscribe(?: to .+)?|follow us(?: on .+)?|read more|continue reading)"
    r"[ \t]*:?$",
    re.I,
)
POSTED_FOOTER = re.compile(r"^posted[ \t]+(?:at|on|in|by)\b.*\|", re.I)
DONATION = re.compile(r"\bdonat(?:e|es|ed|ing|ion|ions)\b", re.I)


@dataclass(frozen=True, slots=True)
class Body:
    """An article's body paragraphs (spans) and what its closing lines say about it."""

    spans: tuple[Span, ...]
    author: str = ""
    byline: str = ""
    publisher: str = ""
    published: PartialDate | None = None
    hints: tuple[str, ...] = ()


def parse_body(lines: list[Line], start: int, stop: int) -> Body:
    """Return the body of lines[start:stop]: paragraphs without captions, tags, appeals..."""
    facts: dict = {"hints": set(), "publishers": []}
    paragraphs: list[list[Line]] = []
    about_name: str | None = None
    about_open = 0  # blocks still read as the "About <author>" box
    about_at = _find_about(lines, start, stop)
    for block in blocks(lines[start:stop]):
        if about_open:
            facts["about"].extend(line.content for line in block)
            about_open = 0
            continue
        if _boilerplate_block(block, facts):
            continue
        content: list[Line] = []
        for line in block:
            about = ABOUT.match(line.content) if line.number == about_at else None
            if about:
                about_name = about.group("name") or ""
                facts["about"] = []
                content = _drop_name_line(content, about_name)
                about_open = 1
            elif about_open:
                facts["about"].append(line.content)
            elif not _boilerplate_line(line, facts):
                content.append(line)
        if about_open and facts["about"]:
            about_open = 0
        paragraphs.extend(_paragraphs(content))
    return _assemble(paragraphs, facts, about_name)


def _assemble(paragraphs: list[list[Line]], facts: dict, about_name: str | None) -> Body:
    author, byline = "", ""
    if about_name is not None:
        byline = " ".join(facts["about"])
        bio = BIO.match(byline)
        author = about_name or (bio.group("name") if bio else "")
        facts["hints"].add("blog")
    elif paragraphs and BIO.match(block_text(paragraphs[-1])):
        byline = block_text(paragraphs.pop())
        author = BIO.match(byline).group("name")
    author = author or facts.get("posted_by", "")
    return Body(
        spans=tuple(_merge_broken(paragraphs)),
        author=author,
        byline=byline,
        publisher=_publisher(facts["publishers"], byline),
        published=facts.get("published"),
        hints=tuple(sorted(facts["hints"])),
    )


def _find_about(lines: list[Line], start: int, stop: int) -> int | None:
    """Return the line of an "About <author>" box: its bio names the author just after it."""
    filled = [line for line in lines[start:stop] if not line.is_blank]
    for index, line in enumerate(filled):
        match = ABOUT.match(line.content)
        if match and index + 1 < len(filled):
            name = match.group("name")
            bio = filled[index + 1].content
            if not name or bio.startswith(name.split()[0]) or bio.startswith(name.split()[-1]):
                return line.number
    return None


def _boilerplate_block(block: list[Line], facts: dict) -> bool:
    text = block_text(block)
    if is_caption(text):
        return True
    if DONATION.search(text) and re.search(r"\b(?:support|please|help)\b", text, re.I):
        facts["hints"].add("blog")
        for pattern in (SUPPORT, PUBLISHER_OF):
            match = pattern.search(text)
            if match:
                facts["publishers"].append(clean_site(match.group("site")))
        return True
    return False


def _boilerplate_line(line: Line, facts: dict) -> bool:
    content = line.content
    if TAGS.match(content):
        facts["hints"].add("blog")
        return True
    posted = BY.match(content)
    if posted and not content.endswith("."):
        facts.setdefault("posted_by", posted.group("name").strip())
        found = find_date(posted.group("rest"))
        if found:
            facts.setdefault("published", found[0])
        return True
    copyright_ = COPYRIGHT.match(content)
    if copyright_:
        facts["publishers"].append(clean_site(copyright_.group("org")))
        return True
    return bool(
        SHARING.match(content)
        or HEADING.match(content)
        or POSTED_FOOTER.match(content)
        or CITATION.match(content)
        or is_chrome(content)
        or is_date_line(content)
    )


def _drop_name_line(content: list[Line], name: str) -> list[Line]:
    """Drop the author's bare name printed just above an "About <name>" box."""
    if content and name and content[-1].content == name:
        return content[:-1]
    return content


def _paragraphs(content: list[Line]) -> list[list[Line]]:
    """Split a block's content lines into paragraphs: each bullet item is its own."""
    paragraphs: list[list[Line]] = []
    for line in content:
        if not paragraphs or BULLET.match(line.content) or BULLET.match(paragraphs[-1][0].content):
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return paragraphs


def _merge_broken(paragraphs: list[list[Line]]) -> list[Span]:
    """Return paragraph spans, joining a paragraph a blank line cut mid-sentence."""
    spans: list[Span] = []
    previous = ""
    for paragraph in paragraphs:
        first = paragraph[0]
        start = first.bullet_span()[0]
        text = block_text(paragraph)
        if spans and previous and not ends_sentence(previous) and text[:1].islower():
            spans[-1] = (spans[-1][0], paragraph[-1].span[1])
        else:
            spans.append((start, paragraph[-1].span[1]))
        previous = text
    return spans


def _publisher(candidates: list[str], byline: str) -> str:
    if candidates:
        return candidates[0]
    match = EDITOR_OF.search(byline)
    return clean_site(match.group("site")) if match else ""
