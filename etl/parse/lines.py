"""Lines and blocks of a text with their offsets: the units every parser works on."""

import re
from dataclasses import dataclass

from etl.records import Span

BULLET = re.compile(r"^(?P<marker>[•·▪◦‣∙●○*]|\d{1,4}[.)])[ \t]+")
TERMINAL = re.compile(r"""[.?!:…]["'”’)\]]*$""")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text: `text[start:end]`, without its newline."""

    number: int  # from 0
    start: int
    end: int
    raw: str

    @property
    def content(self) -> str:
        """Return the line without surrounding whitespace."""
        return self.raw.strip()

    @property
    def indent(self) -> int:
        """Return the width of the leading whitespace (a tab counts as one)."""
        return len(self.raw) - len(self.raw.lstrip())

    @property
    def is_blank(self) -> bool:
        """Return whether the line holds only whitespace."""
        return not self.raw.strip()

    @property
    def span(self) -> Span:
        """Return the span of the content, without surrounding whitespace."""
        lead = len(self.raw) - len(self.raw.lstrip())
        trail = len(self.raw) - len(self.raw.rstrip())
        return self.start + lead, self.end - trail

    def bullet_span(self) -> Span:
        """Return the span of the content after a bullet or number marker, if any."""
        start, end = self.span
        match = BULLET.match(self.content)
        return (start + match.end(), end) if match else (start, end)


def split_lines(text: str) -> list[Line]:
    """Return every line of `text` with its offsets (the newline is in no line)."""
    lines = []
    start = 0
    for number, raw in enumerate(text.split("\n")):
        lines.append(Line(number=number, start=start, end=start + len(raw), raw=raw))
        start += len(raw) + 1
    return lines


def blocks(lines: list[Line]) -> list[list[Line]]:
    """Return the runs of non-blank lines (paragraphs separated by blank lines)."""
    runs: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.is_blank:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(line)
    if current:
        runs.append(current)
    return runs


def span_of(lines: list[Line]) -> Span:
    """Return the span from the first line's content to the last line's content."""
    return lines[0].span[0], lines[-1].span[1]


def block_text(lines: list[Line]) -> str:
    """Return the block's content as one string, lines joined by spaces."""
    return " ".join(line.content for line in lines)


def ends_sentence(text: str) -> bool:
    """Return whether text ends like a finished sentence or heading with a colon."""
    return bool(TERMINAL.search(text.rstrip()))


def is_bullet(line: Line) -> bool:
    """Return whether the line starts with a bullet or a list number."""
    return bool(BULLET.match(line.content))
