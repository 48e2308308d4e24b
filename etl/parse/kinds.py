"""Guess a document's kind from its structure (never from its file name)."""

import re

from .dossier import DATELINE
from .header import SECTION

NEWS_DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]{2,}(?:,[ \t]*[A-Z][\w .'-]*)?[ \t]*(?:\(\w+\))?[ \t]*[—–-]"
)


def guess_kind(
    *,
    has_rows: bool,
    has_thread: bool,
    header_hints: tuple[str, ...],
    body_hints: tuple[str, ...],
    first_paragraph: str,
    has_byline: bool,
) -> str:
    """Return the DocumentKind value that fits the document's structure best.

    A table of dated rows makes a dossier; a press-release or transcript marker in the header
    decides those; a reader thread, image captions, tags or a donation appeal make a blog post;
    a series label ("Backgrounder #26") or an opening "Executive Summary" make a report; a
    dateline ("BAGHDAD —") under a byline makes a news article.
    """
    if has_rows:
        return "dossier"
    for hint in ("press_release", "transcript"):
        if hint in header_hints:
            return hint
    if has_thread or "blog" in body_hints:
        return "blog_post"
    if "series" in header_hints or SECTION.match(first_paragraph.strip()):
        return "report"
    if has_byline and (NEWS_DATELINE.match(first_paragraph) or DATELINE.match(first_paragraph)):
        return "news_article"
    return "other"
