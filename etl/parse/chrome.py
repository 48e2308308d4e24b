"""Recognise site chrome: widget lines, banners, navigation, doubled link text, vote counts.

The phrases are data (chrome.yaml); the shapes (a bar of short links, "Decrease fontDecrease
font", "5 △ ▽") are general signals of web pages copied as text.
"""

import re
from functools import cache
from pathlib import Path

import yaml

PATH = Path(__file__).resolve().with_name("chrome.yaml")
EDGES = " \t•·▪◦‣∙●○*»«›‹→←▾▸►|:;,-–—…"
SEPARATORS = re.compile(r"[ \t]*[•·|/][ \t]*|(?<=\))[ \t]*(?=\()|[ \t]{2,}")
VOTES = re.compile(
    r"^(?:[-+]?\d+[ \t]*)?(?:[△▽▲▼↑↓👍👎][ \t]*)+(?:[-+]?\d+)?$|"
    r"^\(?\d+\+?[ \t]*/[ \t]*-?\d+-?\)?$|"
    r"^(?:\d+[ \t]+)?(?:likes?|points?|votes?|replies|reply)$|"
    r"^#\d{1,6}$",
    re.I,
)
# A form's field label: "Your e-mail (optional)", "Website (optional)", "Name (required)".
FORM_FIELD = re.compile(r"^(?:your[ \t]+)?[\w-]+(?:[ \t]+[\w-]+)?[ \t]*\((?:optional|required)\)$")
NAV_BAR = re.compile(r"[ \t]*(?:\||[ \t]{2,}|»|«)[ \t]*")
GLUED = re.compile(r"[a-z][A-Z][a-z]")
MAX_NAV_ITEM_WORDS = 3
MIN_NAV_ITEMS = 3
MIN_GLUED = 3
MAX_PREFIXED_WORDS = 12
MAX_DOUBLED_WORDS = 16


@cache
def _data() -> dict:
    return yaml.safe_load(PATH.read_text(encoding="utf-8"))


@cache
def phrases(section: str) -> frozenset[str]:
    """Return a section of chrome.yaml as a set of lower-case phrases."""
    return frozenset(str(phrase).strip().lower() for phrase in _data()[section])


def alternation(section: str) -> str:
    """Return a regular-expression alternation of a section's phrases, longest first."""
    alternatives = sorted(phrases(section), key=len, reverse=True)
    return "|".join(re.escape(phrase).replace(r"\ ", r"[ \t]+") for phrase in alternatives)


def phrases_pattern(section: str, *, prefix: bool) -> re.Pattern:
    """Return a pattern matching a section's phrases (at a line's start when `prefix`)."""
    body = alternation(section)
    if prefix:
        return re.compile(rf"^(?:{body})\b[ \t]*[:|,\-–—]?[ \t]*", re.I)
    return re.compile(body, re.I)


FILE_TYPE = re.compile(r"[ \t]*[\[(](?:pdf|doc|ppt|mp3|video|audio)[\])]", re.I)


def _bare(text: str) -> str:
    return FILE_TYPE.sub("", text).strip().strip(EDGES).strip().strip("()[]").strip().lower()


def is_widget(text: str) -> bool:
    """Return whether a line is a widget: a known phrase, several of them, or a vote count."""
    bare = _bare(text)
    if not bare:
        return bool(text.strip())
    widgets = phrases("widget_lines")
    if bare in widgets or VOTES.match(bare) or FORM_FIELD.match(text.strip().lower()):
        return True
    items = [_bare(item) for item in SEPARATORS.split(text.strip())]
    items = [item for item in items if item]
    return len(items) > 1 and all(item in widgets or VOTES.match(item) for item in items)


def is_banner(text: str) -> bool:
    """Return whether a line is a banner or notice (donation, cookies, newsletter, errors)."""
    plain = text.replace("’", "'").strip()
    if BANNER.search(plain):
        return True
    return len(plain.split()) <= MAX_PREFIXED_WORDS and bool(
        WIDGET_PREFIX.match(plain.lstrip(EDGES))
    )


def is_navigation(text: str) -> bool:
    """Return whether a line is a navigation bar: short links separated by bars or spaces."""
    content = text.strip()
    if len(GLUED.findall(content)) >= MIN_GLUED and " " not in content.strip()[:12]:
        return True
    if content.startswith(("«", "‹")) and content.endswith(("»", "›")):
        return True
    items = [item for item in NAV_BAR.split(content) if item.strip()]
    return len(items) >= MIN_NAV_ITEMS and all(
        len(item.split()) <= MAX_NAV_ITEM_WORDS and not item.rstrip().endswith((".", "?", "!"))
        for item in items
    )


def is_doubled(text: str) -> bool:
    """Return whether a line is one phrase printed twice ("Decrease fontDecrease font")."""
    content = text.strip()
    if len(content.split()) > MAX_DOUBLED_WORDS:
        return False
    half = len(content) // 2
    for cut in (half, half + 1):
        left, right = content[:cut].strip(), content[cut:].strip()
        if len(left) >= 4 and left == right:
            return True
    return False


def is_chrome(text: str) -> bool:
    """Return whether a line is site chrome of any kind."""
    return is_widget(text) or is_banner(text) or is_navigation(text) or is_doubled(text)


BANNER = phrases_pattern("banner_phrases", prefix=False)
WIDGET_PREFIX = re.compile(
    "|".join(rf"^{re.escape(phrase)}" for phrase in sorted(phrases("widget_prefixes"))), re.I
)
