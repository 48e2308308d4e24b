"""Rebuild a dossier row's text from the TEXT cells of its lines, undoing PDF damage."""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from statistics import median

from etl.records import Span

from .lines import ends_sentence
from .repair import fix_split_hyphens

WORD = re.compile(r"\w+")
LABEL = re.compile(r"^AN EXCERPT FROM THE [A-Z ]+:")
COPYRIGHT = re.compile(r"(?:©|\(c\))[ \t]*(?:copyright[ \t]+)?(?:19|20)\d\d\b.*$", re.I)
LONG_LINE = 100
ECHO_RATIO = 0.7
MIN_HEADER_WORDS = 5
MIN_OVERLAP_WORDS = 3
MAX_OVERLAP_WORDS = 15


@dataclass(frozen=True, slots=True)
class RowText:
    """A row's rebuilt text, the spans of its body paragraphs, and the repairs made."""

    text: str
    body_spans: tuple[Span, ...]
    repairs: tuple[str, ...]


def build_row_text(cells: list[str], *, sources: list[str]) -> RowText:
    """Return the row's text: paragraphs joined by blank lines.

    Dropped: lines without letters or digits (stray bullets), repeats of a SOURCE cell (the
    printed page's running header), near-copies of the line before (OCR echoes), and words
    that repeat the end of the text so far (the overlap a page break leaves). Lines wrapped
    by the PDF are joined; a short line ending a sentence ends its paragraph.
    """
    repairs: set[str] = set()
    headers = [set(_words(source)) for source in sources if source]
    kept: list[str] = []
    for raw in cells:
        line = fix_split_hyphens(raw.strip())
        if line != raw.strip():
            repairs.add("rejoined-hyphenation")
        line = _clean_line(line, kept, headers, repairs)
        if line:
            kept.append(line)
    paragraphs = _split_out_labels(_paragraphs(kept), repairs)
    return _assemble(paragraphs, repairs)


def _clean_line(line: str, kept: list[str], headers: list[set[str]], repairs: set[str]) -> str:
    words = _words(line)
    if not words:
        repairs.add("dropped-noise")
        return ""
    if len(words) >= MIN_HEADER_WORDS and any(set(words) <= header for header in headers):
        repairs.add("dropped-running-header")
        return ""
    if kept and _echoes(line, kept[-1]):
        repairs.add("dropped-echo-line")
        return ""
    trimmed = _trim_overlap(line, " ".join(kept[-3:]))
    if trimmed != line:
        repairs.add("dropped-overlap")
    return trimmed


def _echoes(line: str, previous: str) -> bool:
    """Return whether a line is an OCR echo of the previous one (same shape, similar letters)."""
    left, right = _words(line), _words(previous)
    return (
        abs(len(left) - len(right)) <= 2
        and bool(left)
        and left[-1] == right[-1]
        and SequenceMatcher(None, line.lower(), previous.lower()).ratio() >= ECHO_RATIO
    )


def _trim_overlap(line: str, so_far: str) -> str:
    """Drop the leading words of `line` that repeat the last words of the text so far."""
    tail = _words(so_far)[-MAX_OVERLAP_WORDS:]
    head = list(WORD.finditer(line.lower()))
    for size in range(min(len(tail), len(head)), MIN_OVERLAP_WORDS - 1, -1):
        if [match.group(0) for match in head[:size]] == tail[-size:]:
            rest = line[head[size - 1].end() :].lstrip()
            return rest if WORD.search(rest) else ""
    return line


def _paragraphs(lines: list[str]) -> list[str]:
    if not lines:
        return []
    short = [len(line) for line in lines if len(line) < LONG_LINE]
    width = median(short) if short else LONG_LINE
    paragraphs = [lines[0]]
    for previous, line in zip(lines, lines[1:], strict=False):
        breaks = ends_sentence(previous) and (
            len(previous) >= LONG_LINE or len(line) >= LONG_LINE or len(previous) < 0.8 * width
        )
        if breaks:
            paragraphs.append(line)
        elif re.search(r"[A-Za-z]-$", paragraphs[-1]) and line[:1].isalpha():
            paragraphs[-1] += line
        else:
            paragraphs[-1] += " " + line
    return paragraphs


def _split_out_labels(paragraphs: list[str], repairs: set[str]) -> list[tuple[str, bool]]:
    """Return (paragraph, is_body): editors' labels and copyright notices are not body."""
    out: list[tuple[str, bool]] = []
    for paragraph in paragraphs:
        label = LABEL.match(paragraph)
        if label:
            out.append((label.group(0), False))
            paragraph = paragraph[label.end() :].strip()
        notice = COPYRIGHT.search(paragraph)
        if notice:
            repairs.add("split-copyright-notice")
            paragraph, tail = paragraph[: notice.start()].strip(), notice.group(0)
        if paragraph:
            out.append((paragraph, True))
        if notice:
            out.append((tail, False))
    return out


def _assemble(paragraphs: list[tuple[str, bool]], repairs: set[str]) -> RowText:
    text = ""
    spans: list[Span] = []
    for paragraph, is_body in paragraphs:
        if text:
            text += "\n\n"
        if is_body:
            spans.append((len(text), len(text) + len(paragraph)))
        text += paragraph
    return RowText(text=text, body_spans=tuple(spans), repairs=tuple(sorted(repairs)))


def _words(text: str) -> list[str]:
    return WORD.findall(text.lower())
