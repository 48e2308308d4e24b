"""Benchmark the analysis endpoints at scale: 2 gunicorn workers, 8 concurrent clients.

`make bench-analysis` or `.venv/bin/python benchmarks/bench_analysis.py [--events 100000]
[--seconds 20] [--clients 8] [--json PATH]`. Builds (or reuses) the synthetic database of
benchmarks/bigdb.py, serves the API under gunicorn (2 sync workers, DEBUG off) and, beside it,
the plain-SQL timeline of benchmarks/plain_app.py (2 workers, same PostgreSQL), then for each
URL keeps 8 threads requesting it back to back for --seconds after a warm-up. Prints p50, p95,
requests per second and response size per URL, the ratios the targets name, and the executed
plan (EXPLAIN ANALYZE) of the slowest statements of each URL. Figures, not a timed test.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import asdict, dataclass
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
os.environ.setdefault("EMBEDDED_PG_DIR", str(ROOT / "var" / "bench-pgdata"))
os.environ.setdefault("LOG_LEVEL", "ERROR")
os.environ["API_ANON_RATE"] = "1000000000/second"
os.environ["API_USER_RATE"] = "1000000000/second"

API_PORT, PLAIN_PORT = 8019, 8020
TARGETS = (
    "connection p95 <= 300 ms and >= 20 req/s; network depth 2 p95 <= 300 ms; timeline >= "
    "1.0x plain SQL; events deep page within 2x of page 1; analysis responses < 256 KB"
)


@dataclass
class Result:
    """Latency and throughput of one URL under load."""

    name: str
    url: str
    requests: int
    errors: int
    p50_ms: float
    p95_ms: float
    requests_per_second: float
    kilobytes: float


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))]


def _get(port: int, path: str) -> tuple[int, int]:
    connection = HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers={"Host": "localhost"})
        response = connection.getresponse()
        return response.status, len(response.read())
    finally:
        connection.close()


def load(name: str, port: int, path: str, clients: int, seconds: float) -> Result:
    """Request path from `clients` threads for `seconds` (after a short warm-up)."""
    for _ in range(clients):
        _get(port, path)
    samples: list[tuple[float, int, int]] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client() -> None:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            status, size = _get(port, path)
            with lock:
                samples.append(((time.perf_counter() - started) * 1000, status, size))

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    timings = [ms for ms, status, _ in samples if status == 200]
    return Result(
        name=name,
        url=path,
        requests=len(samples),
        errors=sum(status != 200 for _, status, _ in samples),
        p50_ms=round(percentile(timings, 0.5), 1) if timings else 0.0,
        p95_ms=round(percentile(timings, 0.95), 1) if timings else 0.0,
        requests_per_second=round(len(timings) / elapsed, 1),
        kilobytes=round(max(size for _, _, size in samples) / 1024, 1),
    )


def database_url() -> str:
    from django.db import connection

    config = connection.settings_dict
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    port = config["PORT"] or 5432
    return f"postgresql://{config['USER']}@/{config['NAME']}?host={config['HOST']}&port={port}"


def serve(module: str, port: int, url: str, chdir: Path) -> subprocess.Popen:
    """Start gunicorn (2 sync workers) and wait until it answers."""
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "0",
        "SECRET_KEY": "benchmark-only-secret-key-of-no-value-anywhere-else",
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DB_CONN_MAX_AGE": "60",
    }
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        module,
        "--chdir",
        str(chdir),
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "2",
        "--timeout",
        "30",
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, env=env, start_new_session=True)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
        except urllib.error.HTTPError:
            return process  # the plain app has no /healthz: a 4xx still means it is up
        except OSError:
            time.sleep(0.3)
            continue
        return process
    raise RuntimeError(f"{module} did not start on port {port}")


def stop(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=30)


def urls() -> list[tuple[str, int, str]]:
    """Return (name, port, path) of every URL measured, with ids from the generated data."""
    from django.db.models import Count

    from apps.actors.models import Actor
    from apps.common.selectors import visible
    from apps.events.models import Event

    pages = -(-visible(Event.objects.all()).count() // 50)
    tail = (
        Actor.objects.filter(slug__startswith="bench-")
        .annotate(n=Count("participations"))
        .order_by("-n", "id")
        .values_list("slug", flat=True)[100]
    )
    return [
        ("connection", API_PORT, "/api/v1/connection/?a=iran&b=al-qaeda-in-iraq"),
        (
            "connection, units",
            API_PORT,
            "/api/v1/connection/?a=iran&b=al-qaeda-in-iraq&include_subordinates=true",
        ),
        ("network depth 2 (hub)", API_PORT, "/api/v1/network/?actor=qods-force&depth=2"),
        ("network depth 2 (tail)", API_PORT, f"/api/v1/network/?actor={tail}&depth=2"),
        ("timeline (API)", API_PORT, "/api/v1/timeline/?interval=month"),
        ("timeline (plain SQL)", PLAIN_PORT, "/timeline?interval=month"),
        ("events page 1", API_PORT, "/api/v1/events/"),
        ("events deep page", API_PORT, f"/api/v1/events/?page={pages - 1}"),
    ]


def ratios(results: dict[str, Result]) -> dict[str, float]:
    """Return the ratios the targets name (higher is better for the timeline)."""
    timeline = results["timeline (API)"].requests_per_second
    plain = results["timeline (plain SQL)"].requests_per_second
    page_1, deep = results["events page 1"].p50_ms, results["events deep page"].p50_ms
    return {
        "timeline vs plain SQL (req/s)": round(timeline / plain, 2) if plain else 0.0,
        "events deep page vs page 1 (p50)": round(deep / page_1, 2) if page_1 else 0.0,
    }


def plans(selected: list[tuple[str, int, str]]) -> str:
    """Return the executed plans of each API URL's slowest statements, and the plain SQL's."""
    from django.db import connection
    from explain import explain_request, render_plans
    from plain_app import SQL

    parts = [
        render_plans(name, path, explain_request(path, 3))
        for name, port, path in selected
        if port == API_PORT
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {SQL}", ["month", ["year"]])
        parts.append("### timeline (plain SQL)\n" + "\n".join(row[0] for row in cursor.fetchall()))
    return "\n\n".join(parts)


def render(results: list[Result], summary: dict, load_average: tuple) -> str:
    header = ("requests", "errors", "p50 ms", "p95 ms", "req/s", "KiB")
    lines = [f"{'url':26} " + " ".join(f"{h:>8}" for h in header)]
    for r in results:
        lines.append(
            f"{r.name:26} {r.requests:>8} {r.errors:>8} {r.p50_ms:>8} {r.p95_ms:>8} "
            f"{r.requests_per_second:>8} {r.kilobytes:>8}"
        )
    lines += ["", *[f"{name}: {value}x" for name, value in summary.items()]]
    lines += [f"load average before the run: {load_average}", f"targets: {TARGETS}"]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="synthetic events")
    parser.add_argument("--seconds", type=float, default=20, help="seconds of load per URL")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--json", type=Path, help="also write the figures and plans here")
    parser.add_argument("--no-plans", action="store_true", help="skip the EXPLAIN output")
    options = parser.parse_args()
    import django

    django.setup()
    from bigdb import ensure_world

    built = ensure_world(options.events)
    if built["built"]:
        print(f"Built the database in {built['seconds']} s: {built['rows']}", flush=True)
    selected = urls()
    url = database_url()
    servers = [
        serve("project.wsgi", API_PORT, url, ROOT),
        serve("plain_app", PLAIN_PORT, url, ROOT / "benchmarks"),
    ]
    try:
        load_average = os.getloadavg()
        results = [
            load(name, port, path, options.clients, options.seconds)
            for name, port, path in selected
        ]
    finally:
        for server in servers:
            stop(server)
    summary = ratios({r.name: r for r in results})
    print(render(results, summary, tuple(round(x, 2) for x in load_average)), flush=True)
    explained = "" if options.no_plans else plans(selected)
    if explained:
        print("\n## Executed plans (EXPLAIN ANALYZE, BUFFERS) of the slowest statements\n")
        print(explained)
    if options.json:
        payload = {"results": [asdict(r) for r in results], "ratios": summary, "plans": explained}
        options.json.write_text(json.dumps(payload, indent=2))
    return 0 if all(r.errors == 0 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
