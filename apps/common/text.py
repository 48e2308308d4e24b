"""Text helpers: the name normalization the loader and aliases share, curator notes, and
history change reasons."""

import re
import unicodedata

_APOSTROPHES = "'’‘`´"
_SEPARATORS = re.compile(r"[\W_]+", re.UNICODE)


def normalize_name(name: str) -> str:
    """Return the match key of a name: case-folded, accents, punctuation and hyphens removed.

    "al-Qaeda", "Al Qaeda" and "AL-QAEDA" share one key; "Shi'a" and "Shia" too. Spelling
    variants ("Qaida", "Quds") are not guessed here: they are aliases in the reference lists.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for mark in _APOSTROPHES:
        stripped = stripped.replace(mark, "")
    return _SEPARATORS.sub(" ", stripped.casefold()).strip()


def append_note(note: str, line: str) -> str:
    """Return a curator's note with one more line, keeping what was written before."""
    return f"{note.rstrip()}\n{line}" if note.strip() else line


# simple-history stores a change reason in a CharField(max_length=100).
HISTORY_REASON_LENGTH = 100


def history_reason(text: str) -> str:
    """Return a change reason on one line that fits simple-history's column ("…" if cut)."""
    flat = " ".join(text.split())
    if len(flat) <= HISTORY_REASON_LENGTH:
        return flat
    return flat[: HISTORY_REASON_LENGTH - 1].rstrip() + "…"
