"""Repair decoded text into the cleaned text every stored offset refers to."""

import re
import unicodedata

import ftfy
from ftfy.badness import is_bad

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    remove_terminal_escapes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
)
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_TOKEN = re.compile(r"[^ \t\n]+")


def clean_text(raw: str) -> tuple[str, tuple[str, ...]]:
    """Return the cleaned text and the names of the repairs applied, in order.

    Repairs: unified line endings, mojibake undone with ftfy (per line, then per token, since
    one line often mixes correct characters with mangled ones), invisible and control
    characters removed, exotic spaces (no-break, thin...) made plain, Unicode NFC. Tabs and
    indentation are kept: they carry the structure of tables and comment threads.
    """
    repairs: list[str] = []
    text = raw
    for name, step in (
        ("line-endings", lambda value: _NEWLINES.sub("\n", value)),
        ("mojibake", _fix_mojibake),
        ("invisible-characters", lambda value: _INVISIBLE.sub("", value)),
        ("control-characters", lambda value: _CONTROLS.sub("", value)),
        ("spaces", lambda value: _ODD_SPACES.sub(" ", value)),
        ("unicode-nfc", lambda value: unicodedata.normalize("NFC", value)),
    ):
        repaired = step(text)
        if repaired != text:
            repairs.append(name)
            text = repaired
    return text, tuple(repairs)


def _fix_mojibake(text: str) -> str:
    return "\n".join(_fix_line(line) for line in text.split("\n"))


def _fix_line(line: str) -> str:
    if line.isascii():
        return line
    fixed = ftfy.fix_text(line, config=_FTFY)
    if fixed != line:
        return fixed
    return _TOKEN.sub(_fix_token, line)


def _fix_token(match: re.Match) -> str:
    token = match.group(0)
    if token.isascii() or not is_bad(token):
        return token
    return ftfy.fix_text(token, config=_FTFY)
