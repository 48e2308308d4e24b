import pytest

from apps.actors.models import Actor
from tests.analysis.test_connection import evidence
from tests.contract import AnalysisContract, assert_error_shape
from tests.factories import (
    make_actor,
    make_actor_relation,
    make_claim,
    make_event,
    make_event_participant,
)

pytestmark = pytest.mark.django_db


class TestNetworkEndpoint(AnalysisContract):
    basename = "network"
    required_query = "actor=qods-force"
    param_cases = {
        "actor=qods-force": (5, 11, False, False),
        "actor=qods-force&edge_type=claim": (2, 2, False, False),
        "actor=qods-force&edge_type=relation,event": (2, 2, False, False),
        "actor=qods-force&edge_type=hierarchy": (2, 1, False, False),
        "actor=qods-force&depth=2": (5, 11, False, False),
        "actor=irgc&include_subordinates=true&edge_type=claim,hierarchy": (4, 5, False, False),
        "actor=us-military&edge_type=claimant": (3, 2, False, False),
        "actor=qods-force&limit=2": (2, 4, True, False),
        "actor=qods-force&edge_limit=3": (5, 3, False, True),
        "actor=us-military&depth=2&limit=3": (3, 6, True, False),
    }

    def seed(self):
        evidence()

    def measure(self, body):
        cut = body["truncated"]
        return (len(body["nodes"]), len(body["edges"]), cut["nodes"], cut["edges"])

    def grow(self, rows: int) -> None:
        qods = Actor.objects.get(slug="qods-force")
        for _ in range(rows):
            other = make_actor()
            make_claim(subject=qods, object=other, claimant=make_actor())
            make_actor_relation(subject=other, object=qods)
            event = make_event()
            make_event_participant(event=event, actor=qods)
            make_event_participant(event=event, actor=other)


def test_qods_force_network_is_a_node_link_graph_with_evidence(api_client):
    data = evidence()
    body = api_client.get("/api/v1/network/?actor=qods-force").json()
    assert (body["directed"], body["multigraph"]) == (True, True)
    assert body["graph"]["center"] == data["qods"].pk
    nodes = {node["id"]: node for node in body["nodes"]}
    assert nodes[data["qods"].pk]["is_center"] is True
    assert {node["slug"] for node in body["nodes"]} == {
        "qods-force",
        "irgc",
        "al-qaeda-in-iraq",
        "iran",
        "us-military",
    }
    edges = {edge["key"]: edge for edge in body["edges"]}
    qods, aqi = data["qods"].pk, data["aqi"].pk
    supports = edges[f"claim:{qods}-supports-{aqi}"]
    assert supports["stances"] == {"asserts": 1, "denies": 1, "disputes": 0, "uncertain": 0}
    assert supports["evidence"] == sorted([data["claims"][0].pk, data["claims"][2].pk])
    assert edges[f"event:{qods}--{aqi}"]["evidence"] == [data["event"].pk]
    assert edges[f"relation:{qods}-supports-{aqi}"]["evidence"] == [data["relation"].pk]
    denial = edges[f"claimant:{data['iran'].pk}-about-{qods}"]
    assert denial["stances"]["denies"] == 1
    assert all(edge["source"] in nodes and edge["target"] in nodes for edge in body["edges"])


def test_depth_edge_type_and_budgets_are_validated(api_client):
    query = "actor=qods-force&depth=3&edge_type=friendship&limit=0&edge_limit=2001"
    body = assert_error_shape(api_client.get(f"/api/v1/network/?{query}"), 400)
    assert set(body["errors"]) == {"actor", "depth", "edge_type", "limit", "edge_limit"}


def test_the_most_connected_neighbours_are_kept_first(api_client):
    data = evidence()
    body = api_client.get("/api/v1/network/?actor=qods-force&limit=2").json()
    assert [node["id"] for node in body["nodes"]] == [data["qods"].pk, data["aqi"].pk]
    assert body["truncated"] == {"nodes": True, "edges": False, "evidence": False}
    assert (body["limit"], body["edge_limit"]) == (2, 200)


def test_an_edge_shows_at_most_ten_evidence_ids_and_counts_them_all(api_client):
    data = evidence()
    made = [make_claim(subject=data["qods"], object=data["us"]) for _ in range(12)]
    body = api_client.get("/api/v1/network/?actor=us-military&edge_type=claim").json()
    [edge] = body["edges"]
    assert edge["weight"] == 12
    assert edge["evidence"] == sorted(claim.pk for claim in made)[:10]
    assert body["truncated"]["evidence"] is True
