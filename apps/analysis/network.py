"""An actor's graph: relations, hierarchy, shared events and claims, as nodes and edges."""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from apps.actors.models import Actor, ActorRelation
from apps.claims.models import Claim, Stance
from apps.common.selectors import subtree_id_list, visible
from apps.events.models import EventParticipant

EDGE_TYPES = ("relation", "hierarchy", "event", "claim", "claimant")


@dataclass
class Edge:
    """One typed link between two actors, with the ids of the rows that evidence it."""

    source: int
    target: int
    type: str
    predicate: str | None = None
    evidence: dict[int, str | None] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.type}:{self.source}-{self.predicate or ''}-{self.target}"

    @property
    def weight(self) -> int:
        return max(len(self.evidence), 1)

    @property
    def evidence_ids(self) -> list[int]:
        return sorted(self.evidence)

    @property
    def stances(self) -> dict[str, int] | None:
        """For claim edges: how many of the claims take each stance."""
        if self.type not in ("claim", "claimant"):
            return None
        counts = dict.fromkeys(Stance.values, 0)
        for stance in self.evidence.values():
            counts[stance] += 1
        return counts


class Graph:
    """Nodes (actor ids with their depth) and edges keyed so each link appears once."""

    def __init__(self, center_ids: list[int]):
        self.depth = dict.fromkeys(center_ids, 0)
        self.edges: dict[str, Edge] = {}

    def add(self, edge: Edge, evidence: int | None = None, stance: str | None = None) -> None:
        """Add the edge once; the same evidence met again from the other end is not recounted."""
        edge = self.edges.setdefault(edge.key, edge)
        if evidence is not None:
            edge.evidence[evidence] = stance


def _relations(graph: Graph, ids: list[int]) -> None:
    rows = visible(ActorRelation.objects.filter(Q(subject_id__in=ids) | Q(object_id__in=ids)))
    for pk, subject, predicate, obj in rows.values_list(
        "pk", "subject_id", "predicate", "object_id"
    ):
        graph.add(Edge(subject, obj, "relation", predicate), pk)


def _hierarchy(graph: Graph, ids: list[int]) -> None:
    rows = visible(Actor.objects.filter(Q(pk__in=ids) | Q(parent_id__in=ids)))
    for child, parent in rows.exclude(parent=None).values_list("pk", "parent_id"):
        if child in ids or parent in ids:
            graph.add(Edge(child, parent, "hierarchy", "part_of"))


def _events(graph: Graph, ids: list[int]) -> None:
    participants = visible(EventParticipant.objects.all())
    events = participants.filter(actor_id__in=ids).values("event_id")
    by_event = defaultdict(set)
    for event, actor in participants.filter(event_id__in=events).values_list(
        "event_id", "actor_id"
    ):
        by_event[event].add(actor)
    for event, actors in by_event.items():
        for actor in actors & set(ids):
            for other in actors - {actor}:
                low, high = sorted((actor, other))
                graph.add(Edge(low, high, "event"), event)


def _claims(graph: Graph, ids: list[int]) -> None:
    # A claim about an event or a thing links no second actor.
    claims = visible(Claim.objects.filter(Q(subject_id__in=ids) | Q(object_id__in=ids)))
    rows = claims.exclude(object=None).values_list(
        "pk", "subject_id", "predicate", "object_id", "stance"
    )
    for pk, subject, predicate, obj, stance in rows:
        graph.add(Edge(subject, obj, "claim", predicate), pk, stance)


def _claimants(graph: Graph, ids: list[int]) -> None:
    parties = Q(claimant_id__in=ids) | Q(subject_id__in=ids) | Q(object_id__in=ids)
    claims = visible(Claim.objects.filter(parties).exclude(claimant=None))
    rows = claims.values_list("pk", "claimant_id", "subject_id", "object_id", "stance")
    for pk, claimant, subject, obj, stance in rows:
        for party in {subject, obj} - {claimant, None}:
            graph.add(Edge(claimant, party, "claimant", "about"), pk, stance)


COLLECTORS = {
    "relation": _relations,
    "hierarchy": _hierarchy,
    "event": _events,
    "claim": _claims,
    "claimant": _claimants,
}


@dataclass
class Network:
    """The graph around `actor`, ready for node-link readers (networkx, Cytoscape, D3)."""

    actor: Actor
    depth: int
    nodes: list[dict]
    edges: list[Edge]
    directed: bool = True
    multigraph: bool = True

    @property
    def graph(self) -> dict:
        return {"center": self.actor.pk, "name": self.actor.name, "depth": self.depth}


def network_get(
    *, actor: Actor, include_subordinates: bool, depth: int, edge_types: list[str]
) -> Network:
    """Walk `depth` steps out from the actor (and its units) along the chosen edge types."""
    center = subtree_id_list(Actor, [actor.pk]) if include_subordinates else [actor.pk]
    graph = Graph(center)
    frontier = center
    for step in range(1, depth + 1):
        for edge_type in edge_types:
            COLLECTORS[edge_type](graph, frontier)
        reached = {end for edge in graph.edges.values() for end in (edge.source, edge.target)}
        frontier = sorted(reached - graph.depth.keys())
        graph.depth.update(dict.fromkeys(frontier, step))
    actors = Actor.objects.in_bulk(list(graph.depth))
    nodes = [
        {"actor": actors[pk], "depth": level, "is_center": level == 0}
        for pk, level in sorted(
            graph.depth.items(), key=lambda item: (item[1], actors[item[0]].name)
        )
    ]
    edges = sorted(graph.edges.values(), key=lambda edge: edge.key)
    return Network(actor=actor, depth=depth, nodes=nodes, edges=edges)
