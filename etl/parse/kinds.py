"""Guess a document's kind from its structure and general cues (never from its file name)."""

import re
from dataclasses import dataclass

from .chrome import phrases_pattern
from .dates import find_date
from .header import RELEASE_LINE
from .headlines import DATELINE, is_title_case, is_turn
from .lines import Line, ends_sentence
from .outlets import find_outlets, is_news
from .publishers import release_date

BLOG_CUE = phrases_pattern("blog_cues", prefix=False)
REPORT_LABEL = phrases_pattern("report_labels", prefix=True)
TRANSCRIPT_TITLE = phrases_pattern("transcript_titles", prefix=False)
SECTION = re.compile(
    r"^(?:executive summary|summary|key findings|key points|introduction|abstract|overview|"
    r"background|highlights|main findings)[ \t]*:?$",
    re.I,
)
DATED_ROW = re.compile(
    r"^[ \t]*(?:\w+[ \t]+)?\d{0,2}[ \t,]*\w*[ \t,]*(?:19|20)\d\d[ \t]*[–—-][ \t]+\S"
)
MIN_TURNS = 3
MIN_ROWS = 3
MIN_HEADINGS = 2
HEADING_WORDS = 8
CUE_LINE_CHARS = 250


@dataclass(frozen=True, slots=True)
class Cues:
    """What a document shows of its kind: structure found by the parser and cues in its text."""

    has_rows: bool = False
    has_thread: bool = False
    hints: frozenset[str] = frozenset()  # from the header and body: press_release, blog, ...
    title: str = ""
    first_paragraph: str = ""
    publisher: str = ""


def text_hints(lines: list[Line], body_lines: set[int]) -> set[str]:
    """Return the cues a whole text shows: speaker turns, dated rows, headings, blog chrome."""
    hints: set[str] = set()
    turns = sum(is_turn(line.content) for line in lines)
    rows = sum(
        bool(DATED_ROW.match(line.content)) and find_date(line.content) is not None
        for line in lines
    )
    headings = sum(_is_heading(lines, line.number) for line in lines if line.number in body_lines)
    if turns:
        hints.add("turns" if turns >= MIN_TURNS else "turn")
    if rows >= MIN_ROWS:
        hints.add("timeline")
    if headings >= MIN_HEADINGS:
        hints.add("headings")
    short = [line.content for line in lines if len(line.content) < CUE_LINE_CHARS]
    if any(BLOG_CUE.search(content) for content in short):
        hints.add("blog")
    if any(RELEASE_LINE.search(content) or release_date(content) for content in short):
        hints.add("press_release")
    if any(REPORT_LABEL.match(line.content) for line in lines[:20]):
        hints.add("series")
    return hints


def guess_kind(cues: Cues) -> str:
    """Return the DocumentKind value that fits the document's cues best.

    Strongest first: a table of dated rows makes a dossier; speaker turns or a transcript
    marker a transcript; a press-release marker or release number a press release; a reader
    thread a blog post; a series label, an opening summary, a timeline of dated entries a
    report; blog software's lines a blog post; a dateline or a news outlet a news article;
    section headings a report. A document with none of these is taken for a news article.
    """
    hints = cues.hints
    if cues.has_rows:
        return "dossier"
    titled = bool(TRANSCRIPT_TITLE.search(cues.title))
    if "transcript" in hints or (hints & {"turn", "turns"} and titled):
        return "transcript"
    if "press_release" in hints:
        return "press_release"
    if cues.has_thread:
        return "blog_post"
    if hints & {"series", "timeline"} or SECTION.match(cues.first_paragraph.strip()):
        return "report"
    if "blog" in hints:
        return "blog_post"
    if "turns" in hints:
        return "transcript"
    if DATELINE.match(cues.first_paragraph) or _news_outlet(cues.publisher):
        return "news_article"
    return "report" if "headings" in hints else "news_article"


def _news_outlet(publisher: str) -> bool:
    return bool(publisher) and any(is_news(outlet.name) for outlet in find_outlets(publisher))


def _is_heading(lines: list[Line], number: int) -> bool:
    """Return whether a line stands alone between paragraphs as a section heading."""
    content = lines[number].content
    if not content or ends_sentence(content) or len(content.split()) > HEADING_WORDS:
        return False
    alone = all(
        0 <= other < len(lines) and lines[other].is_blank for other in (number - 1, number + 1)
    )
    return alone and content[:1].isupper() and (is_title_case(content) or len(content) < 40)
