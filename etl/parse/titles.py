"""Tell a headline from the other short lines above a text by how far the text agrees with it.

A page's headline restates what its first sentences tell: most of its content words come back
in them. A site's name, a section label, a banner or a form label ("Tips, questions, and
suggestions", "Your e-mail (optional)") shares few or none. Words are compared by their first
four letters, so that "Iranian" agrees with "Iran's" and "raids" with "raid".
"""

import re

from .chrome import is_chrome
from .headlines import is_prose_line, is_title_like, strip_title
from .lines import Line
from .stamps import is_date_line

STEM = 4
LEDE_CHARS = 2000
FUNCTION_WORDS = frozenset(
    """the and for from with into onto that this these those than then there their they them
    was were are been being has have had not but its it's his her our your you who whom whose
    what which when where why how all any some more most very just also only over under about
    after before again again says said will would could should may might must can new how
    out off upon via per one two three""".split()
)


def content_words(text: str) -> set[str]:
    """Return the stems of the words of three letters or more that carry meaning."""
    words = re.findall(r"[^\W\d_]{3,}", text.replace("’", "'"))
    return {word.lower()[:STEM] for word in words if word.lower() not in FUNCTION_WORDS}


def lede_words(lines: list[Line], start: int, stop: int) -> set[str]:
    """Return the content words of the text's first sentences (lines[start:stop])."""
    taken: list[str] = []
    size = 0
    for line in lines[start:stop]:
        if size >= LEDE_CHARS:
            break
        taken.append(line.content)
        size += len(line.content)
    return content_words(" ".join(taken))


def agreement(title: str, lede: set[str]) -> float:
    """Return the share of a candidate's content words that the first sentences repeat."""
    words = content_words(title)
    if not words:
        return 0.0
    return len(words & lede) / len(words)


SEGMENT = re.compile(r"[ \t]*(?:\||•|·)[ \t]*|[ \t]{2,}")
WEAK = 0.2
NEAR_BEST = 0.5
HEADLINE_WORDS = 20
MIN_HEADLINE_WORDS = 3
LABEL_WORDS = 2
MIN_BEST = 0.25


def segments(content: str) -> list[str]:
    """Return the parts of a line printed side by side ("9:03 AM, Feb 12, 2007 • By Ann")."""
    return [part for part in SEGMENT.split(content) if part.strip()]


def agreeing(candidates: list[str], chosen: int, lede: set[str]) -> int:
    """Return the candidate to take for the headline: `chosen` unless the text says otherwise.

    A headline is printed above its deck: an earlier line of headline length that the first
    sentences repeat at least as well is the headline. When they repeat almost none of the
    chosen line's words (a banner, a form label) while other lines agree with them, the
    headline is the first line that agrees.
    """
    shares = [agreement(candidate, lede) for candidate in candidates]
    if chosen < 0:
        return chosen
    if shares[chosen] >= WEAK:
        floor = max(shares[chosen], NEAR_BEST)
        earlier = (
            i
            for i in range(chosen)
            if _headline(candidates[i], shares[i], floor) and candidates[i] != candidates[chosen]
        )
        chosen = next(earlier, chosen)
    elif max(shares) >= MIN_BEST:
        chosen = next(index for index, share in enumerate(shares) if share >= WEAK)
    else:
        return chosen
    following = chosen + 1
    if len(candidates[chosen].split()) <= LABEL_WORDS and following < len(candidates):
        # A one- or two-word line over a longer one that agrees as well is a section label.
        if _headline(candidates[following], shares[following], shares[chosen]):
            return following
    return chosen


def _headline(candidate: str, share: float, floor: float) -> bool:
    """Return whether a line agrees at least `floor` and is of a headline's length."""
    words = len(candidate.split())
    return share >= floor and MIN_HEADLINE_WORDS <= words <= HEADLINE_WORDS


LATE_REACH = 6


def late_title(lines: list[Line], start: int, stop: int) -> str:
    """Return a headline printed under the page's first sentence (a promotion above it), or "".

    Looked for only when the header holds none: among the next few lines, the first short line
    that is no sentence and that the text after it agrees with.
    """
    filled = [line for line in lines[start:stop] if not line.is_blank][:LATE_REACH]
    for line in filled:
        content = line.content
        words = len(content.split())
        if not MIN_HEADLINE_WORDS <= words <= HEADLINE_WORDS or not is_title_like(content):
            continue
        if is_prose_line(line, [line]) or is_chrome(content) or is_date_line(content):
            continue
        if agreement(content, lede_words(lines, line.number + 1, stop)) >= NEAR_BEST:
            return strip_title(content)
    return ""
