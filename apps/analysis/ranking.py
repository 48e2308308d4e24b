"""Keyset-ranked pages of the connection's lists: claims by strength of evidence, events by reports.

Each function takes the ORM querysets that define a list (so visibility has one definition)
and runs one statement: the candidates are read once, joined to their counts (the maintained
actor links, or one GROUP BY), sorted once and cut with a row comparison against the cursor;
never a subquery per candidate row.
"""

from dataclasses import dataclass
from datetime import date

from django.db import connection
from django.db.models import QuerySet

from apps.common.models import ReviewStatus

from .links import VISIBLE

NO_DATE = date(1, 1, 1)  # undated rows sort after every dated one (keys descend)

# Corroboration and counter-claims come from the proposition's maintained link (its claims per
# stance), so ranking reads each candidate once and sorts it once.
SAME_STANCE = (
    "CASE c.stance WHEN 'asserts' THEN l.asserts WHEN 'denies' THEN l.denies "
    "WHEN 'disputes' THEN l.disputes ELSE l.uncertain END"
)
RANKED_CLAIMS = f"""
SELECT id, stance, confirmed, corroboration, day, counter_claims FROM (
    SELECT c.id, c.stance, (c.review_status = %s)::int AS confirmed,
           {SAME_STANCE} AS corroboration, COALESCE(c.claim_date, %s) AS day,
           l.weight - {SAME_STANCE} AS counter_claims,
           ROW_NUMBER() OVER (
               PARTITION BY c.stance
               ORDER BY (c.review_status = %s)::int DESC, {SAME_STANCE} DESC,
                        COALESCE(c.claim_date, %s) DESC, c.id DESC
           ) AS position
    FROM ({{candidates}}) c
    JOIN analysis_actorlink l
      ON l.kind = 'claim' AND l.source_id = c.subject_id AND l.predicate = c.predicate
     AND l.target_id = c.object_id
    WHERE c.stance = ANY(%s)
      AND l.source_id = ANY(%s) AND l.target_id = ANY(%s)
      AND {{after}}
) ranked
WHERE position <= %s
ORDER BY stance, position
"""
AFTER_CLAIM = f"((c.review_status = %s)::int, {SAME_STANCE}, COALESCE(c.claim_date, %s), c.id)"

RANKED_EVENTS = f"""
WITH e AS MATERIALIZED ({{events}}),
n AS (
    SELECT event_id, COUNT(DISTINCT document_id) AS reports FROM events_eventreport r
    WHERE r.event_id IN (SELECT id FROM e) AND {VISIBLE.format(t="r")}
    GROUP BY event_id
),
r AS (
    SELECT e.id, COALESCE(n.reports, 0)::int AS reports, COALESCE(e.date_start, %s) AS day
    FROM e LEFT JOIN n ON n.event_id = e.id
)
SELECT id, reports, day FROM r WHERE {{after}}
ORDER BY reports DESC, day DESC, id DESC
LIMIT %s
"""


@dataclass(frozen=True)
class RankedClaim:
    """A claim's place in its stance group and the counts its rank is made of."""

    id: int
    stance: str
    confirmed: int
    corroboration: int
    day: date
    counter_claims: int

    @property
    def key(self) -> tuple:
        return (self.confirmed, self.corroboration, self.day, self.id)


@dataclass(frozen=True)
class RankedEvent:
    """A shared event's place in the list: most reported, then most recent."""

    id: int
    reports: int
    day: date

    @property
    def key(self) -> tuple:
        return (self.reports, self.day, self.id)


def _sql(queryset: QuerySet) -> tuple[str, tuple]:
    sql, params = queryset.query.sql_with_params()
    return sql, tuple(params)


def _after(columns: str, key: tuple | None) -> tuple[str, tuple]:
    if key is None:
        return "TRUE", ()
    marks = ", ".join(["%s"] * len(key))
    return f"({columns}) < ({marks})", key


def _fetch(sql: str, params: tuple) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def claim_ranking(
    scope, stances: list[str], size: int, after: tuple | None = None
) -> list[RankedClaim]:
    """Return up to `size` ranked claims per stance (after `after`, the cursor's key).

    Strongest first: confirmed by a curator, then corroborated by the most claims of the
    same proposition and stance, then the most recent, then the highest id.
    """
    columns = ("id", "subject_id", "predicate", "object_id", "stance", "review_status")
    candidates, params = _sql(scope.claim_values(*columns, "claim_date"))
    parties = scope.a_ids + scope.b_ids
    marks = (ReviewStatus.CONFIRMED, NO_DATE)
    where, after_params = "TRUE", ()
    if after is not None:
        where, after_params = f"{AFTER_CLAIM} < (%s, %s, %s, %s)", (*marks, *after)
    sql = RANKED_CLAIMS.format(candidates=candidates, after=where)
    rows = _fetch(sql, (*marks, *marks, *params, stances, parties, parties, *after_params, size))
    return [RankedClaim(*row) for row in rows]


def event_ranking(events: QuerySet, size: int, after: tuple | None = None) -> list[RankedEvent]:
    """Return up to `size` events, most independent reports first (after `after`)."""
    events_sql, events_params = _sql(events.order_by().values("id", "date_start"))
    where, after_params = _after("reports, day, id", after)
    sql = RANKED_EVENTS.format(events=events_sql, after=where)
    rows = _fetch(sql, (*events_params, NO_DATE, *after_params, size))
    return [RankedEvent(*row) for row in rows]
