"""Event counts per day, month or year, broken down by type."""

from collections import Counter
from datetime import date

from django.db.models import Count, DateField, F, Q, QuerySet
from django.db.models.functions import Cast, TruncDay, TruncMonth, TruncYear

from apps.events.models import Event

INTERVALS = {"day": TruncDay, "month": TruncMonth, "year": TruncYear}
PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
MAX_PERIODS = 5000


class TooManyPeriods(ValueError):
    """The events span more periods than one response should hold."""


def _next(start: date, interval: str) -> date:
    if interval == "year":
        return start.replace(year=start.year + 1)
    if interval == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date.fromordinal(start.toordinal() + 1)


def _label(start: date, interval: str) -> str:
    return {"day": start.isoformat(), "month": start.isoformat()[:7], "year": str(start.year)}[
        interval
    ]


def _bucket(start: date, interval: str) -> dict:
    end = date.fromordinal(_next(start, interval).toordinal() - 1)
    return {
        "period": _label(start, interval),
        "start": start,
        "end": end,
        "count": 0,
        "by_type": Counter(),
        "imprecise": 0,
    }


def _coarser(interval: str) -> list[str]:
    return [name for name, rank in PRECISION_RANK.items() if rank > PRECISION_RANK[interval]]


def event_timeline(events: QuerySet[Event], interval: str) -> dict:
    """Count `events` per period of their start date, with gaps filled by empty periods.

    One grouped query over the filtered events (undated ones form their own group, so the
    total and the undated count come with it). `imprecise` counts events dated less
    precisely than the interval (a year-precise event in a month bucket), which sit in the
    period their date range starts in.
    """
    period = Cast(INTERVALS[interval]("date_start"), DateField())
    imprecise = Count("pk", filter=Q(date_precision__in=_coarser(interval)))
    rows = (
        events.order_by()
        .values(period=period, kind=F("event_type"))
        .annotate(n=Count("pk"), imprecise=imprecise)
        .values_list("period", "kind", "n", "imprecise")
    )
    buckets: dict[date, dict] = {}
    total = undated = 0
    for start, event_type, n, coarse in rows:
        total += n
        if start is None:
            undated += n
            continue
        if start not in buckets:
            buckets[start] = _bucket(start, interval)
        bucket = buckets[start]
        bucket["count"] += n
        bucket["by_type"][event_type] += n
        bucket["imprecise"] += coarse
    return {
        "interval": interval,
        "total": total,
        "undated": undated,
        "buckets": _filled(buckets, interval),
    }


def _filled(buckets: dict[date, dict], interval: str) -> list[dict]:
    if not buckets:
        return []
    start, last = min(buckets), max(buckets)
    filled = []
    while start <= last:
        if len(filled) == MAX_PERIODS:
            raise TooManyPeriods(f"More than {MAX_PERIODS} periods; use a longer interval.")
        bucket = buckets.get(start) or _bucket(start, interval)
        filled.append({**bucket, "by_type": dict(sorted(bucket["by_type"].items()))})
        start = _next(start, interval)
    return filled
