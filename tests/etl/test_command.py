"""`manage.py load_seeds`: options, progress, the report, bad input and exit statuses."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from apps.comments.models import Comment
from apps.documents.models import Document

from .helpers import SAMPLES

pytestmark = pytest.mark.django_db


def run_command(*args: str) -> tuple[str, str, int]:
    """Run the command; return (stdout, stderr, exit status)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("load_seeds", *args, stdout=out, stderr=err)
        status = 0
    except CommandError as error:
        err.write(str(error))
        status = error.returncode
    return out.getvalue(), err.getvalue(), status


@pytest.fixture
def good(tmp_path: Path) -> Path:
    folder = tmp_path / "good"
    folder.mkdir()
    for name in ("blog_bullets.txt", "report.txt"):
        shutil.copy(SAMPLES / name, folder / name)
    return folder


def table_row(out: str, label: str) -> list[str]:
    [line] = [line for line in out.splitlines() if line.startswith(f"  {label}  ")]
    return line[len(label) + 2 :].split()


def test_the_report_table_lines_up_whatever_the_longest_label(good):
    out, _, _ = run_command(str(good))
    table = out.split("\n\n")[1].splitlines()
    assert len(table) > 3
    assert len({len(line) for line in table}) == 1
    assert table_row(out, "weapon mentions") == ["1", "0", "0", "0", "0", "0"]  # longer than 14


def test_the_report_counts_rows_per_kind_and_exits_zero(good):
    out, err, status = run_command(str(good))
    assert status == 0
    assert "Files read: 2, loaded: 2, failed: 0" in out
    assert table_row(out, "documents") == ["2", "0", "0", "0", "0", "0"]
    assert table_row(out, "comments") == ["7", "0", "0", "0", "0", "0"]
    assert "[1/2] loaded" in err and "blog_bullets.txt: blog_post, 7 comments" in err


def test_json_prints_the_same_report_as_data(good):
    run_command(str(good))
    out, _, status = run_command(str(good), "--json")
    data = json.loads(out)
    assert status == 0
    assert data["files"] == {"read": 2, "loaded": 2, "failed": 0}
    assert data["counts"]["comment"] == {
        "inserted": 0,
        "updated": 0,
        "unchanged": 7,
        "folded": 0,
        "skipped": 0,
        "stale": 0,
    }
    assert data["problems"] == [] and data["exit_status"] == 0
    assert {item["kind"] for item in data["documents"]} == {"blog_post", "report"}


def test_verbosity_zero_prints_no_progress_and_two_describes_each_document(good):
    _, err, _ = run_command(str(good), "--verbosity", "0")
    assert err == ""
    out, _, _ = run_command(str(good), "--verbosity", "2")
    assert "blog_bullets.txt] blog_post 'Smuggling routes across the eastern border'" in out


def test_dry_run_writes_nothing(good):
    out, _, status = run_command(str(good), "--dry-run")
    assert status == 0
    assert "(dry run: nothing was written)" in out
    assert not Document.objects.exists() and not Comment.objects.exists()


def _bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SAMPLES / "report.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (folder / "garbage.txt").write_bytes(b"\xc3\x28\xff\xfe\xfa\xfb\xfc")
    (folder / "huge.txt").write_bytes(b"word " * 400)
    return folder


def test_each_bad_file_gets_one_line_with_its_reason_and_the_good_file_loads(tmp_path):
    folder = _bad_folder(tmp_path)
    missing = tmp_path / "missing.txt"
    out, err, status = run_command(str(folder), str(missing), "--max-bytes", "1000")
    assert status == 1
    assert Document.objects.filter(title="Fuel Smuggling on the Northern Route").exists()
    problems = out.split("Problems (5):\n")[1].splitlines()
    assert problems == [
        f"  ERROR    {missing}: no such file or folder",
        f"  ERROR    {folder / 'empty.txt'}: empty file",
        f"  ERROR    {folder / 'garbage.txt'}: not valid UTF-8 (byte 0xC3 at offset 0) and not "
        "legible as cp1252 text",
        f"  ERROR    {folder / 'huge.txt'}: file is 2,000 bytes, over the 1,000-byte limit "
        "(settings.LOADER_MAX_FILE_BYTES or --max-bytes)",
        f"  ERROR    {folder / 'image.txt'}: binary file (PNG image), not a text document",
    ]
    assert "load_seeds: 4 file(s) failed" in err


def test_the_size_limit_comes_from_the_settings(tmp_path, settings):
    folder = _bad_folder(tmp_path)
    settings.LOADER_MAX_FILE_BYTES = 1000
    out, _, _ = run_command(str(folder / "huge.txt"))
    assert "over the 1,000-byte limit" in out


def test_a_legacy_encoded_file_loads_with_a_warning_and_exit_status_two(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(b"Caf\xe9 notes\n\nThe caf\xe9 was closed on Monday, the owner said.\n")
    out, _, status = run_command(str(path))
    assert status == 2
    assert "WARNING" in out and "decoded as cp1252 (Windows-1252)" in out
    document = Document.objects.get()
    assert (document.title, document.encoding) == ("Café notes", "cp1252")
    assert document.repairs == ["cp1252-fallback"]


def test_nothing_stored_before_changes_when_files_turn_bad(tmp_path, good):
    run_command(str(good))
    before = list(Document.objects.order_by("id").values())
    (good / "report.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    (good / "blog_bullets.txt").write_bytes(b"")
    _, _, status = run_command(str(good))
    assert status == 1
    assert list(Document.objects.order_by("id").values()) == before


def test_an_invalid_size_limit_is_refused():
    _, err, status = run_command("--max-bytes", "0")
    assert status != 0
    assert "must be a positive number of bytes" in err


def test_link_loops_and_folders_named_txt_are_one_line_each_and_the_run_goes_on(tmp_path, good):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    (good / "cycle.txt").symlink_to(good / "cycle.txt")
    (good / "folder.txt").mkdir()
    out, err, status = run_command(str(loop), str(good))
    assert status == 1
    assert "Traceback" not in out + err
    assert Document.objects.filter(parent=None).count() == 2
    problems = out.split("Problems (3):\n")[1].splitlines()
    assert problems == [
        f"  ERROR    {loop}: symbolic link loop",
        f"  ERROR    {good / 'cycle.txt'}: symbolic link loop; skipped",
        f"  WARNING  {good / 'folder.txt'}: a folder named like a text file; skipped (the .txt "
        "files in it are read)",
    ]


def test_a_thread_of_an_unknown_format_is_a_warning_naming_the_file_and_line(tmp_path):
    shutil.copy(SAMPLES / "layouts" / "unknown_thread.txt", tmp_path / "unknown_thread.txt")
    out, err, status = run_command(str(tmp_path))
    assert status == 2  # loaded, with warnings
    assert "WARNING" in out + err
    assert "unknown_thread.txt" in out + err
    assert "line 7: a comment thread seems to start here" in out + err
    assert Comment.objects.count() == 0
