"""Turn a dossier's table into child documents, one per row."""

import hashlib

from etl.keys import row_key
from etl.records import DocumentRecord, PartialDate, SourceFile

from .dossier import RowDraft, Table, group_rows, split_cells
from .lines import Line
from .rowtext import build_row_text
from .sources import parse_source


def parse_rows(
    text: str, lines: list[Line], table: Table, *, parent_key: str, source: SourceFile
) -> tuple[DocumentRecord, ...]:
    """Return the table's rows as documents: date, source fields and rebuilt text each."""
    drafts = group_rows(split_cells(lines, table))
    records = []
    for position, draft in enumerate(drafts, start=1):
        previous = drafts[position - 2] if position > 1 else None
        records.append(
            _row(
                text,
                lines,
                draft,
                previous,
                position=position,
                parent_key=parent_key,
                source=source,
            )
        )
    return tuple(records)


def _row(
    text: str,
    lines: list[Line],
    draft: RowDraft,
    previous: RowDraft | None,
    *,
    position: int,
    parent_key: str,
    source: SourceFile,
) -> DocumentRecord:
    cell = parse_source(draft.sources)
    headers = [" ".join(draft.sources), " ".join(previous.sources) if previous else ""]
    body = build_row_text(draft.texts, sources=headers)
    region = (lines[draft.first].start, lines[draft.last].end)
    repairs = ("dossier-row",) + body.repairs
    repairs += ("rejoined-url",) if cell.rejoined_url else ()
    repairs += ("moved-continuation",) if draft.moved else ()
    repairs += ("dropped-overlap",) if draft.overlapped else ()
    return DocumentRecord(
        key=row_key(parent_key, position),
        kind=cell.kind,
        text=body.text,
        raw_text=text[region[0] : region[1]],
        title=cell.title,
        author=cell.author,
        byline=cell.printed,
        publisher=cell.outlet,
        url=cell.url,
        published=_published(draft, cell.published),
        source_file=source.relative_path,
        sha256=hashlib.sha256(body.text.encode()).hexdigest(),
        encoding=source.encoding,
        repairs=tuple(sorted(set(repairs))),
        position=position,
        source_span=region,
        body_spans=body.body_spans,
    )


def _published(draft: RowDraft, printed: PartialDate | None) -> PartialDate | None:
    """Return the row's DATE cell, or the date printed in its SOURCE cell when it has none."""
    return draft.date or printed
