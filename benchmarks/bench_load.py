"""Benchmark the loader: seconds per stage and documents per second on a fresh database.

`make bench-load` or `.venv/bin/python benchmarks/bench_load.py [--documents 1000] [--json]`.
Starts a fresh embedded PostgreSQL in a temporary folder (or, with DATABASE_URL set, creates
a new database on that server), migrates it, then loads the seeds, a synthetic corpus of the
seeds' genres that the script writes (benchmarks/synthetic.py), and the corpus again (the
idempotent re-load). Prints seconds per stage for each pass. Figures, not a timed test.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
os.environ.setdefault("LOG_LEVEL", "ERROR")

STAGES = [
    ("reference", "reference lists"),
    ("read", "read + decode + repair"),
    ("parse", "segment"),
    ("extract", "extract evidence"),
    ("resolve", "resolve events"),
    ("validate", "validate"),
    ("load:documents", "load documents"),
    ("load:comments", "load comments"),
    ("load:evidence", "load evidence"),
    ("load:stale", "mark stale rows"),
]

TOTALS = [
    ("seconds", "total seconds"),
    ("files", "files"),
    ("documents_with_rows", "documents (+rows)"),
    ("files_per_second", "files per second"),
    ("failed", "failed files"),
]


def fresh_database(workdir: Path) -> None:
    """Point the settings at an empty database before Django starts."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        os.environ["EMBEDDED_PG_DIR"] = str(workdir / "pgdata")
        return
    import psycopg

    name = f"bench_load_{os.getpid()}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(url)
    os.environ["DATABASE_URL"] = urlunsplit(parts._replace(path=f"/{name}"))


def run_pass(label: str, path: Path, seeds_dir: Path) -> dict:
    from etl import pipeline

    started = time.perf_counter()
    report = pipeline.run([str(path)], seeds_dir=seeds_dir)
    seconds = time.perf_counter() - started
    files = len(report.files)
    documents = files + sum(result.rows for result in report.files)
    counts = report.to_dict()["counts"]
    return {
        "pass": label,
        "files": files,
        "documents_with_rows": documents,
        "failed": sum(not result.loaded for result in report.files),
        "seconds": round(seconds, 2),
        "files_per_second": round(files / seconds, 1),
        "stages": {name: round(report.timings.get(name, 0.0), 2) for name, _ in STAGES},
        "inserted": {
            kind: value["inserted"] for kind, value in counts.items() if value["inserted"]
        },
        "unchanged": sum(value["unchanged"] for value in counts.values()),
    }


def render(results: list[dict], migrate_seconds: float, generated: float) -> str:
    lines = [f"migrate: {migrate_seconds:.1f} s   corpus written in {generated:.1f} s", ""]
    header = f"{'stage':<24}" + "".join(f"{r['pass']:>16}" for r in results)
    lines += [header, "-" * len(header)]
    for name, label in STAGES:
        lines.append(f"{label:<24}" + "".join(f"{r['stages'][name]:>16.2f}" for r in results))
    for key, label in TOTALS:
        lines.append(f"{label:<24}" + "".join(f"{r[key]:>16}" for r in results))
    lines.append("")
    for result in results:
        rows = ", ".join(f"{kind} {count}" for kind, count in sorted(result["inserted"].items()))
        lines.append(
            f"{result['pass']}: inserted {rows or 'nothing'}; unchanged {result['unchanged']}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000, help="synthetic documents")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    options = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-load-"))
    fresh_database(workdir)
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from synthetic import write_corpus

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    migrate_seconds = time.perf_counter() - started
    started = time.perf_counter()
    corpus = workdir / "corpus"
    write_corpus(corpus, options.documents)
    generated = time.perf_counter() - started
    seeds = Path(settings.SEEDS_DIR)
    results = [
        run_pass("seeds", seeds, seeds),
        run_pass("synthetic", corpus, corpus),
        run_pass("synthetic again", corpus, corpus),
    ]
    if options.json:
        print(json.dumps({"migrate_seconds": migrate_seconds, "passes": results}, indent=2))
    else:
        print(render(results, migrate_seconds, generated))
    if not options.keep:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
