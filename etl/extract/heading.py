"""The document's own lines above (and around) its body: title, deck, byline, bio, captions.

The parse layer keeps the header out of `body_spans`, but the title, the byline and an author
bio are the document's own text: the people, outlets and groups they name are actors of the
document. This finds those lines again: from the headline (or, without one, the first byline
or publisher line) down to the body, every line that is not site chrome, a date line, a web
address or a release code, with the credits cut out of photo captions ("US Air Force photo by
...", "(Courtesy of the U.S. Army)"); the byline wherever it stands in the header; and the
author bio wherever it is printed (many blogs print it after the post). Lines above the
headline are left out: they are the site's name, its navigation and banners.
"""

import re

from etl.parse.chrome import is_chrome
from etl.parse.lines import Line, split_lines
from etl.parse.stamps import is_date_line
from etl.records import DocumentRecord, Span

_URL = re.compile(r"https?://|www\.|^[\w.-]+\.(?:com|org|net|mil|gov)\b", re.I)
_CODE = re.compile(
    r"^(?:release|news release|press release)\b[ \t]*(?:no\.?|#)?[ \t]*[\w-]*$", re.I
)
_CREDIT = re.compile(
    r"\b(?:photo|photograph|image|picture|courtesy|credit|click|getty|file photo)\b", re.I
)
_CAPTION_PART = re.compile(r"[^.()]+(?:\.(?=\s|$))?|\([^)]*\)")
_SPACE = re.compile(r"\s+")
_TITLE_PREFIX = 60
_AUTHORS = re.compile(r"\s*(?:,|&|\band\b)\s*")
_NO_AUTHOR = frozenset({"none", "admin", "staff", "anonymous", "unknown"})


def heading_spans(document: DocumentRecord) -> list[Span]:
    """Return the spans of the header lines and bio that are the document's own text, in order."""
    if document.position is not None:
        return []  # a dossier row has no header of its own
    text = document.text
    body_start = min((start for start, _ in document.body_spans), default=None)
    if body_start is None:
        body_start = min((comment.span[0] for comment in document.comments), default=len(text))
    lines = [line for line in split_lines(text[:body_start]) if not line.is_blank]
    first = _first_line(lines, document)
    found = [span for line in lines[first:] for span in _own_parts(line)]
    found += _byline_spans(lines[:first], document)
    found += _bio_spans(text, document, body_start)
    return sorted(set(found))


def _first_line(lines: list[Line], document: DocumentRecord) -> int:
    """Return the index of the headline's line, else of the first byline or publisher line."""
    title = _plain(document.title)[:_TITLE_PREFIX]
    for index, line in enumerate(lines):
        content = _plain(line.content)
        if title and content and (title.startswith(content) or title in content):
            return index
    marks = [_plain(mark) for mark in (document.byline, document.publisher) if mark.strip()]
    for index, line in enumerate(lines):
        if any(mark and mark in _plain(line.content) for mark in marks):
            return index
    return len(lines)


def _own_parts(line: Line) -> list[Span]:
    content = line.content
    if is_chrome(content) or is_date_line(content) or _URL.search(content):
        return []
    if _CODE.match(content):
        return []
    if not _CREDIT.search(content):
        return [line.span]
    # A caption: its sentences are document text, its credits are not.
    start = line.span[0]
    return [
        (start + part.start(), start + part.end())
        for part in _CAPTION_PART.finditer(content)
        if part.group().strip() and not _CREDIT.search(part.group())
    ]


def _byline_spans(lines: list[Line], document: DocumentRecord) -> list[Span]:
    byline = _plain(document.byline)
    if not byline:
        return []
    return [line.span for line in lines if _plain(line.content) == byline]


def _bio_spans(text: str, document: DocumentRecord, body_start: int) -> list[Span]:
    """Return where an author bio printed outside the header is (after the body, usually)."""
    bio = document.byline.strip()
    if not document.author or len(bio.split()) < 6 or document.author not in bio:
        return []
    at = text.find(bio, body_start)
    inside = any(start <= at < end for start, end in document.body_spans)
    in_comment = any(start <= at < end for start, end in (c.span for c in document.comments))
    return [] if at < 0 or inside or in_comment else [(at, at + len(bio))]


def _plain(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def byline_authors(document: DocumentRecord, heading: list[Span]) -> list[tuple[Span, str]]:
    """Return the document's authors where the heading names them: (span, name) pairs.

    The parse layer read the author from the byline ("By Sudarsan Raghavan and Robin Wright",
    "Posted on September 30, 2007 by sfcmac"); each of its names is a person of the document.
    """
    found = []
    for name in _AUTHORS.split(document.author.strip()):
        if len(name) < 2 or name.casefold() in _NO_AUTHOR:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
        for start, end in heading:
            match = pattern.search(document.text, start, end)
            if match is not None:
                found.append((match.span(), name.title() if name.isupper() else name))
                break
    return found
