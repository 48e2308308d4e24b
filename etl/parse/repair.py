"""Undo the damage a PDF extraction does inside lines: split urls and split hyphenations."""

import re

URL_START = re.compile(r"^(?:https?://|www\.)", re.I)
_URL_TAIL = re.compile(r"[-_/=&.?%#~+:]$")
_URL_CHARS = re.compile(r"[=&/?%#]")
_URL_TOKEN = re.compile(r"^[\w\-./?=&%#~+:;,@!$'()*]+$")
PREFIXES = {"multi", "non", "anti", "pro", "co", "sub", "pre", "post", "inter", "counter", "semi"}
PREFIXES |= {"ex", "al", "el", "bin", "ibn", "abu"}
SPLIT_HYPHEN = re.compile(r"\b(?P<word>[A-Za-z0-9]+)-[ \t]+(?=(?P<next>\w))")


def rejoin_url_lines(lines: list[str]) -> tuple[list[str], bool]:
    """Join a line that only continues the url ending the line before it ("…/460" + "32")."""
    out: list[str] = []
    joined = False
    for line in lines:
        if out and _ends_with_url(out[-1]) and " " not in line.strip() and _URL_TOKEN.match(line):
            out[-1] = out[-1].rstrip() + line.strip()
            joined = True
        else:
            out.append(line)
    return out, joined


def rejoin_urls(text: str) -> tuple[str, bool]:
    """Remove the spaces a PDF put inside urls ("mnf- iraq.com/…?option=com_ content")."""
    tokens = text.split(" ")
    out: list[str] = []
    in_url = False
    joined = False
    for token in tokens:
        if in_url and out and token and _continues_url(out[-1], token):
            out[-1] += token
            joined = True
            continue
        out.append(token)
        in_url = bool(URL_START.match(token)) or (in_url and not token)
    return " ".join(out), joined


def fix_split_hyphens(text: str) -> str:
    """Close "al- Qaeda", "armor- penetrating", "Multi- National" (a hyphenated word split)."""
    return SPLIT_HYPHEN.sub(_close_hyphen, text)


def _close_hyphen(match: re.Match) -> str:
    word, following = match.group("word"), match.group("next")
    if not following.isupper() or word.lower() in PREFIXES:
        return f"{word}-"
    return match.group(0)


def _ends_with_url(line: str) -> bool:
    tokens = line.split()
    return bool(tokens) and bool(URL_START.match(tokens[-1]))


def _continues_url(previous: str, token: str) -> bool:
    if "\n" in token or not _URL_TOKEN.match(token):
        return False
    return bool(_URL_TAIL.search(previous)) or (
        bool(_URL_CHARS.search(token)) and not token[:1].isupper()
    )
