"""GeoJSON of places and events: an RFC 7946 FeatureCollection of the page, for map clients."""

import pytest

from tests.contract import assert_error_shape
from tests.factories import make_event, make_place

pytestmark = pytest.mark.django_db


def collection(response) -> dict:
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/geo+json"
    body = response.json()
    assert body["type"] == "FeatureCollection"
    for feature in body["features"]:
        assert set(feature) == {"type", "id", "geometry", "properties"}
        assert feature["type"] == "Feature"
    return body


def test_places_are_points_longitude_first(api_client):
    basra = make_place(name="Basra", latitude="30.508", longitude="47.783")
    make_place(name="Nowhere")
    body = collection(api_client.get("/api/v1/places/?format=geojson"))
    features = {feature["id"]: feature for feature in body["features"]}
    assert features[basra.pk]["geometry"] == {"type": "Point", "coordinates": [47.783, 30.508]}
    assert features[basra.pk]["properties"]["name"] == "Basra"
    assert [f["geometry"] for f in body["features"] if f["id"] != basra.pk] == [None]
    assert body["count"] == 2


def test_events_take_the_point_of_their_place_in_one_query(api_client, django_assert_num_queries):
    baghdad = make_place(name="Baghdad", latitude="33.3", longitude="44.4")
    raid = make_event(place=baghdad)
    make_event()
    accept = {"HTTP_ACCEPT": "application/geo+json"}
    body = collection(api_client.get("/api/v1/events/?fields=id,summary", **accept))
    by_id = {feature["id"]: feature for feature in body["features"]}
    assert by_id[raid.pk]["geometry"]["coordinates"] == [44.4, 33.3]
    assert set(by_id[raid.pk]["properties"]) == {"id", "summary"}


def test_geojson_is_offered_only_where_rows_have_a_location(api_client):
    for prefix in ("actors", "claims", "documents"):
        body = assert_error_shape(api_client.get(f"/api/v1/{prefix}/?format=geojson"), 400)
        assert "format" in body["errors"]
    assert_error_shape(api_client.get("/api/v1/places/?format=geojson&kind=planet"), 400)
