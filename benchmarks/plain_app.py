"""The timeline's aggregate as plain SQL in a minimal WSGI app: the benchmark's yardstick.

`gunicorn --chdir benchmarks plain_app` with DATABASE_URL set. GET /timeline?interval=month
answers the same JSON as /api/v1/timeline/ without filters (periods with counts per type and
imprecise dates, gaps filled, total and undated) from the same statement the API runs, over
psycopg, one connection per worker: no Django, no DRF, no middleware.
"""

import json
import os
from collections import Counter
from datetime import date, timedelta
from urllib.parse import parse_qs

import psycopg

SQL = """
SELECT date_trunc(%s, date_start)::date AS period, event_type, COUNT(*),
       COUNT(*) FILTER (WHERE date_precision = ANY(%s))
FROM events_event
WHERE review_status <> 'rejected' AND NOT (is_stale AND review_status <> 'confirmed')
GROUP BY 1, 2
"""
RANK = {"day": 0, "month": 1, "year": 2}
_connection = None


def _next(start: date, interval: str) -> date:
    if interval == "year":
        return start.replace(year=start.year + 1)
    if interval == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start + timedelta(days=1)


def timeline(interval: str) -> dict:
    global _connection
    if _connection is None:
        _connection = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True)
    buckets, total, undated = {}, 0, 0
    coarser = [name for name, rank in RANK.items() if rank > RANK[interval]]
    for period, event_type, n, imprecise in _connection.execute(SQL, [interval, coarser]):
        total += n
        if period is None:
            undated += n
            continue
        bucket = buckets.setdefault(period, {"count": 0, "by_type": Counter(), "imprecise": 0})
        bucket["count"] += n
        bucket["by_type"][event_type] += n
        bucket["imprecise"] += imprecise
    filled, start = [], min(buckets, default=None)
    while start is not None and start <= max(buckets):
        bucket = buckets.get(start, {"count": 0, "by_type": {}, "imprecise": 0})
        end = _next(start, interval) - timedelta(days=1)
        by_type = dict(sorted(bucket["by_type"].items()))
        filled.append(
            {"start": start.isoformat(), "end": end.isoformat(), **bucket, "by_type": by_type}
        )
        start = _next(start, interval)
    return {"interval": interval, "total": total, "undated": undated, "buckets": filled}


def application(environ, start_response):
    interval = parse_qs(environ.get("QUERY_STRING", "")).get("interval", ["month"])[0]
    if interval not in RANK:
        start_response("400 Bad Request", [("Content-Type", "application/json")])
        return [b'{"detail": "interval: day, month or year"}']
    body = json.dumps(timeline(interval)).encode()
    start_response("200 OK", [("Content-Type", "application/json")])
    return [body]
