"""Writes of a bulk export: one file per kind and a manifest, from one consistent snapshot."""

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.db import connection, transaction
from django.utils import timezone

from .exports import EXPORTS, SCHEMA_VERSION, export_lines, export_rows
from .selectors import change_head, removed_after
from .serializers import feed_token

MANIFEST = "manifest.json"
REMOVED = "removed.jsonl"


@dataclass
class ExportFile:
    """One file of an export: what it holds, how many rows, and its SHA-256."""

    kind: str
    file: str
    rows: int
    sha256: str


@dataclass
class Manifest:
    """What an export holds, and the changes-feed position to follow it from."""

    schema_version: int
    format: str
    created_at: str
    cursor: str
    since: str | None
    files: list[ExportFile] = field(default_factory=list)


def export_write(
    *, directory: Path, fmt: str, kinds: list[str], since: tuple[int, int] | None, context: dict
) -> Manifest:
    """Write each kind's rows to `directory` and a manifest; return the manifest.

    All files are read in one REPEATABLE READ transaction: they show the database at one
    instant, and the manifest's `cursor` is the changes-feed position of that instant (read
    the feed from it to stay current). With `since`, only the rows created or changed after
    that position, plus removed.jsonl: every row the feed removed since (deleted or merged).
    """
    directory.mkdir(parents=True, exist_ok=True)
    # Inside a caller's transaction (tests), its snapshot rules apply.
    snapshot = not connection.in_atomic_block
    with transaction.atomic():
        if snapshot:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        manifest = Manifest(
            schema_version=SCHEMA_VERSION,
            format=fmt,
            created_at=timezone.now().isoformat(),
            cursor=feed_token(change_head()),
            since=feed_token(since) if since is not None else None,
        )
        for kind in kinds:
            lines = export_lines(kind, fmt, export_rows(kind, since), context)
            manifest.files.append(_write(directory / f"{kind}.{fmt}", kind, lines))
        if since is not None:
            manifest.files.append(_write(directory / REMOVED, "removed", _removed(kinds, since)))
    text = json.dumps(asdict(manifest), indent=2) + "\n"
    (directory / MANIFEST).write_text(text, encoding="utf-8")
    return manifest


def _write(path: Path, kind: str, lines) -> ExportFile:
    digest, rows = hashlib.sha256(), -1 if path.suffix == ".csv" else 0
    with path.open("w", encoding="utf-8", newline="") as out:
        for line in lines:
            out.write(line)
            digest.update(line.encode("utf-8"))
            rows += 1
    return ExportFile(kind=kind, file=path.name, rows=max(rows, 0), sha256=digest.hexdigest())


def _removed(kinds: list[str], since: tuple[int, int]):
    for kind in kinds:
        for change in removed_after(kind=EXPORTS[kind].noun, after=since).iterator():
            row = {"kind": kind, "id": change.object_id, "action": change.action}
            yield json.dumps(row | {"merged_into": change.merged_into}) + "\n"
