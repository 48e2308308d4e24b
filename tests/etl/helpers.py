"""Shared helpers of the loader's tests: run the pure stages on invented samples."""

import hashlib
from pathlib import Path

from django.conf import settings

from etl.parse import parse_document
from etl.read.clean import clean_text
from etl.read.decode import decode_bytes
from etl.records import DocumentRecord, SourceFile

SAMPLES = Path(__file__).parent / "samples"


def parse_bytes(data: bytes, *, relative_path: str = "sample.txt") -> DocumentRecord:
    """Return the document record the pure stages make of these bytes."""
    decoded = decode_bytes(data)
    text, repairs = clean_text(decoded.text)
    source = SourceFile(
        path=relative_path,
        relative_path=relative_path,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=decoded.encoding,
        raw_text=decoded.text,
    )
    return parse_document(source, text, repairs)


def parse_text(text: str, *, relative_path: str = "sample.txt") -> DocumentRecord:
    return parse_bytes(text.encode("utf-8"), relative_path=relative_path)


def parse_sample(name: str) -> DocumentRecord:
    return parse_bytes((SAMPLES / name).read_bytes(), relative_path=name)


def seed_paths() -> list[Path]:
    """Return the seed documents (never named in code: found by listing the folder)."""
    return sorted(Path(settings.SEEDS_DIR).glob("*.txt"))


def parse_seeds() -> dict[str, DocumentRecord]:
    """Return every seed's record, by title."""
    records = [parse_bytes(path.read_bytes(), relative_path=path.name) for path in seed_paths()]
    return {record.title: record for record in records}


def quote(document: DocumentRecord, span: tuple[int, int]) -> str:
    return document.text[span[0] : span[1]]
