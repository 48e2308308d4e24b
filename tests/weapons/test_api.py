import pytest

from apps.weapons.models import Weapon
from tests.contract import EndpointContract
from tests.factories import (
    make_actor,
    make_document,
    make_event,
    make_event_participant,
    make_event_weapon,
    make_weapon,
    make_weapon_alias,
    make_weapon_mention,
)

pytestmark = pytest.mark.django_db

FIELDS = {
    "id",
    "url",
    "name",
    "slug",
    "category",
    "description",
    "aliases",
    "origin",
    "event_count",
    "mention_count",
    "review_status",
    "created_at",
    "updated_at",
}


class TestWeaponEndpoint(EndpointContract):
    basename = "weapon"
    model = Weapon
    list_fields = FIELDS
    detail_fields = FIELDS
    by_slug = True
    has_nested = False
    filter_cases = {
        "category=explosive": 1,
        "category=explosive,rocket": 2,
        "actor=qods-force": 1,
        "actor=iran": 0,
        "actor=iran&include_subordinates=true": 1,
        "mentioned_in={document}": 1,
        "q=grenade": 1,
        "q=efp": 1,
        "review_status=rejected": 1,
        "stale=true": 1,
        "stale=false": 3,
    }

    def seed(self):
        iran = make_actor(name="Iran", slug="iran")
        qods = make_actor(name="Qods Force", slug="qods-force", parent=iran)
        efp = make_weapon(name="Explosively formed penetrator", slug="efp", category="explosive")
        make_weapon_alias(weapon=efp, name="EFP", kind="abbreviation")
        rpg = make_weapon(
            name="RPG-7", slug="rpg-7", category="rocket", description="Rocket-propelled grenade"
        )
        rifle = make_weapon(name="AK-47", slug="ak-47", category="small_arms")
        event = make_event()
        make_event_participant(event=event, actor=qods, role="perpetrator")
        make_event_weapon(event=event, weapon=efp)
        document = make_document()
        make_weapon_mention(weapon=rpg, document=document)
        make_weapon(name="Rejected", category="explosive", review_status="rejected")
        make_weapon(name="Stale", category="explosive", is_stale=True)
        self.refs = {"document": document.pk}
        return [efp, rpg, rifle]

    def make(self):
        weapon = make_weapon()
        make_weapon_alias(weapon=weapon)
        make_event_weapon(weapon=weapon)
        make_weapon_mention(weapon=weapon)
        return weapon


def test_counts_tell_how_often_a_weapon_appears(api_client):
    weapon = make_weapon(slug="efp")
    make_event_weapon(weapon=weapon)
    make_event_weapon(weapon=weapon)
    make_weapon_mention(weapon=weapon)
    body = api_client.get("/api/v1/weapons/efp/").json()
    assert (body["event_count"], body["mention_count"]) == (2, 1)
