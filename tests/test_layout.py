"""The layout's rules, read from the source: dependencies point one way (etl -> apps ->
Django), project/ only wires, and the loader's stages before `load` never touch the database.
"""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PURE_STAGES = ("etl/read", "etl/parse", "etl/extract", "etl/resolve", "etl/records")
PURE_MODULES = ("etl/validate.py", "etl/keys.py")


def modules(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def imports(path: Path) -> Iterator[str]:
    """Yield the absolute name of every module the file imports (relative ones resolved)."""
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            module = ".".join([*base, *([node.module] if node.module else [])])
            yield from (f"{module}.{alias.name}" for alias in node.names)


def offenders(folders: tuple[str, ...], forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for folder in folders:
        paths = [ROOT / folder] if folder.endswith(".py") else modules(folder)
        for path in paths:
            for name in imports(path):
                if any(name == bad or name.startswith(f"{bad}.") for bad in forbidden):
                    found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


def test_the_import_reader_resolves_relative_imports():
    names = set(imports(ROOT / "etl" / "load" / "__init__.py"))
    assert "etl.load.context.FileContext" in names
    assert "django.db.transaction" in names


@pytest.mark.parametrize(
    ("folders", "forbidden"),
    [
        (("apps",), ("etl", "project")),
        (("etl",), ("project",)),
        (("project",), ("etl",)),
    ],
    ids=["apps never import etl or project", "etl never imports project", "project wires apps"],
)
def test_dependencies_point_one_way(folders, forbidden):
    assert offenders(folders, forbidden) == []


def test_project_only_wires():
    """project/: settings, URLs, WSGI/ASGI and the database bootstrap; no models, views,
    queries or writes (those live in apps/), no classes at all."""
    forbidden = tuple(
        f"apps.{app.name}.{module}"
        for app in (ROOT / "apps").iterdir()
        if app.is_dir()
        for module in ("models", "services", "selectors")
    )
    assert offenders(("project",), forbidden) == []
    classes = [
        f"{path.relative_to(ROOT)}: {node.name}"
        for path in modules("project")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    ]
    assert classes == []


def test_stages_before_load_never_touch_the_database():
    forbidden = ("django.db", "etl.load", "etl.pipeline")
    services = tuple(
        f"apps.{app.name}.{module}"
        for app in (ROOT / "apps").iterdir()
        if app.is_dir()
        for module in ("services", "selectors", "upsert")
    )
    assert offenders(PURE_STAGES + PURE_MODULES, forbidden + services) == []


def test_load_seeds_belongs_to_the_loader_app():
    commands = {path.stem for path in (ROOT / "etl" / "management" / "commands").glob("*.py")}
    assert {"load_seeds", "dump_extraction"} <= commands
    assert not list((ROOT / "apps").rglob("load_seeds.py"))
