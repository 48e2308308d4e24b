import pytest

from apps.claims.models import Claim
from tests.contract import EndpointContract
from tests.factories import make_actor, make_claim, make_document, make_event

pytestmark = pytest.mark.django_db

LIST_FIELDS = {
    "id",
    "url",
    "claimant",
    "claimant_text",
    "relayed_by",
    "subject",
    "predicate",
    "object",
    "object_event",
    "object_text",
    "object_kind",
    "stance",
    "hedges",
    "claim_date",
    "claim_date_precision",
    "event",
    "document",
    "span_start",
    "span_end",
    "quote",
    "counter_claim_count",
    "rule",
    "review_status",
    "created_at",
    "updated_at",
}
ROW_TEXT = "U.S. officials said the Qods Force allegedly supports al-Qaeda in Iraq."
POST_TEXT = (
    "Tehran denied that Iran supports al-Qaeda in Iraq. "
    "Iran's foreign ministry denied any Qods Force support for the group. "
    "An intelligence official said the Qods Force arms the group with rockets."
)


def parties() -> dict:
    iran = make_actor(name="Iran", slug="iran", kind="state")
    irgc = make_actor(name="IRGC", slug="irgc", parent=iran)
    qods = make_actor(name="Qods Force", slug="qods-force", parent=irgc)
    aqi = make_actor(name="al-Qaeda in Iraq", slug="al-qaeda-in-iraq")
    us = make_actor(name="US military", slug="us-military")
    return {"iran": iran, "qods": qods, "aqi": aqi, "us": us}


def dated(day: str) -> dict:
    return {"claim_date": day, "claim_date_precision": "day"}


def denials(actors: dict, post) -> list:
    """Iran denies supporting AQI, and denies the Qods Force does (a counter-claim)."""
    iran, qods, aqi = actors["iran"], actors["qods"], actors["aqi"]
    quotes = [
        (iran, "Tehran denied that Iran supports al-Qaeda in Iraq.", "2007-06-01"),
        (
            qods,
            "Iran's foreign ministry denied any Qods Force support for the group.",
            "2007-06-02",
        ),
    ]
    return [
        make_claim(
            claimant=iran,
            subject=subject,
            object=aqi,
            stance="denies",
            document=post,
            quote=quote,
            **dated(day),
        )
        for subject, quote, day in quotes
    ]


def claims_between(actors: dict) -> dict:
    """Four claims about Iran's units and AQI: two assertions, two denials, one hedged."""
    dossier = make_document(kind="dossier")
    row = make_document(parent=dossier, position=1, text=ROW_TEXT)
    post = make_document(text=POST_TEXT)
    event = make_event()
    qods, aqi = actors["qods"], actors["aqi"]
    asserted = make_claim(
        claimant=actors["us"],
        subject=qods,
        object=aqi,
        document=row,
        quote=ROW_TEXT,
        hedges=["allegedly"],
        rule="claim.predicate_verb",
        **dated("2007-05-09"),
    )
    armed = make_claim(
        claimant_text="An intelligence official",
        subject=qods,
        predicate="arms",
        object=aqi,
        document=post,
        event=event,
        quote="An intelligence official said the Qods Force arms the group with rockets.",
        rule="claim.giving",
        **dated("2007-07-01"),
    )
    make_claim(subject=qods, object=aqi, document=post, quote="rockets", review_status="rejected")
    make_claim(subject=qods, object=aqi, document=post, quote="rockets", is_stale=True)
    claims = [asserted, *denials(actors, post), armed, *other_objects(actors, event)]
    return {"claims": claims, "dossier": dossier, "post": post, "event": event}


def other_objects(actors: dict, event) -> list:
    """Two claims whose object is no actor: an event, and a thing named in words."""
    about = {"subject": actors["us"], "predicate": "trains", "stance": "uncertain"}
    return [
        make_claim(object_event=event, rule="claim.predicate_verb", **about),
        make_claim(object_text="the explosives", **about),
    ]


class TestClaimEndpoint(EndpointContract):
    basename = "claim"
    model = Claim
    list_fields = LIST_FIELDS
    detail_fields = LIST_FIELDS | {"counter_claims"}
    filter_cases = {
        "claimant=iran": 2,
        "claimant=us-military": 1,
        "claimant=iran&include_subordinates=true": 2,
        "subject=iran": 1,
        "subject=iran&include_subordinates=true": 4,
        "subject={qods}": 3,
        "object=al-qaeda-in-iraq": 4,
        "object=iran&include_subordinates=true": 0,
        "predicate=arms": 1,
        "predicate=supports,arms": 4,
        "object_event={event}": 1,
        "object_kind=event": 1,
        "object_kind=actor,thing": 5,
        "rule=claim.giving": 1,
        "rule=claim.predicate_verb,claim.giving": 3,
        "stance=denies": 2,
        "stance=asserts,denies": 4,
        "document={dossier}": 1,
        "document={post}": 3,
        "event={event}": 1,
        "claim_date=2007-05-09": 1,
        "claim_date__gte=2007-06-01": 3,
        "claim_date__lte=2007-06-01": 2,
        "has_counter_claims=true": 2,
        "has_counter_claims=false": 4,
        "is_hedged=true": 1,
        "is_hedged=false": 5,
        "q=rockets": 1,
        'q="foreign ministry"': 1,
        "review_status=rejected": 1,
        "stale=true": 1,
        "stale=false": 6,
    }

    def seed(self):
        actors = parties()
        claims = claims_between(actors)
        self.refs = {key: claims[key].pk for key in ("dossier", "post", "event")}
        self.refs["qods"] = actors["qods"].pk
        return claims["claims"]

    def make(self):
        claim = make_claim(claimant=make_actor(), event=make_event())
        make_claim(subject=claim.subject, object=claim.object, stance="denies")
        return claim


def test_detail_lists_the_counter_claims_of_the_same_proposition(api_client):
    claims = claims_between(parties())["claims"]
    asserted, counter = claims[0], claims[2]
    body = api_client.get(f"/api/v1/claims/{asserted.pk}/").json()
    assert [item["id"] for item in body["counter_claims"]] == [counter.pk]
    assert body["counter_claims"][0]["claimant_name"] == "Iran"
    assert body["counter_claims"][0]["stance"] == "denies"
    assert body["counter_claim_count"] == 1
    assert body["hedges"] == ["allegedly"]
    reverse = api_client.get(f"/api/v1/claims/{counter.pk}/").json()
    assert [item["id"] for item in reverse["counter_claims"]] == [asserted.pk]


def test_every_claim_that_iran_supports_aqi_and_every_denial(api_client):
    claims_between(parties())
    query = (
        "subject=iran&object=al-qaeda-in-iraq&predicate=supports&include_subordinates=true"
        "&ordering=claim_date"
    )
    body = api_client.get(f"/api/v1/claims/?{query}").json()
    assert [claim["stance"] for claim in body["results"]] == ["asserts", "denies", "denies"]
    for claim in body["results"]:
        document = api_client.get(claim["document"]["url"]).json()
        assert document["text"][claim["span_start"] : claim["span_end"]] == claim["quote"]


def test_stale_claims_are_hidden_unless_confirmed_or_asked_for(api_client):
    current = make_claim()
    stale = make_claim(is_stale=True)
    vouched = make_claim(is_stale=True, review_status="confirmed")
    listed = {row["id"] for row in api_client.get("/api/v1/claims/").json()["results"]}
    assert listed == {current.pk, vouched.pk}
    asked = api_client.get("/api/v1/claims/?stale=true").json()["results"]
    assert {row["id"] for row in asked} == {stale.pk, vouched.pk}
