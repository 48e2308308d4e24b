import pytest

from tests.analysis.test_connection import evidence
from tests.contract import AnalysisContract, assert_error_shape

pytestmark = pytest.mark.django_db


class TestNetworkEndpoint(AnalysisContract):
    basename = "network"
    required_query = "actor=qods-force"
    param_cases = {
        "actor=qods-force": (5, 9),
        "actor=qods-force&edge_type=claim": (2, 2),
        "actor=qods-force&edge_type=relation,event": (2, 2),
        "actor=qods-force&edge_type=hierarchy": (2, 1),
        "actor=qods-force&depth=2": (5, 11),
        "actor=irgc&include_subordinates=true&edge_type=claim,hierarchy": (4, 4),
        "actor=us-military&edge_type=claimant": (3, 2),
    }

    def seed(self):
        evidence()

    def measure(self, body):
        return (len(body["nodes"]), len(body["edges"]))


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


def test_depth_and_edge_type_are_validated(api_client):
    body = assert_error_shape(
        api_client.get("/api/v1/network/?actor=qods-force&depth=3&edge_type=friendship"), 400
    )
    assert set(body["errors"]) == {"actor", "depth", "edge_type"}
