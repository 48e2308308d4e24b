"""Compare deep pages by cursor and by page number on 100,000 events, with their query plans.

`make bench-pages` or `.venv/bin/python benchmarks/bench_pages.py [--events 100000]
[--requests 20] [--plans]`. Starts a fresh embedded PostgreSQL in a temporary folder (or,
with DATABASE_URL set, a new database on that server), migrates it, inserts the events (the
change-log triggers run as for any write), then times the first and the last page of
/api/v1/events/ both ways through the whole Django stack in-process, and prints, for each,
its SQL re-run with EXPLAIN ANALYZE: the 8 KiB pages (buffers) it touched and its time
(`--plans`: the plan of the query that picks the page's rows).
Figures, not a timed test.
"""

import argparse
import base64
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
os.environ.setdefault("LOG_LEVEL", "ERROR")
os.environ["API_ANON_RATE"] = "1000000/second"

from bench_load import fresh_database  # noqa: E402

PAGE_SIZE = 50
BATCH = 5000
LIST = "/api/v1/events/"


def insert_events(count: int) -> None:
    """Insert `count` events, 30 a day from 2000-01-01, in batches."""
    from django.db import transaction

    from apps.events.models import Event

    start = date(2000, 1, 1)
    for first in range(0, count, BATCH):
        rows = [
            Event(
                key=f"bench-{n}",
                event_type="raid",
                summary=f"Raid {n}",
                date_start=start + timedelta(days=n // 30),
                date_precision="day",
            )
            for n in range(first, min(count, first + BATCH))
        ]
        with transaction.atomic():
            Event.objects.bulk_create(rows)


def deep_cursor(client, depth: int) -> str:
    """Return the cursor of the page after the first `depth` events in the list's order.

    A walk of every page would take minutes; the cursor of the first page is re-aimed at the
    row `depth` (a cursor names a list's ordering and the sort key of the last row shown).
    """
    from apps.events.models import Event

    first = client.get(LIST, {"cursor": "first", "page_size": PAGE_SIZE}).json()["next"]
    token = re.search(r"cursor=([A-Za-z0-9_-]+)", first).group(1)
    section, _ = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    day, pk = Event.objects.order_by("date_start", "id").values_list("date_start", "id")[depth - 1]
    raw = json.dumps([section, [day.isoformat(), pk]], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def timed(client, query: dict, requests: int) -> tuple[float, list[str]]:
    """Return the median milliseconds of `requests` GETs and the SQL of one of them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(LIST, query)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(LIST, query)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.content[:300]
    with CaptureQueriesContext(connection) as queries:
        client.get(LIST, query)
    return statistics.median(timings), [query["sql"] for query in queries.captured_queries]


def plan(sql: str) -> list[str]:
    """Return the EXPLAIN (ANALYZE, BUFFERS) lines of one query."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {sql}")
        return [row[0] for row in cursor.fetchall()]


def buffers(lines: list[str]) -> int:
    """Return the 8 KiB pages the query touched (its top node's shared buffers)."""
    top = next((line for line in lines if "Buffers: shared" in line), "")  # none: no table read
    return sum(int(count) for count in re.findall(r"(?:hit|read)=(\d+)", top))


def page_query(statements: list[str]) -> str:
    """Return the statement that picks the page's rows (with OFFSET, the keyset's, or the
    longest with a LIMIT: a first page by number)."""
    picks = [sql for sql in statements if "OFFSET" in sql or "keyset_0" in sql]
    return picks[0] if picks else max((sql for sql in statements if "LIMIT" in sql), key=len)


def database_cost(statements: list[str]) -> tuple[int, float]:
    """Return the buffers and the milliseconds of every SELECT of a request, re-run with
    EXPLAIN ANALYZE (what the database spent, without Django's share)."""
    pages, milliseconds = 0, 0.0
    for sql in statements:
        if not sql.startswith("SELECT"):
            continue
        lines = plan(sql)
        executed = next(line for line in lines if line.startswith("Execution Time"))
        pages += buffers(lines)
        milliseconds += float(re.search(r"([\d.]+) ms", executed).group(1))
    return pages, milliseconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=20, help="timed requests per page")
    parser.add_argument("--plans", action="store_true", help="print the whole query plans")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    options = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    fresh_database(workdir)
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    insert_events(options.events)
    print(f"{options.events} events inserted in {time.perf_counter() - started:.0f} s\n")
    client = Client()
    last = -(-options.events // PAGE_SIZE)
    depth = (last - 1) * PAGE_SIZE
    pages = [
        ("page number, first page", {"page": 1}),
        (f"page number, page {last}", {"page": last}),
        ("cursor, first page", {"cursor": "first"}),
        (f"cursor, after row {depth}", {"cursor": deep_cursor(client, depth)}),
    ]
    header = (
        f"{'page of ' + str(PAGE_SIZE):32} {'p50 ms':>8} {'SQL':>4} {'buffers':>8} {'SQL ms':>8}"
    )
    print(header)
    for name, query in pages:
        milliseconds, statements = timed(client, query | {"page_size": PAGE_SIZE}, options.requests)
        touched, database_ms = database_cost(statements)
        print(f"{name:32} {milliseconds:8.1f} {len(statements):4} {touched:8} {database_ms:8.2f}")
        if options.plans:
            print("\n".join(f"    {line}" for line in plan(page_query(statements))) + "\n")
    if not options.keep:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
