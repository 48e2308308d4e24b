import pytest

from tests.claims.test_api import claims_between, parties
from tests.contract import AnalysisContract, assert_error_shape
from tests.factories import (
    make_actor_relation,
    make_document,
    make_event,
    make_event_participant,
    make_event_report,
)

pytestmark = pytest.mark.django_db

LINKED = "Qods Force operatives met al-Qaeda in Iraq couriers."


def evidence() -> dict:
    """The claims of tests.claims plus one shared event and one stated relation."""
    actors = parties()
    claims = claims_between(actors)
    document = make_document(text=LINKED)
    event = make_event(event_type="meeting", summary="Qods Force meets AQI couriers")
    make_event_report(event=event, document=document, quote=LINKED)
    make_event_participant(event=event, actor=actors["qods"], document=document, quote="Qods Force")
    make_event_participant(
        event=event, actor=actors["aqi"], document=document, quote="al-Qaeda in Iraq"
    )
    relation = make_actor_relation(
        subject=actors["qods"],
        object=actors["aqi"],
        predicate="supports",
        document=document,
        quote="Qods Force operatives",
    )
    return {**actors, **claims, "event": event, "relation": relation, "linked": document}


class TestConnectionEndpoint(AnalysisContract):
    basename = "connection"
    required_query = "a=iran&b=al-qaeda-in-iraq"
    param_cases = {
        "a=iran&b=al-qaeda-in-iraq": (1, 0, 0),
        "a=iran&b=al-qaeda-in-iraq&include_subordinates=true": (4, 1, 1),
        "a=al-qaeda-in-iraq&b=qods-force": (3, 1, 1),
        "a=qods-force&b=us-military": (0, 0, 0),
    }

    def seed(self):
        evidence()

    def measure(self, body):
        return (body["claims"]["total"], len(body["events"]), len(body["relations"]))


def test_iran_and_aqi_asserting_and_denying_claims_with_provenance(api_client):
    data = evidence()
    url = "/api/v1/connection/?a=iran&b=al-qaeda-in-iraq&include_subordinates=true"
    body = api_client.get(url).json()
    claims = body["claims"]
    assert claims["by_stance"] == {"asserts": 2, "denies": 2, "disputes": 0, "uncertain": 0}
    groups = {group["stance"]: group for group in claims["groups"]}
    assert [claim["id"] for claim in groups["denies"]["claims"]] == [
        data["claims"][1].pk,
        data["claims"][2].pk,
    ]
    for group in claims["groups"]:
        for claim in group["claims"]:
            text = api_client.get(claim["document"]["url"]).json()["text"]
            assert text[claim["span_start"] : claim["span_end"]] == claim["quote"]
    claimants = {row["name"]: row for row in claims["by_claimant"]}
    assert claimants["Iran"]["by_stance"]["denies"] == 2
    assert claimants["US military"]["by_stance"]["asserts"] == 1
    assert claimants["An intelligence official"]["actor"] is None
    assert [unit["slug"] for unit in body["a_units"]] == ["iran", "irgc", "qods-force"]


def test_documents_involved_are_counted_per_kind_of_evidence(api_client):
    data = evidence()
    url = "/api/v1/connection/?a=qods-force&b=al-qaeda-in-iraq"
    documents = {row["document"]["id"]: row for row in api_client.get(url).json()["documents"]}
    assert documents[data["linked"].pk] == {
        "document": documents[data["linked"].pk]["document"],
        "claims": 0,
        "events": 1,
        "relations": 1,
    }
    assert documents[data["post"].pk]["claims"] == 2


def test_missing_unknown_or_identical_actors_are_400s(api_client):
    evidence()
    missing = assert_error_shape(api_client.get("/api/v1/connection/?a=iran"), 400)
    assert list(missing["errors"]) == ["b"]
    unknown = assert_error_shape(api_client.get("/api/v1/connection/?a=iran&b=nobody"), 400)
    assert unknown["errors"] == {"b": ["Unknown actor: nobody."]}
    same = assert_error_shape(api_client.get("/api/v1/connection/?a=iran&b=iran"), 400)
    assert list(same["errors"]) == ["b"]
    flag = "/api/v1/connection/?a=iran&b=irgc&include_subordinates=perhaps"
    assert list(assert_error_shape(api_client.get(flag), 400)["errors"]) == ["include_subordinates"]
