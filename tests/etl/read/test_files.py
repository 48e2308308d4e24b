"""Finding input files and reading their bytes: folders, filters, identities, refusals."""

import os
from pathlib import Path

import pytest

import etl.read.files
from etl.read import Unreadable, find_inputs, read_bytes, relative_path


def _tree(root: Path) -> Path:
    seeds = root / "seeds"
    (seeds / "reference").mkdir(parents=True)
    (seeds / "nested").mkdir()
    (seeds / ".hidden").mkdir()
    for name in ("b.txt", "a.TXT", "nested/c.txt", "reference/actors.txt", ".hidden/d.txt"):
        (seeds / name).write_text("text")
    (seeds / "SHA256SUMS").write_text("sums")
    (seeds / "notes.md").write_text("notes")
    return seeds


def test_a_folder_gives_its_txt_files_sorted_without_reference_or_hidden_ones(tmp_path):
    seeds = _tree(tmp_path)
    inputs, problems = find_inputs([str(seeds)], seeds_dir=seeds)
    assert [item.relative_path for item in inputs] == ["a.TXT", "b.txt", "nested/c.txt"]
    assert problems == []


def test_no_path_means_the_seeds_folder(tmp_path):
    seeds = _tree(tmp_path)
    inputs, _ = find_inputs([], seeds_dir=seeds)
    assert len(inputs) == 3


def test_a_file_named_explicitly_is_read_whatever_its_name(tmp_path):
    seeds = _tree(tmp_path)
    inputs, _ = find_inputs([str(seeds / "notes.md")], seeds_dir=seeds)
    assert [item.relative_path for item in inputs] == ["notes.md"]


def test_missing_paths_and_empty_folders_are_problems(tmp_path):
    seeds = _tree(tmp_path)
    (tmp_path / "empty").mkdir()
    inputs, problems = find_inputs(
        [str(tmp_path / "nope.txt"), str(tmp_path / "empty")], seeds_dir=seeds
    )
    assert inputs == []
    assert [(p.source, p.message) for p in problems] == [
        (str(tmp_path / "nope.txt"), "no such file or folder"),
        (str(tmp_path / "empty"), "folder holds no .txt files"),
    ]


def test_a_file_given_twice_is_read_once(tmp_path):
    seeds = _tree(tmp_path)
    inputs, _ = find_inputs([str(seeds / "b.txt"), str(seeds)], seeds_dir=seeds)
    assert [item.relative_path for item in inputs].count("b.txt") == 1


def test_identity_is_relative_inside_the_seeds_and_absolute_outside(tmp_path):
    seeds = _tree(tmp_path)
    outside = tmp_path / "elsewhere.txt"
    assert relative_path(seeds / "nested" / "c.txt", seeds) == "nested/c.txt"
    assert relative_path(outside, seeds) == outside.resolve().as_posix()


def test_read_bytes_returns_the_content(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"abc")
    assert read_bytes(str(path), max_bytes=3) == b"abc"


@pytest.mark.parametrize(
    ("setup", "reason"),
    [
        (lambda p: p.write_bytes(b"x" * 11), "file is 11 bytes, over the 10-byte limit"),
        (lambda p: None, "no such file"),
        (lambda p: p.mkdir(), "not a regular file"),
    ],
)
def test_read_bytes_refuses_with_the_reason(tmp_path, setup, reason):
    path = tmp_path / "a.txt"
    setup(path)
    with pytest.raises(Unreadable) as error:
        read_bytes(str(path), max_bytes=10)
    assert reason in str(error.value)


def test_an_unreadable_file_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_bytes(b"secret")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the open fail as it would for a user

        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(etl.read.files, "open", refuse, raising=False)
    with pytest.raises(Unreadable, match="permission denied"):
        read_bytes(str(path), max_bytes=100)


def test_a_symbolic_link_loop_named_explicitly_is_one_problem_and_the_rest_is_found(tmp_path):
    seeds = _tree(tmp_path)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    inputs, problems = find_inputs([str(loop), str(seeds / "b.txt")], seeds_dir=seeds)
    assert [item.relative_path for item in inputs] == ["b.txt"]
    assert [(p.source, p.message, p.severity) for p in problems] == [
        (str(loop), "symbolic link loop", "error")
    ]


def test_entries_of_a_folder_that_are_no_files_are_each_one_problem(tmp_path):
    seeds = _tree(tmp_path)
    (seeds / "loop.txt").symlink_to(seeds / "loop.txt")
    (seeds / "ping.txt").symlink_to(seeds / "pong.txt")
    (seeds / "pong.txt").symlink_to(seeds / "ping.txt")
    (seeds / "broken.txt").symlink_to(tmp_path / "gone.txt")
    (seeds / "folder.txt").mkdir()
    (seeds / "folder.txt" / "inside.txt").write_text("text")
    os.mkfifo(seeds / "pipe.txt")
    inputs, problems = find_inputs([str(seeds)], seeds_dir=seeds)
    assert [item.relative_path for item in inputs] == [
        "a.TXT",
        "b.txt",
        "folder.txt/inside.txt",
        "nested/c.txt",
    ]
    found = {Path(p.source).name: (p.message, p.severity) for p in problems}
    assert found == {
        "broken.txt": (f"broken symbolic link (to {tmp_path / 'gone.txt'}); skipped", "error"),
        "folder.txt": (
            "a folder named like a text file; skipped (the .txt files in it are read)",
            "warning",
        ),
        "loop.txt": ("symbolic link loop; skipped", "error"),
        "ping.txt": ("symbolic link loop; skipped", "error"),
        "pipe.txt": ("not a regular file; skipped", "error"),
        "pong.txt": ("symbolic link loop; skipped", "error"),
    }
