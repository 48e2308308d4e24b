"""The documentation: generated pages match the code that prints them, and links resolve."""

import re
import shlex
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[1]
# (management command, page it prints): `make docs` writes each page.
GENERATED = [
    ("api_filters --markdown", "docs/api-filters.md"),
    ("extraction_rules --markdown", "docs/extraction.md"),
]
# Pages other work adds beside these; links to them may wait for it.
PENDING = {"docs/reliability.md"}
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")


@pytest.mark.django_db
@pytest.mark.parametrize(("command", "path"), GENERATED, ids=[path for _, path in GENERATED])
def test_a_generated_page_matches_what_its_command_prints(command, path):
    out = StringIO()
    call_command(*shlex.split(command), stdout=out)
    page = ROOT / path
    assert page.exists(), f"{path} is missing: run `make docs`"
    assert page.read_text(encoding="utf-8") == out.getvalue(), f"{path} is stale: run `make docs`"


def pages() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_every_relative_link_of_the_docs_leads_somewhere():
    broken = []
    for page in pages():
        for target in LINK.findall(page.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("mailto:"):
                continue
            resolved = (page.parent / target).resolve()
            if not resolved.exists() and resolved.relative_to(ROOT).as_posix() not in PENDING:
                broken.append(f"{page.relative_to(ROOT)} -> {target}")
    assert broken == []


def test_the_readme_stays_short_and_the_docs_index_lists_every_page():
    assert len((ROOT / "README.md").read_bytes()) < 9 * 1024
    index = (ROOT / "docs" / "README.md").read_text(encoding="utf-8")
    listed = set(LINK.findall(index))
    on_disk = {page.name for page in pages() if page.parent.name == "docs"} - {"README.md"}
    assert on_disk <= listed
    assert {Path(path).name for path in PENDING} <= listed


def test_the_readme_shows_the_evaluation_figures_of_the_baseline():
    out = StringIO()
    call_command("evaluate", "--markdown", stdout=out)
    table = out.getvalue()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert table.splitlines()[0] in readme and table in readme + "\n", (
        "README.md's figures differ from eval/baseline.json: run `make eval-baseline` "
        "(or paste `manage.py evaluate --markdown`)"
    )
