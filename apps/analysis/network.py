"""An actor's graph within a budget: the most connected actors, and the links among them.

Nodes are chosen level by level (one step out, then two): at each level the actors linked
most strongly to the level before, by the summed weight of the links, until `limit` nodes.
Edges are every link among the chosen nodes (the induced subgraph, as networkx's ego_graph),
the heaviest first, up to `edge_limit`. Weights come from the maintained actor links
(apps/analysis/models.py), so a hub costs a few index reads, not a scan of its evidence.
"""

from dataclasses import dataclass, field

from django.db import connection

from apps.actors.models import Actor
from apps.claims.models import Stance
from apps.common.selectors import subtree_id_list

from .evidence import edge_evidence
from .links import VISIBLE

EDGE_TYPES = ("relation", "hierarchy", "event", "claim", "claimant")
LINK_KINDS = ("relation", "event", "claim", "claimant")
DEFAULT_LIMIT, MAX_LIMIT = 50, 500
DEFAULT_EDGE_LIMIT, MAX_EDGE_LIMIT = 200, 2000
MAX_DEPTH = 2

HIERARCHY = f"""
    UNION ALL SELECT parent_id, 1 FROM actors_actor a
    WHERE a.id = ANY(%(frontier)s) AND a.parent_id IS NOT NULL AND {VISIBLE.format(t="a")}
    UNION ALL SELECT id, 1 FROM actors_actor a
    WHERE a.parent_id = ANY(%(frontier)s) AND {VISIBLE.format(t="a")}
"""
TOUCHING = """
SELECT other FROM (
    SELECT target_id AS other, weight FROM analysis_actorlink
    WHERE source_id = ANY(%(frontier)s) AND kind = ANY(%(kinds)s)
    UNION ALL SELECT source_id, weight FROM analysis_actorlink
    WHERE target_id = ANY(%(frontier)s) AND kind = ANY(%(kinds)s)
    {hierarchy}
) links
WHERE other <> ALL(%(kept)s)
"""
NEIGHBORS = TOUCHING + "GROUP BY other ORDER BY SUM(weight) DESC, other LIMIT %(top)s"
ANY_NEIGHBOR = TOUCHING + "LIMIT 1"
INDUCED = """
SELECT kind, source_id, target_id, predicate, weight, asserts, denies, disputes, uncertain
FROM analysis_actorlink
WHERE source_id = ANY(%(nodes)s) AND target_id = ANY(%(nodes)s) AND kind = ANY(%(kinds)s)
{hierarchy}
ORDER BY weight DESC, kind, source_id, target_id, predicate
LIMIT %(top)s
"""
INDUCED_HIERARCHY = f"""
UNION ALL SELECT 'hierarchy', id, parent_id, 'part_of', 1, NULL, NULL, NULL, NULL
FROM actors_actor a
WHERE a.id = ANY(%(nodes)s) AND a.parent_id = ANY(%(nodes)s) AND {VISIBLE.format(t="a")}
"""


@dataclass
class Edge:
    """One typed link between two actors, with its weight and a sample of its evidence."""

    type: str
    source: int
    target: int
    predicate: str | None
    weight: int
    stances: dict[str, int] | None = None
    evidence_ids: list[int] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.type}:{self.source}-{self.predicate or ''}-{self.target}"


@dataclass
class Network:
    """The graph around `actor`, ready for node-link readers (networkx, Cytoscape, D3)."""

    actor: Actor
    depth: int
    limit: int
    edge_limit: int
    nodes: list[dict]
    edges: list[Edge]
    truncated: dict[str, bool]
    directed: bool = True
    multigraph: bool = True

    @property
    def graph(self) -> dict:
        return {"center": self.actor.pk, "name": self.actor.name, "depth": self.depth}


def _rows(sql: str, params: dict) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _neighbors(
    sql: str, frontier: list[int], kept: list[int], edge_types: list[str], top: int = 1
) -> list[int]:
    kinds = [kind for kind in LINK_KINDS if kind in edge_types]
    hierarchy = HIERARCHY if "hierarchy" in edge_types else ""
    params = {"frontier": frontier, "kinds": kinds, "kept": kept, "top": top}
    return [other for (other,) in _rows(sql.format(hierarchy=hierarchy), params)]


def _choose(centers: list[int], depth: int, edge_types: list[str], limit: int) -> tuple:
    """Return {actor id: depth} of the chosen nodes, and whether any node was left out."""
    chosen, frontier = dict.fromkeys(centers, 0), centers
    for level in range(1, depth + 1):
        budget = limit - len(chosen)
        if budget <= 0:
            return chosen, bool(_neighbors(ANY_NEIGHBOR, frontier, list(chosen), edge_types))
        found = _neighbors(NEIGHBORS, frontier, list(chosen), edge_types, budget + 1)
        if len(found) > budget:
            chosen.update(dict.fromkeys(found[:budget], level))
            return chosen, True
        chosen.update(dict.fromkeys(found, level))
        frontier = found
        if not frontier:
            break
    return chosen, False


def _edge(row: tuple) -> Edge:
    kind, source, target, predicate, weight, *stances = row
    counted = kind in ("claim", "claimant")
    return Edge(
        type=kind,
        source=source,
        target=target,
        predicate=predicate or None,
        weight=weight,
        stances=dict(zip(Stance.values, stances, strict=True)) if counted else None,
    )


def _induced(nodes: list[int], edge_types: list[str], edge_limit: int) -> tuple:
    kinds = [kind for kind in LINK_KINDS if kind in edge_types]
    hierarchy = INDUCED_HIERARCHY if "hierarchy" in edge_types else ""
    sql = INDUCED.format(hierarchy=hierarchy)
    rows = _rows(sql, {"nodes": nodes, "kinds": kinds, "top": edge_limit + 1})
    edges = [_edge(row) for row in rows[:edge_limit]]
    return edges, len(rows) > edge_limit


def network_get(
    *,
    actor: Actor,
    include_subordinates: bool,
    depth: int,
    edge_types: list[str],
    limit: int = DEFAULT_LIMIT,
    edge_limit: int = DEFAULT_EDGE_LIMIT,
) -> Network:
    """Walk `depth` steps out from the actor (and its units) along the chosen edge types."""
    centers = subtree_id_list(Actor, [actor.pk]) if include_subordinates else [actor.pk]
    chosen, nodes_cut = _choose(centers, depth, edge_types, limit)
    edges, edges_cut = _induced(list(chosen), edge_types, edge_limit)
    evidence_cut = edge_evidence(edges)
    actors = Actor.objects.in_bulk(list(chosen))
    nodes = [
        {"actor": actors[pk], "depth": level, "is_center": level == 0}
        for pk, level in sorted(chosen.items(), key=lambda item: (item[1], actors[item[0]].name))
    ]
    return Network(
        actor=actor,
        depth=depth,
        limit=limit,
        edge_limit=edge_limit,
        nodes=nodes,
        edges=sorted(edges, key=lambda edge: edge.key),
        truncated={"nodes": nodes_cut, "edges": edges_cut, "evidence": evidence_cut},
    )
