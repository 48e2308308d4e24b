"""Find a passage a comment quotes from an earlier comment (verbatim, or nearly)."""

import re
from functools import lru_cache

from etl.records import CommentRecord

MIN_PASSAGE_CHARS = 40
MIN_PHRASE_WORDS = 6
MIN_LINE_WORDS = 4
PHRASE_OVERLAP = 0.75
QUOTED = re.compile(r"[“\"](?P<phrase>[^“”\"]{10,400})[”\"]")
_WORD = re.compile(r"\w+")
_MARKERS = "*>“”\"' \t"
MAX_CUE = 200


def find_quoted(comment: CommentRecord, earlier: list[CommentRecord], article: str) -> dict | None:
    """Return reply fields when the comment quotes an earlier comment, else None.

    A whole line of 40+ characters found verbatim (case, spacing and punctuation aside) in an
    earlier comment counts; so does a quoted phrase of 6+ words whose words mostly recur, in
    order, in an earlier comment. Passages the article itself holds are quotes of the
    article, not replies.
    """
    article_words = _words(article)
    article_text = _joined(article)
    for line in comment.body.split("\n"):
        passage = line.strip(_MARKERS)
        if len(passage) >= MIN_PASSAGE_CHARS:
            found = _verbatim(passage, earlier, article_text)
            if found:
                return found
        elif len(_words(passage)) >= MIN_LINE_WORDS:
            found = _whole_line(passage, earlier, article_text)
            if found:
                return found
    for match in QUOTED.finditer(comment.body):
        found = _near(match.group("phrase"), earlier, article_words)
        if found:
            return found
    return None


def _verbatim(passage: str, earlier: list[CommentRecord], article: str) -> dict | None:
    needle = " ".join(_words(passage))
    if f" {needle} " in article:
        return None
    for other in earlier:
        if f" {needle} " in _joined(other.body):
            return _found(other, passage)
    return None


def _whole_line(passage: str, earlier: list[CommentRecord], article: str) -> dict | None:
    """Return the latest earlier comment holding this short line as a whole line of its own."""
    needle = " ".join(_words(passage))
    if f" {needle} " in article:
        return None
    for other in reversed(earlier):
        if any(" ".join(_words(line)) == needle for line in other.body.split("\n")):
            return _found(other, passage)
    return None


def _near(phrase: str, earlier: list[CommentRecord], article_words: tuple[str, ...]) -> dict | None:
    words = _words(phrase)
    if len(words) < MIN_PHRASE_WORDS or _overlap(words, article_words) >= PHRASE_OVERLAP:
        return None
    best = max(earlier, key=lambda other: _overlap(words, _words(other.body)), default=None)
    if best is not None and _overlap(words, _words(best.body)) >= PHRASE_OVERLAP:
        return _found(best, phrase)
    return None


def _overlap(words: tuple[str, ...], text: tuple[str, ...]) -> float:
    """Return the share of `words` found in order within a window of `text` about as long."""
    if not text or len(set(words) & set(text)) < PHRASE_OVERLAP * len(set(words)):
        return 0.0
    width = len(words) * 3 // 2 + 1
    best = 0
    for start, word in enumerate(text):
        if word in words[:2]:
            best = max(best, _in_order(words, text[start : start + width]))
    return best / len(words)


def _in_order(words: tuple[str, ...], window: tuple[str, ...]) -> int:
    """Return how many of `words` appear in `window` in the same order (greedy)."""
    matched, position = 0, 0
    for word in words:
        try:
            position = window.index(word, position) + 1
        except ValueError:
            continue
        matched += 1
    return matched


@lru_cache(maxsize=1024)
def _joined(text: str) -> str:
    """Return the text's words joined by single spaces, padded for whole-word search."""
    return f" {' '.join(_words(text))} "


@lru_cache(maxsize=1024)
def _words(text: str) -> tuple[str, ...]:
    # Cached: every comment is compared with each earlier one and with the article.
    return tuple(_WORD.findall(text.casefold()))


def _found(other: CommentRecord, passage: str) -> dict:
    cue = passage if len(passage) <= MAX_CUE else passage[: MAX_CUE - 1].rstrip() + "…"
    return {"reply_to_position": other.position, "addressed_to": other.author, "reply_cue": cue}
