"""No code, test, document or reference list names a seed file: the loader works by rules."""

from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
SKIPPED_DIRS = {
    ".git",
    ".venv",
    "var",
    "node_modules",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
}
TEXT_SUFFIXES = {".py", ".yaml", ".yml", ".md", ".txt", ".toml", ".cfg", ".json", ".html", ".sh"}
# The evaluation's gold annotations of the seeds name the seed each one annotates.
SEED_GOLD = ROOT / "eval" / "gold" / "seeds"


def seed_names() -> set[str]:
    """Return each seed's file name, stem and the hash part of the stem ("000_<hash>")."""
    names = set()
    for path in Path(settings.SEEDS_DIR).glob("*.txt"):
        names |= {path.name, path.stem, path.stem.split("_", 1)[-1]}
    return {name for name in names if len(name) >= 8}


def searched_files() -> list[Path]:
    found = []
    for path in ROOT.rglob("*"):
        if any(part in SKIPPED_DIRS for part in path.relative_to(ROOT).parts):
            continue
        if path.is_file() and (path.suffix in TEXT_SUFFIXES or path.name == "Makefile"):
            if (
                path.parent not in (Path(settings.SEEDS_DIR), SEED_GOLD)
                and path.name != "SHA256SUMS"
            ):
                found.append(path)
    return found


def test_the_seeds_are_there_to_be_looked_for():
    assert len(seed_names()) >= 5


def test_no_file_outside_the_seeds_names_a_seed():
    names = seed_names()
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in searched_files()
        for name in names
        if name in path.read_text(encoding="utf-8", errors="replace")
    ]
    assert offenders == []


def test_the_reference_lists_are_searched():
    searched = {path.relative_to(ROOT).as_posix() for path in searched_files()}
    assert {"seeds/reference/actors.yaml", "seeds/reference/places.yaml"} <= searched
