"""A sample of the rows behind each network edge: the lowest ids, at most EVIDENCE_LIMIT."""

from django.db import connection

from .links import VISIBLE

EVIDENCE_LIMIT = 10

# Each query takes parallel arrays of edge ends (s, t) and predicates (p), in edge order (k).
SAMPLES = {
    "claim": f"""
        SELECT c.id FROM claims_claim c
        WHERE c.subject_id = e.s AND c.predicate = e.p AND c.object_id = e.t
          AND {VISIBLE.format(t="c")}
        ORDER BY c.id LIMIT %(limit)s""",
    "relation": f"""
        SELECT r.id FROM actors_actorrelation r
        WHERE r.subject_id = e.s AND r.predicate = e.p AND r.object_id = e.t
          AND {VISIBLE.format(t="r")}
        ORDER BY r.id LIMIT %(limit)s""",
    "claimant": f"""
        SELECT c.id FROM claims_claim c
        WHERE c.claimant_id = e.s AND (c.subject_id = e.t OR c.object_id = e.t)
          AND {VISIBLE.format(t="c")}
        ORDER BY c.id LIMIT %(limit)s""",
    "event": f"""
        SELECT DISTINCT x.event_id AS id FROM events_eventparticipant x
        JOIN events_eventparticipant y ON y.event_id = x.event_id AND y.actor_id = e.t
        WHERE x.actor_id = e.s AND {VISIBLE.format(t="x")} AND {VISIBLE.format(t="y")}
        ORDER BY 1 LIMIT %(limit)s""",
}
EDGES = """
SELECT e.k, ARRAY(SELECT id FROM ({sample}) ids)
FROM unnest(%(s)s::bigint[], %(p)s::text[], %(t)s::bigint[]) WITH ORDINALITY AS e(s, p, t, k)
"""


def edge_evidence(edges: list) -> bool:
    """Set `evidence_ids` on each edge; return whether any edge has more rows than it shows."""
    for kind, sample in SAMPLES.items():
        typed = [edge for edge in edges if edge.type == kind]
        if not typed:
            continue
        params = {
            "s": [edge.source for edge in typed],
            "p": [edge.predicate or "" for edge in typed],
            "t": [edge.target for edge in typed],
            "limit": EVIDENCE_LIMIT,
        }
        with connection.cursor() as cursor:
            cursor.execute(EDGES.format(sample=sample), params)
            for position, ids in cursor.fetchall():
                typed[position - 1].evidence_ids = list(ids)
    return any(len(edge.evidence_ids) < edge.weight for edge in edges if edge.type in SAMPLES)
