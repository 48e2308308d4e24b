"""Every kind of bad input at once, on a database that holds documents: each is one problem
line naming its path, the good file in the same run loads, and what was stored before is
unchanged byte for byte (a dump of every project table before and after)."""

import io
import os
import shutil
import time

import pytest
from django.core.management import call_command
from django.db import IntegrityError

import etl.extract.document
import etl.load
import etl.pipeline
import etl.read.files
from etl import pipeline

from .evidence_spans import assert_every_span_slices_back
from .helpers import SAMPLES

pytestmark = pytest.mark.django_db

APPS = ["common", "documents", "comments", "actors", "weapons", "places", "events", "claims"]
STORED = ["report.txt", "blog_bullets.txt"]


def dump() -> str:
    out = io.StringIO()
    call_command("dumpdata", *APPS, indent=1, stdout=out)
    return out.getvalue()


def make_bad_inputs(root, stored) -> tuple[list[str], dict[str, str]]:
    """Write one input per kind of bad input; return the paths to load and the reasons."""
    bad = root / "bad"
    bad.mkdir()
    (root / "empty_folder").mkdir()
    files = {
        "empty.txt": b"",
        "blank.txt": b" \n\t\n",
        "image.txt": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
        "garbage.txt": b"\xc3\x28\xff\xfe\xfa\xfb\xfc",
        "huge.txt": b"word " * 3000,
        "locked.txt": b"secret words",
        "parser_bug.txt": b"Parser Bug\n\nSome text to parse.\n",
        "db_error.txt": b"Database Error\n\nThe raid happened in Baghdad on March 3, 2007.\n",
        "slow.txt": b"Stalling Notes\n\n" + b"STALL words go on here. " * 30,
    }
    for name, data in files.items():
        (bad / name).write_bytes(data)
    (bad / "loop.txt").symlink_to(bad / "loop.txt")
    (bad / "broken.txt").symlink_to(root / "gone.txt")
    (bad / "folder.txt").mkdir()
    os.mkfifo(bad / "pipe.txt")
    (root / "explicit_loop.txt").symlink_to(root / "explicit_loop.txt")
    turned_bad = stored / STORED[0]
    turned_bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    paths = [
        str(bad),
        str(root / "missing.txt"),
        str(root / "empty_folder"),
        str(root / "explicit_loop.txt"),
        str(turned_bad),
    ]
    reasons = {
        "missing.txt": "no such file or folder",
        "empty_folder": "folder holds no .txt files",
        "explicit_loop.txt": "symbolic link loop",
        STORED[0]: "binary file (PNG image), not a text document",
        "empty.txt": "empty file",
        "blank.txt": "no text: the file holds only whitespace",
        "image.txt": "binary file (PNG image), not a text document",
        "garbage.txt": "not valid UTF-8 (byte 0xC3 at offset 0) and not legible as cp1252 text",
        "huge.txt": "file is 15,000 bytes, over the 10,000-byte limit "
        "(settings.LOADER_MAX_FILE_BYTES or --max-bytes)",
        "locked.txt": "cannot read the file: permission denied",
        "parser_bug.txt": "could not be parsed (RuntimeError: parser bug)",
        "db_error.txt": "not loaded (IntegrityError: duplicate key)",
        "slow.txt": "extraction exceeded its time budget of 1 s; skipped",
        "loop.txt": "symbolic link loop; skipped",
        "broken.txt": f"broken symbolic link (to {root / 'gone.txt'}); skipped",
        "folder.txt": "a folder named like a text file; skipped (the .txt files in it are read)",
        "pipe.txt": "not a regular file; skipped",
    }
    return paths, reasons


@pytest.fixture
def faults(monkeypatch, settings):
    """Make the parser fail on one file, the database on another, a third stall."""
    settings.LOADER_FILE_TIME_BUDGET = 1
    parse_document = etl.pipeline.parse_document
    find_relations = etl.extract.document.find_relations
    load_evidence = etl.load.load_evidence
    real_open = open

    def parse(source, text, repairs):
        if source.path.endswith("parser_bug.txt"):
            raise RuntimeError("parser bug")
        return parse_document(source, text, repairs)

    def stalling(sentence):
        if "STALL" in sentence.text:
            time.sleep(0.1)
        return find_relations(sentence)

    def failing_load(context, evidence):
        load_evidence(context, evidence)  # the document and its evidence are written, then
        if context.record.key.endswith("db_error.txt"):  # the error
            raise IntegrityError("duplicate key")

    def guarded_open(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):  # root reads anything: refuse as for a user
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(etl.pipeline, "parse_document", parse)
    monkeypatch.setattr(etl.extract.document, "find_relations", stalling)
    monkeypatch.setattr(etl.load, "load_evidence", failing_load)
    monkeypatch.setattr(etl.read.files, "open", guarded_open, raising=False)


def test_bad_inputs_are_one_line_each_and_change_nothing_stored(tmp_path, faults):
    stored = tmp_path / "stored"
    stored.mkdir()
    for name in STORED:
        shutil.copy(SAMPLES / name, stored / name)
    assert pipeline.run([str(stored)]).errors == []
    before = dump()
    paths, reasons = make_bad_inputs(tmp_path, stored)
    report = pipeline.run(paths, max_bytes=10_000)
    assert {os.path.basename(p.source): p.message for p in report.problems} == reasons
    assert not any(result.loaded for result in report.files)
    assert dump() == before
    good = str(SAMPLES / "news_article.txt")
    report = pipeline.run([*paths, good], max_bytes=10_000)
    assert {os.path.basename(p.source): p.message for p in report.problems} == reasons
    assert [result.path for result in report.files if result.loaded] == [os.path.relpath(good)]
    assert_every_span_slices_back()
