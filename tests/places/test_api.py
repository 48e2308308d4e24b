import pytest

from apps.places.models import Place
from tests.contract import EndpointContract
from tests.factories import (
    make_document,
    make_event,
    make_place,
    make_place_alias,
    make_place_mention,
)

pytestmark = pytest.mark.django_db

LIST_FIELDS = {
    "id",
    "url",
    "name",
    "slug",
    "kind",
    "parent",
    "latitude",
    "longitude",
    "description",
    "aliases",
    "origin",
    "event_count",
    "mention_count",
    "review_status",
    "created_at",
    "updated_at",
}


class TestPlaceEndpoint(EndpointContract):
    basename = "place"
    model = Place
    list_fields = LIST_FIELDS
    detail_fields = LIST_FIELDS | {"children"}
    by_slug = True
    filter_cases = {
        "kind=country": 2,
        "kind=city,district": 2,
        "parent=iraq": 1,
        "within=iraq": 2,
        "within=baghdad": 1,
        "within={iraq},{iran}": 2,
        "mentioned_in={document}": 1,
        "q=bagdad": 1,
        "q=sadr": 1,
        "review_status=rejected": 1,
        "stale=true": 1,
        "stale=false": 4,
    }

    def seed(self):
        iraq = make_place(name="Iraq", slug="iraq", kind="country")
        baghdad = make_place(name="Baghdad", slug="baghdad", kind="city", parent=iraq)
        make_place_alias(place=baghdad, name="Bagdad")
        sadr = make_place(name="Sadr City", slug="sadr-city", kind="district", parent=baghdad)
        iran = make_place(name="Iran", slug="iran", kind="country")
        document = make_document()
        make_place_mention(place=sadr, document=document)
        make_place(name="Rejected", review_status="rejected", parent=iran)
        make_place(name="Stale", is_stale=True, parent=iran)
        self.refs = {"iraq": iraq.pk, "iran": iran.pk, "document": document.pk}
        return [iraq, baghdad, sadr, iran]

    def make(self):
        parent = make_place()
        place = make_place(parent=parent, latitude="33.3", longitude="44.4")
        make_place(parent=place)
        make_place_alias(place=place)
        make_place_mention(place=place)
        make_event(place=place)
        return place


def test_detail_lists_the_places_directly_inside(api_client):
    iraq = make_place(slug="iraq", kind="country")
    baghdad = make_place(parent=iraq)
    make_place(parent=baghdad)
    body = api_client.get("/api/v1/places/iraq/").json()
    assert [child["id"] for child in body["children"]] == [baghdad.pk]
