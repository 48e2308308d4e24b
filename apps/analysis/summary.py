"""The connection's verdict in aggregates: claims per stance, per year and per claimant."""

from django.db import connection
from django.db.models import Case, F, When

from apps.actors.models import Actor
from apps.claims.models import Stance

CLAIMANT_LIMIT = 20

# One scan, two groupings: (stance, year) and (claimant, stance). GROUPING() tells them apart.
SUMMARY = """
SELECT GROUPING(claimant_id, who) = 0 AS per_claimant, stance,
       EXTRACT(YEAR FROM claim_date)::int AS year, claimant_id, who, COUNT(*)
FROM ({candidates}) c
GROUP BY GROUPING SETS ((stance, EXTRACT(YEAR FROM claim_date)), (claimant_id, who, stance))
"""


def _stances() -> dict[str, int]:
    return dict.fromkeys(Stance.values, 0)


def _add(rows: dict, key, template: dict, stance: str, n: int) -> None:
    row = rows.setdefault(key, {**template, "total": 0, "by_stance": _stances()})
    row["total"] += n
    row["by_stance"][stance] += n


def _top_claimants(claimants: dict) -> list[dict]:
    ranked = sorted(claimants.values(), key=lambda row: (-row["total"], row["name"].casefold()))
    top = ranked[:CLAIMANT_LIMIT]
    actors = Actor.objects.in_bulk([row["actor"] for row in top if row["actor"]])
    return [{**row, "actor": actors.get(row["actor"])} for row in top]


def claim_summary(scope) -> dict:
    """Return the claims per stance, per year (undated last) and per claimant (the most
    prolific CLAIMANT_LIMIT, and how many there are).

    A claimant is a known actor, or else the claimant as written ('an intelligence official').
    """
    who = Case(When(claimant__isnull=True, then=F("claimant_text")), default=F("claimant__name"))
    values = scope.claim_values("stance", "claim_date", "claimant_id", who=who)
    candidates, params = values.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(SUMMARY.format(candidates=candidates), params)
        rows = cursor.fetchall()
    by_stance, years, claimants = _stances(), {}, {}
    for per_claimant, stance, year, actor_id, name, n in rows:
        if per_claimant:
            template = {"actor": actor_id, "name": name or "(unattributed)"}
            _add(claimants, (actor_id, name), template, stance, n)
            continue
        by_stance[stance] += n
        _add(years, year, {"year": year}, stance, n)
    return {
        "claims": sum(by_stance.values()),
        "by_stance": by_stance,
        "by_year": sorted(years.values(), key=lambda row: (row["year"] is None, row["year"] or 0)),
        "claimants": len(claimants),
        "by_claimant": _top_claimants(claimants),
    }
