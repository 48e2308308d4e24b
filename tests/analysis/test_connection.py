from datetime import date

import pytest

from apps.actors.models import Actor
from apps.common.api.cursor import Cursor, encode_cursor
from tests.claims.test_api import claims_between, parties
from tests.contract import AnalysisContract, assert_error_shape
from tests.factories import (
    make_actor_relation,
    make_claim,
    make_document,
    make_event,
    make_event_participant,
    make_event_report,
)

pytestmark = pytest.mark.django_db

LINKED = "Qods Force operatives met al-Qaeda in Iraq couriers."
# A cursor continuing the shared events from above every row: the whole list, events only.
ALL_EVENTS = encode_cursor(Cursor("events", (2**31, date(9999, 12, 31), 2**62)))


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
        "a=qods-force&b=al-qaeda-in-iraq&stance=denies": (3, 1, 1),
        "a=qods-force&b=al-qaeda-in-iraq&page_size=1": (3, 1, 1),
        f"a=qods-force&b=al-qaeda-in-iraq&cursor={ALL_EVENTS}": (3, 1, 1),
    }

    def seed(self):
        evidence()

    def measure(self, body):
        summary = body["summary"]
        return (summary["claims"], summary["events"], summary["relations"])

    def grow(self, rows: int) -> None:
        actors = {actor.slug: actor for actor in Actor.objects.all()} or parties()
        for _ in range(rows):
            make_claim(subject=actors["iran"], object=actors["al-qaeda-in-iraq"], stance="denies")
            event = make_event()
            for slug in ("iran", "al-qaeda-in-iraq"):
                make_event_participant(event=event, actor=actors[slug])
            make_event_report(event=event)
            make_actor_relation(subject=actors["iran"], object=actors["al-qaeda-in-iraq"])


def claims_of(body: dict) -> list[dict]:
    return [claim for group in body["groups"] for claim in group["claims"]]


def test_iran_and_aqi_asserting_and_denying_claims_with_provenance(api_client):
    data = evidence()
    url = "/api/v1/connection/?a=iran&b=al-qaeda-in-iraq&include_subordinates=true"
    body = api_client.get(url).json()
    summary = body["summary"]
    assert summary["by_stance"] == {"asserts": 2, "denies": 2, "disputes": 0, "uncertain": 0}
    groups = {group["stance"]: group for group in body["groups"]}
    assert list(groups) == ["asserts", "denies", "disputes", "uncertain"]
    assert groups["denies"]["count"] == 2
    # Equally corroborated: the most recent first.
    assert [claim["id"] for claim in groups["denies"]["claims"]] == [
        data["claims"][2].pk,
        data["claims"][1].pk,
    ]
    for claim in claims_of(body):
        text = api_client.get(claim["document"]["url"]).json()["text"]
        assert text[claim["span_start"] : claim["span_end"]] == claim["quote"]
    claimants = {row["name"]: row for row in summary["by_claimant"]}
    assert claimants["Iran"]["by_stance"]["denies"] == 2
    assert claimants["US military"]["by_stance"]["asserts"] == 1
    assert claimants["An intelligence official"]["actor"] is None
    assert summary["claimants"] == 3
    assert summary["by_year"] == [
        {"year": 2007, "total": 4, "by_stance": summary["by_stance"]},
    ]
    assert [unit["slug"] for unit in body["a_units"]] == ["iran", "irgc", "qods-force"]


def test_claims_rank_confirmed_then_corroborated_then_recent(api_client):
    actors = parties()
    iran, aqi = actors["iran"], actors["aqi"]
    old = make_claim(subject=iran, object=aqi, claim_date="2005-01-01")
    corroborated = [
        make_claim(subject=iran, predicate="arms", object=aqi, claim_date="2004-01-01")
        for _ in range(4)
    ]
    recent = make_claim(subject=iran, object=aqi, claim_date="2009-01-01")
    confirmed = make_claim(subject=iran, object=aqi, review_status="confirmed")
    body = api_client.get("/api/v1/connection/?a=iran&b=al-qaeda-in-iraq&stance=asserts").json()
    [group] = body["groups"]
    ids = [claim["id"] for claim in group["claims"]]
    expected = [confirmed.pk, *sorted((c.pk for c in corroborated), reverse=True), recent.pk]
    assert ids == [*expected, old.pk]
    assert [claim["corroboration"] for claim in group["claims"]] == [3, 4, 4, 4, 4, 3, 3]
    assert {claim["counter_claim_count"] for claim in group["claims"]} == {0}


def test_each_list_pages_with_its_cursor_until_every_row_is_seen(api_client):
    actors = parties()
    made = [
        make_claim(subject=actors["iran"], object=actors["aqi"], stance="denies") for _ in range(5)
    ]
    url = "/api/v1/connection/?a=iran&b=al-qaeda-in-iraq&page_size=2"
    body = api_client.get(url).json()
    denies = next(group for group in body["groups"] if group["stance"] == "denies")
    seen, pages = [claim["id"] for claim in denies["claims"]], 1
    link = denies["next"]
    while link:
        page = api_client.get(link).json()
        assert [group["stance"] for group in page["groups"]] == ["denies"]
        assert page["events"] is None and page["relations"] is None
        assert page["summary"]["claims"] == 5
        seen += [claim["id"] for claim in page["groups"][0]["claims"]]
        link, pages = page["groups"][0]["next"], pages + 1
    assert sorted(seen) == sorted(claim.pk for claim in made)
    assert pages == 3


def test_events_and_relations_page_too(api_client):
    data = evidence()
    for _ in range(2):
        event = make_event()
        make_event_participant(event=event, actor=data["qods"])
        make_event_participant(event=event, actor=data["aqi"])
    url = "/api/v1/connection/?a=qods-force&b=al-qaeda-in-iraq&page_size=2"
    events = api_client.get(url).json()["events"]
    assert events["count"] == 3
    assert len(events["results"]) == 2
    rest = api_client.get(events["next"]).json()
    assert rest["groups"] == [] and rest["relations"] is None
    assert rest["events"]["next"] is None
    seen = [row["id"] for row in events["results"] + rest["events"]["results"]]
    assert seen[0] == data["event"].pk  # the one event with a report comes first
    assert len(set(seen)) == 3


def test_documents_cited_on_the_page_are_counted_per_kind_of_evidence(api_client):
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


@pytest.mark.parametrize(
    "query, names",
    [
        ("page_size=0", ["page_size"]),
        ("page_size=101", ["page_size"]),
        ("page_size=ten", ["page_size"]),
        ("cursor=not-a-cursor", ["cursor"]),
        ("cursor=WyJkZW5pZXMiLFsxXV0", ["cursor"]),
        ("stance=believes", ["stance"]),
    ],
)
def test_bad_paging_values_are_400s_naming_them(api_client, query, names):
    evidence()
    url = f"/api/v1/connection/?a=iran&b=al-qaeda-in-iraq&{query}"
    assert list(assert_error_shape(api_client.get(url), 400)["errors"]) == names


def test_a_cursor_with_a_stance_is_a_400(api_client):
    actors = parties()
    for _ in range(3):
        make_claim(subject=actors["iran"], object=actors["aqi"])
    body = api_client.get("/api/v1/connection/?a=iran&b=al-qaeda-in-iraq&page_size=1").json()
    link = body["groups"][0]["next"]
    assert "stance" not in link
    error = assert_error_shape(api_client.get(f"{link}&stance=asserts"), 400)
    assert list(error["errors"]) == ["stance"]
