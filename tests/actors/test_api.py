import pytest

from apps.actors.models import Actor
from tests.contract import EndpointContract
from tests.factories import (
    make_actor,
    make_actor_alias,
    make_actor_mention,
    make_actor_relation,
    make_document,
    make_place,
)

pytestmark = pytest.mark.django_db

LIST_FIELDS = {
    "id",
    "url",
    "name",
    "slug",
    "kind",
    "title",
    "description",
    "parent",
    "country",
    "aliases",
    "origin",
    "rule",
    "mention_count",
    "event_count",
    "claim_count",
    "review_status",
    "created_at",
    "updated_at",
}


def hierarchy() -> dict:
    """Iran > IRGC > Qods Force, and al-Qaeda in Iraq on its own."""
    iran = make_actor(name="Iran", slug="iran", kind="state")
    irgc = make_actor(
        name="Islamic Revolutionary Guard Corps", slug="irgc", kind="military_unit", parent=iran
    )
    qods = make_actor(
        name="Qods Force",
        slug="qods-force",
        kind="military_unit",
        parent=irgc,
        description="The special operations arm of the IRGC.",
    )
    aqi = make_actor(name="al-Qaeda in Iraq", slug="al-qaeda-in-iraq", kind="armed_group")
    return {"iran": iran, "irgc": irgc, "qods": qods, "aqi": aqi}


class TestActorEndpoint(EndpointContract):
    basename = "actor"
    model = Actor
    list_fields = LIST_FIELDS
    detail_fields = LIST_FIELDS | {"children", "relations"}
    by_slug = True
    filter_cases = {
        "kind=state": 1,
        "kind=state,armed_group": 2,
        "parent=iran": 1,
        "parent={iran}&include_subordinates=true": 2,
        "parent=irgc,iran": 2,
        "name=quds force": 1,
        "name=IRAN": 1,
        "mentioned_in={dossier}": 1,
        "mentioned_in={row}": 1,
        "mentioned_in={other}": 0,
        "country=iraq": 1,
        "origin=extracted": 1,
        "rule=mention.titled_person": 1,
        "rule=mention.titled_person,mention.named_group": 1,
        "q=special operations": 1,
        "q=quds": 1,
        "review_status=rejected": 1,
        "stale=true": 1,
        "stale=false": 4,
    }

    def seed(self):
        actors = hierarchy()
        make_actor_alias(actor=actors["qods"], name="Quds Force")
        iraq = make_place(name="Iraq", slug="iraq", kind="country")
        Actor.objects.filter(pk=actors["aqi"].pk).update(
            country=iraq, origin="extracted", rule="mention.titled_person"
        )
        dossier = make_document(kind="dossier")
        row = make_document(parent=dossier, position=1)
        other = make_document()
        make_actor_mention(actor=actors["aqi"], document=row)
        make_actor(name="Rejected", review_status="rejected")
        make_actor(name="Stale", is_stale=True)
        self.refs = {"iran": actors["iran"].pk, "dossier": dossier.pk, "row": row.pk}
        self.refs["other"] = other.pk
        return list(actors.values())

    def make(self):
        parent = make_actor()
        actor = make_actor(parent=parent, country=make_place())
        make_actor(parent=actor)
        make_actor_alias(actor=actor)
        make_actor_mention(actor=actor)
        make_actor_relation(subject=actor)
        make_actor_relation(object=actor)
        return actor


def test_detail_shows_aliases_parent_children_and_relations_both_ways(api_client):
    actors = hierarchy()
    make_actor_alias(actor=actors["qods"], name="IRGC-QF", kind="abbreviation")
    make_actor_alias(actor=actors["qods"], name="al-Qods Brigade", review_status="rejected")
    out = make_actor_relation(subject=actors["qods"], object=actors["aqi"], predicate="supports")
    inbound = make_actor_relation(subject=actors["aqi"], object=actors["qods"])
    body = api_client.get("/api/v1/actors/qods-force/").json()
    assert body["aliases"] == [{"name": "IRGC-QF", "kind": "abbreviation"}]
    assert body["parent"]["slug"] == "irgc"
    assert {relation["id"] for relation in body["relations"]} == {out.pk, inbound.pk}
    relation = next(item for item in body["relations"] if item["id"] == out.pk)
    assert (relation["subject"]["slug"], relation["predicate"], relation["object"]["slug"]) == (
        "qods-force",
        "supports",
        "al-qaeda-in-iraq",
    )
    assert relation["quote"] == out.quote
    assert relation["document"]["id"] == out.document_id
    irgc = api_client.get(f"/api/v1/actors/{actors['irgc'].pk}/").json()
    assert [child["slug"] for child in irgc["children"]] == ["qods-force"]


def test_unknown_parent_slug_is_a_400_naming_it(api_client):
    response = api_client.get("/api/v1/actors/?parent=no-such-actor")
    assert response.status_code == 400
    assert response.json()["errors"] == {"parent": ["Unknown actor: no-such-actor."]}


def test_include_subordinates_without_an_actor_filter_is_a_400(api_client):
    response = api_client.get("/api/v1/actors/?include_subordinates=true")
    assert response.status_code == 400
    assert "parent" in response.json()["errors"]["include_subordinates"][0]


def test_name_matches_aliases_but_not_rejected_ones(api_client):
    actors = hierarchy()
    make_actor_alias(actor=actors["qods"], name="IRGC-QF")
    make_actor_alias(actor=actors["qods"], name="al-Qods Brigade", review_status="rejected")
    found = api_client.get("/api/v1/actors/", {"name": "irgc qf"}).json()["results"]
    assert [actor["slug"] for actor in found] == ["qods-force"]
    assert api_client.get("/api/v1/actors/", {"name": "al-Qods Brigade"}).json()["count"] == 0
