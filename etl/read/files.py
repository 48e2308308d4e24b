"""Find the files to load and read their bytes; the only stage that touches the disk."""

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from etl.records import Problem

SUFFIXES = (".txt",)
REFERENCE_FOLDER = "reference"


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to load: its path for messages and its identity (relative to the seeds)."""

    path: str
    relative_path: str


class Unreadable(OSError):
    """The file cannot be read as a whole; the message says why, in one line."""


def find_inputs(paths: list[str], *, seeds_dir: Path) -> tuple[list[InputFile], list[Problem]]:
    """Expand files and folders into the files to load, in a stable order, plus problems.

    A folder contributes its *.txt files (recursively, hidden ones and the seeds' own
    reference folder left out); a file named explicitly is always read. Duplicates count once.
    What cannot be a file to read (a symbolic link loop, a broken link, a folder named
    *.txt) is one problem naming its path; the others are still found.
    """
    inputs: list[InputFile] = []
    problems: list[Problem] = []
    seen: set[Path] = set()
    for given in paths or [str(seeds_dir)]:
        found, skipped = _expand(Path(given), seeds_dir=seeds_dir)
        problems.extend(skipped)
        for path in found:
            resolved = path.resolve()
            if resolved not in seen:
                seen.add(resolved)
                inputs.append(
                    InputFile(path=_display(path), relative_path=relative_path(path, seeds_dir))
                )
    return inputs, problems


def relative_path(path: Path, seeds_dir: Path) -> str:
    """Return the document's identity: its path inside the seeds folder, else its full path."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(seeds_dir.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def read_bytes(path: str, *, max_bytes: int) -> bytes:
    """Return the file's bytes; raise Unreadable (missing, not a file, too big, no access)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise Unreadable("no such file") from None
    except OSError as error:
        raise Unreadable(f"cannot read the file: {error.strerror or error}") from None
    if not stat.S_ISREG(info.st_mode):
        raise Unreadable("not a regular file")
    if info.st_size > max_bytes:
        raise Unreadable(_too_big(info.st_size, max_bytes))
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise Unreadable("cannot read the file: permission denied") from None
    except OSError as error:
        raise Unreadable(f"cannot read the file: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise Unreadable(_too_big(len(data), max_bytes))
    return data


def _expand(path: Path, *, seeds_dir: Path) -> tuple[list[Path], list[Problem]]:
    if path.is_dir():
        files, problems = [], []
        for candidate in sorted(path.rglob("*")):
            if candidate.suffix.lower() not in SUFFIXES or _skipped(
                candidate, root=path, seeds_dir=seeds_dir
            ):
                continue
            problem = _not_a_file(candidate)
            if problem is None:
                files.append(candidate)
            else:
                problems.append(problem)
        if not files and not problems:
            problems.append(Problem(source=str(path), message="folder holds no .txt files"))
        return files, problems
    link = _bad_link(path)
    if link:
        return [], [Problem(source=str(path), message=link)]
    if path.exists():
        return [path], []
    return [], [Problem(source=str(path), message="no such file or folder")]


def _not_a_file(path: Path) -> Problem | None:
    """Return why a folder's *.txt entry is no file to read, or None when it is one."""
    link = _bad_link(path)
    if link:
        return Problem(source=_display(path), message=f"{link}; skipped")
    if path.is_dir():
        message = "a folder named like a text file; skipped (the .txt files in it are read)"
        return Problem(source=_display(path), message=message, severity="warning")
    if not path.is_file():
        return Problem(source=_display(path), message="not a regular file; skipped")
    return None


def _bad_link(path: Path) -> str:
    """Return "symbolic link loop" or "broken symbolic link (to X)" for such a path, else ""."""
    if not path.is_symlink():
        return ""
    try:
        os.stat(path)
    except FileNotFoundError:
        return f"broken symbolic link (to {os.readlink(path)})"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"cannot read the file: {error.strerror or error}"
    return ""


def _skipped(candidate: Path, *, root: Path, seeds_dir: Path) -> bool:
    parts = candidate.relative_to(root).parts
    if any(part.startswith(".") for part in parts):
        return True
    # realpath, unlike Path.resolve() on Python 3.11, does not raise on a symbolic link loop.
    reference = os.path.realpath(seeds_dir / REFERENCE_FOLDER)
    return Path(os.path.realpath(candidate)).is_relative_to(reference)


def _display(path: Path) -> str:
    """Return the path as the operator would type it: relative to here when below here."""
    shown = os.path.relpath(path)
    return str(path) if shown.startswith("..") else shown


def _too_big(size: int, limit: int) -> str:
    return (
        f"file is {size:,} bytes, over the {limit:,}-byte limit "
        "(settings.LOADER_MAX_FILE_BYTES or --max-bytes)"
    )
