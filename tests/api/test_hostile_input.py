"""Hostile values that once caused 500s: a NUL byte anywhere, an ordering with two dashes."""

import pytest
from django.urls import reverse

from apps.common.api.routers import router
from tests.api.test_no_server_errors import REQUIRED, endpoints
from tests.contract import assert_error_shape
from tests.factories import make_actor, make_claim, make_event

pytestmark = pytest.mark.django_db

NUL = "a\x00b"
LOOKUPS = {
    "actors": ["parent", "country", "mentioned_in"],
    "weapons": ["actor"],
    "places": ["parent", "within", "mentioned_in"],
    "events": ["actor", "weapon", "place", "document"],
    "claims": ["subject", "object", "claimant", "document", "event"],
    "timeline": ["actor", "weapon", "place"],
    "connection": ["a", "b"],
    "network": ["actor"],
}


def ordering_fields() -> dict[str, list[str]]:
    """Return every list endpoint's prefix with its ordering fields."""
    endpoints()  # imports the URLconf, which fills the router
    return {
        prefix: viewset.ordering_fields
        for prefix, viewset, _ in router.registry
        if getattr(viewset, "ordering_fields", None)
    }


@pytest.fixture
def data():
    make_claim(subject=make_actor(slug="iran"), object=make_actor(slug="aqi"))
    make_event()


@pytest.mark.parametrize(
    ("prefix", "name"), [(prefix, name) for prefix, names in LOOKUPS.items() for name in names]
)
def test_a_nul_byte_in_an_entity_lookup_is_a_400(api_client, data, prefix, name):
    query = REQUIRED.get(prefix, {}) | {name: NUL}
    body = assert_error_shape(api_client.get(f"/api/v1/{prefix}/", query), 400)
    assert body["errors"][name] == ["Null characters are not allowed."]


@pytest.mark.parametrize("prefix", sorted(endpoints()))
def test_a_nul_byte_in_any_parameter_is_a_400_naming_it(api_client, data, prefix):
    for name in sorted(endpoints()[prefix]):
        query = REQUIRED.get(prefix, {}) | {name: NUL}
        response = api_client.get(f"/api/v1/{prefix}/", query)
        assert name in assert_error_shape(response, 400)["errors"], name


@pytest.mark.parametrize("basename", ["actor", "weapon", "place", "event", "claim"])
def test_a_nul_byte_in_a_detail_url_is_a_404(api_client, data, basename):
    url = reverse(f"{basename}-detail", kwargs={"pk": "a\x00b"})
    assert_error_shape(api_client.get(url), 404)


@pytest.mark.parametrize("prefix", sorted(ordering_fields()))
def test_an_ordering_with_two_dashes_is_a_400_for_every_field(api_client, data, prefix):
    for field in ordering_fields()[prefix]:
        response = api_client.get(f"/api/v1/{prefix}/", {"ordering": f"--{field}"})
        errors = assert_error_shape(response, 400)["errors"]
        assert errors["ordering"][0].startswith(f"Cannot order by --{field}."), field


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "trace"])
def test_an_unoffered_method_is_a_405_whatever_the_query_asks(api_client, data, method):
    response = api_client.generic(method.upper(), "/api/v1/comments/?format=csv&kind=nonsense")
    assert_error_shape(response, 405)


@pytest.mark.parametrize("value", ["1.0", "1_000", "\u0661", " 1", "+1"])
def test_counts_take_plain_digits_only(api_client, data, value):
    body = assert_error_shape(api_client.get("/api/v1/events/", {"killed__gte": value}), 400)
    assert list(body["errors"]) == ["killed__gte"]


def test_ids_no_row_can_have_are_unknown_ids(api_client, data):
    for value in ("0", "9" * 30):
        body = assert_error_shape(api_client.get("/api/v1/events/", {"document": value}), 400)
        assert body["errors"]["document"] == [f"Unknown document: {value}."]
