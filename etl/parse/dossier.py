"""Find a dossier's table (DATE | SOURCE | TEXT, extracted from a PDF) and group it into rows.

The PDF extraction separates cells with tabs but drops empty leading cells, so a line with n
cells holds the table's *last* n columns: three cells are DATE, SOURCE, TEXT; two are SOURCE,
TEXT (the date column was empty, as on every line after the first of a row); one is TEXT.

Row rule: a line whose DATE cell is a date starts a row. A row whose date column is empty
starts where a SOURCE cell appears next to TEXT that opens a new article (a dateline such as
"BAGHDAD –" or an editor's "AN EXCERPT FROM ..." label); any other SOURCE cell continues the
source of the current row. Text that opens a row with a lower-case word while the previous
row's text stopped mid-sentence is the end of the previous row (the PDF put it one cell low).
"""

import re
from dataclasses import dataclass, field

from etl.parse.dates import parse_date
from etl.records import PartialDate

from .lines import Line, ends_sentence

ROLES = {
    "date": {"date", "dates", "when", "day"},
    "source": {"source", "sources", "citation", "outlet", "publication", "reference"},
    "text": {"text", "excerpt", "quote", "content", "summary", "passage", "extract"},
}
FOOTNOTE = re.compile(r"^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰ⁱ]+|\[\d+\]|\*+|†)[ \t]*\S")
NOTES_HEADING = re.compile(r"^(?:notes|endnotes|footnotes)[ \t]*:?$", re.I)
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z'-]{2,}(?:[ \t]+[A-Z][A-Z'-]+)*(?:,[ \t]*[A-Z][\w.' -]*?)?[ \t]*"
    r"(?:\([A-Z]+\))?[ \t]*[—–-][ \t]|[A-Z][A-Z'-]{2,}:[ \t]|AN EXCERPT FROM\b)"
)
WORD = re.compile(r"\w+")
MIN_REPEAT, MAX_REPEAT = 3, 15
CONTINUATION = re.compile(r"^[\"“'‘(]?[a-z]")
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Lt|No))(?<!\b(?:Mrs|Gen|Col|Maj|Sgt))(?<!\bCapt)"
    r"[.?!][\"”’')]*(?=[ \t]+[A-Z\"“]|[A-Z]{2}|[ \t]*$)"
)


@dataclass(frozen=True, slots=True)
class Table:
    """Where a dossier's table is: its header line, its columns, and the line after it."""

    header: int
    columns: tuple[str, ...]
    end: int


@dataclass(frozen=True, slots=True)
class Cells:
    """One table line split into its cells (missing cells empty)."""

    line: Line
    date: str
    source: str
    text: str


@dataclass
class RowDraft:
    """A row being assembled (internal to grouping; never leaves this module's functions)."""

    first: int
    last: int
    date: PartialDate | None = None
    date_text: str = ""
    sources: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # the TEXT cells, in order
    moved: bool = False  # received the end of a sentence the PDF put in the next row
    overlapped: bool = False  # its first words repeated the previous row's last ones


def find_table(lines: list[Line]) -> Table | None:
    """Return the first dossier table in the text, or None."""
    for line in lines:
        columns = _columns(line.raw)
        if columns:
            return Table(line.number, columns, _table_end(lines, line.number))
    return None


def split_cells(lines: list[Line], table: Table) -> list[Cells]:
    """Return the table's non-blank lines as cells, by the right-aligned column rule."""
    out: list[Cells] = []
    for line in lines[table.header + 1 : table.end]:
        if line.is_blank:
            continue
        parts = line.raw.split("\t")
        width = len(table.columns)
        if len(parts) > width:
            parts = parts[: width - 1] + ["\t".join(parts[width - 1 :])]
        named = dict(zip(table.columns[width - len(parts) :], parts, strict=True))
        out.append(
            Cells(
                line=line,
                date=named.get("date", "").strip(),
                source=named.get("source", "").strip(),
                text=named.get("text", "").strip(),
            )
        )
    return out


def group_rows(cells: list[Cells]) -> list[RowDraft]:
    """Return the table's rows in order, by the row rule of this module's docstring."""
    rows: list[RowDraft] = []
    for cell in cells:
        date = parse_date(cell.date) if cell.date else None
        text, overlapped = cell.text, False
        if date is not None or cell.source:
            text, overlapped = _drop_repeat(cell.text, rows)
        fragment, rest = _split_continuation(text, rows)
        if date is not None or (cell.source and _opens_row(rows, rest or text)):
            if fragment:
                rows[-1].texts.append(fragment)
                rows[-1].moved = True
                text = rest
            rows.append(RowDraft(first=cell.line.number, last=cell.line.number))
            rows[-1].date, rows[-1].date_text = date, cell.date if date else ""
            rows[-1].overlapped = overlapped
        elif overlapped:
            text = cell.text
        elif not rows:
            rows.append(RowDraft(first=cell.line.number, last=cell.line.number))
        row = rows[-1]
        row.last = cell.line.number
        if cell.source:
            row.sources.append(cell.source)
        if text:
            row.texts.append(text)
    return rows


def _opens_row(rows: list[RowDraft], text: str) -> bool:
    return bool(rows) and bool(rows[-1].texts) and bool(DATELINE.match(text))


def _drop_repeat(text: str, rows: list[RowDraft]) -> tuple[str, bool]:
    """Drop leading words that repeat the end of the previous row (a page-break overlap)."""
    if not rows or not rows[-1].texts:
        return text, False
    tail = WORD.findall(rows[-1].texts[-1].lower())
    head = list(WORD.finditer(text.lower()))
    for size in range(min(len(tail), len(head), MAX_REPEAT), MIN_REPEAT - 1, -1):
        if [match.group(0) for match in head[:size]] == tail[-size:]:
            return text[head[size - 1].end() :].lstrip(" \t.,;:\"”'"), True
    return text, False


def _split_continuation(text: str, rows: list[RowDraft]) -> tuple[str, str]:
    """Split off leading text that finishes the previous row's last sentence."""
    if not rows or not rows[-1].texts or not CONTINUATION.match(text):
        return "", text
    if ends_sentence(rows[-1].texts[-1]):
        return "", text
    match = SENTENCE_END.search(text)
    if match is None:
        return "", text
    return text[: match.end()].strip(), text[match.end() :].strip()


def _columns(raw: str) -> tuple[str, ...] | None:
    cells = [cell.strip().lower() for cell in raw.split("\t")]
    if len(cells) < 2 or not all(cells):
        return None
    roles = []
    for cell in cells:
        role = next((name for name, words in ROLES.items() if cell in words), None)
        if role is None or role in roles:
            return None
        roles.append(role)
    return tuple(roles) if {"date", "text"} <= set(roles) else None


def _table_end(lines: list[Line], header: int) -> int:
    previous_blank = False
    for line in lines[header + 1 :]:
        content = line.content
        if previous_blank and "\t" not in line.raw:
            if FOOTNOTE.match(content) or NOTES_HEADING.match(content):
                return line.number
        previous_blank = line.is_blank
    return len(lines)
