"""Report p50/p95 latency and query counts of the main API endpoints on the loaded data.

Run after loading documents (`make load`): `make bench-api` or
`.venv/bin/python benchmarks/bench_api.py --requests 50 [--json]`. Requests go through the
whole Django stack in-process (middleware, DRF, serializers, PostgreSQL), without a network
hop, so the figures are the server's own cost. Throttling is switched off for the run.
"""

import argparse
import json
import os
import statistics
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
os.environ["API_ANON_RATE"] = "1000000/second"
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from apps.actors.models import Actor  # noqa: E402
from apps.claims.models import Claim  # noqa: E402
from apps.documents.models import Document  # noqa: E402
from apps.events.models import Event  # noqa: E402


@dataclass
class Result:
    """Latency figures of one URL."""

    name: str
    url: str
    status: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    queries: int
    kilobytes: float


def _first(queryset, default=None):
    row = queryset.first()
    return row if row is not None else default


def busiest_actors() -> list[Actor]:
    """Return actors ordered by how many claims name them as subject or object."""
    claims = Count("claims_as_subject", distinct=True) + Count("claims_as_object", distinct=True)
    return list(Actor.objects.annotate(n=claims).order_by("-n", "id")[:2])


def endpoints() -> list[tuple[str, str]]:
    """Return (name, url) pairs for the main endpoints, with ids taken from the loaded data."""
    urls = [
        ("documents", "/api/v1/documents/"),
        ("comments", "/api/v1/comments/"),
        ("actors", "/api/v1/actors/"),
        ("weapons", "/api/v1/weapons/"),
        ("places", "/api/v1/places/"),
        ("events", "/api/v1/events/"),
        ("events csv", "/api/v1/events/?format=csv&page_size=500"),
        ("events 2007, 2+ reports", "/api/v1/events/?date_start__gte=2007-01-01&min_reports=2"),
        ("events q", "/api/v1/events/?q=raid"),
        ("claims", "/api/v1/claims/"),
        ("claims csv", "/api/v1/claims/?format=csv&page_size=500"),
        ("timeline", "/api/v1/timeline/?interval=month"),
    ]
    document = _first(Document.objects.order_by("-id"))
    event = _first(Event.objects.annotate(n=Count("reports")).order_by("-n", "id"))
    claim = _first(Claim.objects.order_by("id"))
    actors = busiest_actors()
    if document:
        urls.append(("document detail", f"/api/v1/documents/{document.pk}/"))
    if event:
        urls.append(("event detail", f"/api/v1/events/{event.pk}/"))
    if claim:
        urls.append(("claim detail", f"/api/v1/claims/{claim.pk}/"))
    if actors:
        top = actors[0]
        urls += [
            ("actor detail", f"/api/v1/actors/{top.slug}/"),
            ("claims about actor", f"/api/v1/claims/?subject={top.slug}&include_subordinates=true"),
            ("network", f"/api/v1/network/?actor={top.slug}"),
            ("network depth 2", f"/api/v1/network/?actor={top.slug}&depth=2"),
        ]
    if len(actors) == 2:
        pair = f"a={actors[0].slug}&b={actors[1].slug}&include_subordinates=true"
        urls.append(("connection", f"/api/v1/connection/?{pair}"))
    return urls


def percentile(samples: list[float], fraction: float) -> float:
    """Return the nearest-rank percentile of the samples."""
    ordered = sorted(samples)
    index = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def measure(client: Client, name: str, url: str, requests: int, warmup: int) -> Result:
    """Time `requests` GETs of url after `warmup` untimed ones."""
    for _ in range(warmup):
        client.get(url)
    timings = []
    for _ in range(requests):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return Result(
        name=name,
        url=url,
        status=response.status_code,
        p50_ms=round(statistics.median(timings), 1),
        p95_ms=round(percentile(timings, 0.95), 1),
        max_ms=round(max(timings), 1),
        queries=len(queries),
        kilobytes=round(len(response.content) / 1024, 1),
    )


def print_table(results: list[Result]) -> None:
    """Print the results as an aligned table."""
    header = ("status", "p50 ms", "p95 ms", "max ms")
    print(f"{'endpoint':26} " + " ".join(f"{h:>8}" for h in header) + f" {'SQL':>4} {'KiB':>7}")
    for r in results:
        print(
            f"{r.name:26} {r.status:>8} {r.p50_ms:>8} {r.p95_ms:>8} {r.max_ms:>8} "
            f"{r.queries:>4} {r.kilobytes:>7}"
        )


def data_summary() -> str:
    """Describe how much data the figures were measured on."""
    counts = {
        "documents": Document.objects.count(),
        "events": Event.objects.count(),
        "claims": Claim.objects.count(),
        "actors": Actor.objects.count(),
    }
    return ", ".join(f"{count} {name}" for name, count in counts.items())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per endpoint")
    parser.add_argument("--warmup", type=int, default=3, help="untimed requests first")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    summary = data_summary()
    if not Document.objects.exists():
        print("No documents loaded: run `make load` first for meaningful figures.", file=sys.stderr)
    client = Client()
    results = [measure(client, name, url, args.requests, args.warmup) for name, url in endpoints()]
    if args.json:
        print(json.dumps({"data": summary, "results": [asdict(r) for r in results]}, indent=2))
    else:
        print(f"Data: {summary}. {args.requests} timed requests per endpoint.\n")
        print_table(results)
    return 0 if all(r.status == 200 for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
