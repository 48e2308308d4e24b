"""Benchmark extraction on big inputs: is the cost linear in the size? Figures, not a test.

`.venv/bin/python benchmarks/bench_extract.py [--sizes 25000,100000,1000000,4000000] [--json]`
(`make bench-extract`). Writes two kinds of text of each size, made from the seeds' own
body paragraphs: "ordinary" (paragraphs of sentences, as the seeds) and "no sentence end"
(the same words on one line, every . ! ? removed: the input that was quadratic) and, between
the two, "one paragraph" (the sentences on one line). Runs the
pure stages a file goes through before the database (decode, clean, segment, extract with
the reference gazetteer) and prints CPU seconds and KB per CPU second for each (wall time on
a shared machine mostly measures the neighbours). Needs no database.
"""

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
os.environ.setdefault("DATABASE_URL", "postgresql://unused@/unused")  # nothing connects

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from etl.extract import extract_evidence  # noqa: E402
from etl.extract.gazetteer import gazetteer_from_reference  # noqa: E402
from etl.extract.segments import body_paragraphs  # noqa: E402
from etl.read import read_reference  # noqa: E402
from tests.etl.helpers import parse_bytes, seed_paths  # noqa: E402

SIZES = [25_000, 100_000, 1_000_000, 4_000_000]
TITLE = "Notes on the Special Groups\n\nBy A. Writer\n\n"


def seed_prose() -> str:
    """Return the seeds' body paragraphs, blank-line separated."""
    paragraphs = []
    for path in seed_paths():
        document = parse_bytes(path.read_bytes())
        for item in (document, *document.rows):
            paragraphs += [item.text[start:end] for start, end in body_paragraphs(item)]
    return "\n\n".join(paragraphs)


def texts(size: int, prose: str) -> dict[str, bytes]:
    """Return the three kinds of text, each about `size` bytes long."""
    ordinary = (prose + "\n\n") * (size // len(prose) + 1)
    one_line = " ".join(ordinary.split())
    flat = " ".join(re.sub(r"[.!?…]", "", ordinary).split())
    return {
        "ordinary": (TITLE + ordinary)[:size].encode(),
        "one paragraph": (TITLE + one_line)[:size].encode(),
        "no sentence end": (TITLE + flat)[:size].encode(),
    }


def measure(data: bytes, gazetteer) -> dict:
    # CPU seconds of this process: on a shared machine, wall time measures the neighbours.
    started, wall = time.process_time(), time.perf_counter()
    document = parse_bytes(data)
    parsed = time.process_time()
    evidence = extract_evidence(document, gazetteer)
    done = time.process_time()
    return {
        "bytes": len(data),
        "parse_seconds": round(parsed - started, 2),
        "extract_seconds": round(done - parsed, 2),
        "wall_seconds": round(time.perf_counter() - wall, 2),
        "kb_per_second": round(len(data) / 1000 / max(done - started, 1e-9), 1),
        "mentions": sum(len(item.mentions) for item in evidence),
        "claims": sum(len(item.claims) for item in evidence),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(size) for size in SIZES))
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    reference, _ = read_reference(Path(settings.SEEDS_DIR) / "reference")
    gazetteer = gazetteer_from_reference(reference)
    prose = seed_prose()
    results = []
    for size in [int(size) for size in options.sizes.split(",")]:
        for kind, data in texts(size, prose).items():
            results.append({"kind": kind, **measure(data, gazetteer)})
            if not options.json:
                row = results[-1]
                print(
                    f"{kind:>16} {row['bytes']:>10,} B  parse {row['parse_seconds']:>7.2f} s  "
                    f"extract {row['extract_seconds']:>7.2f} s  {row['kb_per_second']:>7.1f} KB/s",
                    flush=True,
                )
    if options.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
