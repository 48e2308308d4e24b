"""Spot outlet and publisher names (news agencies, press offices) in a citation."""

import re
from dataclasses import dataclass

HEAD = re.compile(
    r"\b(?:Press|Service|Center|Centre|Command|Agency|Office|News|Times|Post|Journal|Tribune|"
    r"Herald|Sun|Gazette|Institute|Bureau|Network|Radio|Television|Reuters|"
    r"(?:Department|Ministry)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]+|"
    r"(?:Force|Forces|Corps)[ \t]?[-–][ \t]?[A-Z][a-z]+(?:[ \t]+[A-Z]{2,5}\b)?)\b"
)
CONNECTORS = {"of", "for", "and", "the", "&", "on"}
NEWS = {"press", "news", "times", "post", "journal", "tribune", "herald", "sun", "gazette"}
NEWS |= {"reuters", "radio", "television", "network", "daily", "magazine", "wire"}
GOVERNMENT = re.compile(
    r"\b(?:force|forces|corps|command|department|ministry|embassy|office|army|navy|"
    r"government|pao|agency|military)\b",
    re.I,
)
GLUED_WORDS = 4
DATELINE_AFTER = re.compile(
    r"^[ \t]*,?[ \t]*(?:[A-Z][\w.'-]*,?[ \t]+){0,3}?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Oct|Nov|Dec)[a-z]*\.?[ \t]+\d|\d{1,2}/\d{1,2}/\d{2,4}|Release\b|$|\n)"
)


@dataclass(frozen=True, slots=True)
class Outlet:
    """An outlet name found in a citation, where it is, and whether it fills its line."""

    name: str
    start: int
    end: int
    terminal: bool

    def ends_dateline(self, text: str) -> bool:
        """Return whether only a place and a date (or the line's end) follow the name."""
        return bool(DATELINE_AFTER.match(text[self.end :]))


def find_outlets(text: str) -> list[Outlet]:
    """Return the outlet names in text, left to right, none inside another."""
    found = [_extend(text, match.start(), match.end()) for match in HEAD.finditer(text)]
    found = [item for item in found if item is not None]
    return [
        item
        for item in found
        if not any(
            other is not item and other.start <= item.start and item.end <= other.end
            for other in found
        )
    ]


def is_news(outlet: str) -> bool:
    """Return whether an outlet name reads as a news organization."""
    words = [word.lower() for word in re.findall(r"[A-Za-z]+", outlet)]
    return bool(words) and (
        words[-1] in NEWS or (words[-1] == "service" and len(words) > 1 and words[-2] in NEWS)
    )


def is_government(outlet: str) -> bool:
    """Return whether an outlet name reads as a government or military body."""
    return bool(GOVERNMENT.search(outlet))


def _extend(text: str, head_start: int, head_end: int) -> Outlet | None:
    line_start = text.rfind("\n", 0, head_start) + 1
    line_end = text.find("\n", head_end)
    line_end = len(text) if line_end == -1 else line_end
    tokens = list(re.finditer(r"\S+", text[line_start:head_start]))
    kept: list[re.Match] = []
    for token in reversed(tokens):
        word = token.group(0)
        if word.endswith((",", ";", ":")) or _ends_sentence(word):
            break
        if not (word[:1].isupper() or word.lower() in CONNECTORS):
            break
        kept.insert(0, token)
    while kept and kept[0].group(0).lower() in CONNECTORS - {"the"}:
        kept.pop(0)
    glued = bool(kept) and kept[0].start() > 0 or (not kept and tokens)
    articles = [index for index, token in enumerate(kept) if token.group(0) == "The"]
    if glued and articles and articles[-1] > 0:
        kept = kept[articles[-1] :]
    elif glued and len(kept) > GLUED_WORDS - 1:
        cut = len(kept) - (GLUED_WORDS - 1)
        keep_the = kept[cut - 1].group(0) == "The"
        kept = kept[cut - 1 :] if keep_the else kept[cut:]
    start = line_start + kept[0].start() if kept else head_start
    name = " ".join(text[start:head_end].split())
    terminal = start == line_start and not text[head_end:line_end].strip()
    return Outlet(name=name, start=start, end=head_end, terminal=terminal)


def _ends_sentence(word: str) -> bool:
    """Return whether a token ends a sentence ("Reid."), not an initialism ("U.S.", "H.")."""
    if not word.endswith("."):
        return False
    core = word[:-1]
    return len(core) > 1 and "." not in core
