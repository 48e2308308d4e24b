"""EXPLAIN ANALYZE the SQL one API request runs: the plans the benchmark keeps in its output.

`explain_request(path)` makes the request in-process, captures its statements, and returns
each SELECT's plan (with actual times and buffers), slowest first. Needs django.setup().
"""

from dataclasses import dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


@dataclass
class Plan:
    """One statement of a request and its executed plan."""

    milliseconds: float
    sql: str
    plan: str


def _explain(sql: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def explain_request(path: str, top: int = 5) -> list[Plan]:
    """Return the plans of the `top` slowest SELECTs `path` runs (after one warm-up request)."""
    client = Client()
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    statements = [
        query["sql"]
        for query in captured.captured_queries
        if query["sql"].lstrip().upper().startswith(("SELECT", "WITH", "(SELECT"))
    ]
    plans = []
    for sql in statements:
        text = _explain(sql)
        total = next(
            (
                float(line.split(":")[1].split()[0])
                for line in text.splitlines()
                if line.startswith("Execution Time")
            ),
            0.0,
        )
        plans.append(Plan(milliseconds=total, sql=sql, plan=text))
    return sorted(plans, key=lambda plan: -plan.milliseconds)[:top]


def render_plans(name: str, path: str, plans: list[Plan], sql_chars: int = 400) -> str:
    """Return the plans as text: the statement (cut) and its plan, slowest first."""
    lines = [f"### {name}: {path}"]
    for plan in plans:
        sql = " ".join(plan.sql.split())
        lines += [f"-- {plan.milliseconds:.1f} ms: {sql[:sql_chars]}", plan.plan, ""]
    return "\n".join(lines)
