"""EndpointContract: the one test base every API endpoint's test class subclasses (STYLE §8)."""

import json
import re
from urllib.parse import urlparse

import pytest
from django.db import connection
from django.db.models import Model
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from rest_framework.test import APIClient

from apps.actors.serializers import ActorBriefSerializer
from apps.claims.serializers import ClaimBriefSerializer
from apps.comments.serializers import CommentBriefSerializer
from apps.common.api.serializers import brief_fields
from apps.documents.serializers import DocumentBriefSerializer
from apps.events.serializers import EventBriefSerializer
from apps.places.serializers import PlaceBriefSerializer
from apps.weapons.serializers import WeaponBriefSerializer

BRIEFS = {
    "actor": ActorBriefSerializer,
    "claim": ClaimBriefSerializer,
    "comment": CommentBriefSerializer,
    "document": DocumentBriefSerializer,
    "event": EventBriefSerializer,
    "place": PlaceBriefSerializer,
    "weapon": WeaponBriefSerializer,
}
ERROR_KEYS = {"status", "code", "detail", "errors"}
# Only numbers and ISO dates sort the same in Python and in the database's collation.
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
SMALL, LARGE = 2, 12


def get(client: APIClient, url: str, **headers):
    """GET url and return the response (JSON unless headers ask otherwise)."""
    return client.get(url, headers=headers or None)


def nested_briefs(value, top: bool = True) -> list[tuple[str, dict]]:
    """Return (basename, object) for every nested object that links to a detail endpoint."""
    found = []
    if isinstance(value, list):
        for item in value:
            found += nested_briefs(item, top=False)
    elif isinstance(value, dict):
        if not top and isinstance(value.get("url"), str):
            match = resolve(urlparse(value["url"]).path)
            found.append((match.url_name.removesuffix("-detail"), value))
        for item in value.values():
            found += nested_briefs(item, top=False)
    return found


def assert_error_shape(response, status: int) -> dict:
    """Check the shared error shape and return the body."""
    body = json.loads(response.content)
    assert response.status_code == status, body
    assert set(body) - {"retry_after"} == ERROR_KEYS, body
    assert body["status"] == status
    return body


class EndpointContract:
    """What every list + detail endpoint must do; subclasses describe one endpoint.

    `seed()` creates the rows the filter cases count (and returns those the plain list
    shows); `make()` creates one row with every nested collection filled. `filter_cases`
    maps a query string (formatted with `self.refs`) to the expected number of results.
    """

    basename: str
    model: type[Model]
    list_fields: set[str]
    detail_fields: set[str]
    filter_cases: dict[str, int] = {}
    csv = False
    by_slug = False
    has_nested = True

    def seed(self) -> list[Model]:
        raise NotImplementedError

    def make(self) -> Model:
        raise NotImplementedError

    def pytest_generate_tests(self, metafunc):
        if "filter_case" in metafunc.fixturenames:
            cases = list(self.filter_cases.items())
            metafunc.parametrize("filter_case", cases, ids=[query for query, _ in cases])

    @pytest.fixture
    def seeded(self, db) -> list[Model]:
        self.refs = {}
        return self.seed()

    def list_url(self, query: str = "") -> str:
        url = reverse(f"{self.basename}-list")
        return f"{url}?{query}" if query else url

    def detail_url(self, key) -> str:
        return reverse(f"{self.basename}-detail", kwargs={"pk": key})

    def test_list_returns_every_seeded_row_in_a_stable_order(self, api_client, seeded):
        response = get(api_client, self.list_url())
        assert response.status_code == 200, response.content
        body = response.json()
        expected = self.model.objects.filter(pk__in=[row.pk for row in seeded])
        assert body["count"] == len(seeded)
        assert [item["id"] for item in body["results"]] == list(
            expected.values_list("pk", flat=True)
        )
        assert set(body["results"][0]) == self.list_fields

    def test_every_ordering_field_sorts_both_ways(self, api_client, seeded):
        view = resolve(self.list_url()).func.cls
        ids = {row.pk for row in seeded}
        for field in view.ordering_fields:
            for sign in ("", "-"):
                response = get(api_client, self.list_url(f"ordering={sign}{field}"))
                results = response.json()["results"]
                assert {item["id"] for item in results} == ids, field
                values = [item[field] for item in results if item.get(field) is not None]
                if all(isinstance(value, int) or ISO_DATE.match(str(value)) for value in values):
                    assert values == sorted(values, reverse=bool(sign)), f"{sign}{field}"

    def test_detail_has_exactly_the_detail_fields(self, api_client, db):
        row = self.make()
        response = get(api_client, self.detail_url(row.pk))
        assert response.status_code == 200, response.content
        assert set(response.json()) == self.detail_fields

    def test_nested_objects_carry_exactly_their_brief_fields(self, api_client, db):
        row = self.make()
        briefs = nested_briefs(get(api_client, self.detail_url(row.pk)).json())
        assert bool(briefs) == self.has_nested, "make() should fill every nested object"
        for basename, value in briefs:
            assert set(value) == brief_fields(BRIEFS[basename]), (basename, value)

    def test_unknown_id_is_a_404_in_the_error_shape(self, api_client, db):
        body = assert_error_shape(get(api_client, self.detail_url(2**40)), 404)
        assert body["code"] == "not_found"

    def test_slug_lookup_matches_the_endpoint(self, api_client, db):
        row = self.make()
        response = get(api_client, self.detail_url(getattr(row, "slug", "no-such-slug")))
        if self.by_slug:
            assert response.json()["id"] == row.pk
        else:
            assert_error_shape(response, 404)

    def test_anonymous_writes_are_405(self, api_client, db):
        row = self.make()
        assert_error_shape(api_client.post(self.list_url(), {}), 405)
        for method in (api_client.put, api_client.patch, api_client.delete):
            body = assert_error_shape(method(self.detail_url(row.pk), {}), 405)
            assert body["code"] == "method_not_allowed"

    def test_filter_case(self, api_client, seeded, filter_case):
        query, expected = filter_case
        response = get(api_client, self.list_url(query.format(**self.refs)))
        assert response.status_code == 200, (query, response.content)
        assert response.json()["count"] == expected, query

    def test_query_count_does_not_grow_with_rows(self, api_client, db):
        for _ in range(SMALL):
            self.make()
        small = self._count_queries(api_client)
        for _ in range(LARGE - SMALL):
            self.make()
        large = self._count_queries(api_client)
        assert small == large

    def _count_queries(self, api_client) -> int:
        url = self.list_url("format=csv" if self.csv else "")
        with CaptureQueriesContext(connection) as queries:
            assert get(api_client, url).status_code == 200
        return len(queries)

    def test_csv_is_offered_only_where_declared(self, api_client, seeded):
        response = get(api_client, self.list_url("format=csv"))
        if not self.csv:
            assert "format" in assert_error_shape(response, 400)["errors"]
            return
        assert response["Content-Type"].startswith("text/csv")
        lines = response.content.decode().splitlines()
        assert len(lines) == len(seeded) + 1


class AnalysisContract:
    """What every analysis endpoint must do; subclasses describe one endpoint.

    `param_cases` maps a query string to the value `measure()` takes from the response, so
    each parameter is shown to change the answer. `seed()` builds the data.
    """

    basename: str
    param_cases: dict[str, object] = {}
    required_query = ""

    def seed(self) -> None:
        raise NotImplementedError

    def measure(self, body: dict):
        raise NotImplementedError

    def grow(self, rows: int) -> None:
        """Add `rows` more pieces of the evidence required_query reads."""
        raise NotImplementedError

    def pytest_generate_tests(self, metafunc):
        if "param_case" in metafunc.fixturenames:
            cases = list(self.param_cases.items())
            metafunc.parametrize("param_case", cases, ids=[query for query, _ in cases])

    @pytest.fixture
    def seeded(self, db) -> None:
        self.seed()

    def url(self, query: str = "") -> str:
        url = reverse(f"{self.basename}-list")
        return f"{url}?{query}" if query else url

    def test_param_case(self, api_client, seeded, param_case):
        query, expected = param_case
        response = get(api_client, self.url(query))
        assert response.status_code == 200, (query, response.content)
        assert self.measure(response.json()) == expected, query

    def test_unknown_parameter_is_a_400_naming_it(self, api_client, seeded):
        query = "&".join(part for part in (self.required_query, "colour=red") if part)
        body = assert_error_shape(get(api_client, self.url(query)), 400)
        assert list(body["errors"]) == ["colour"]

    def test_anonymous_writes_are_405(self, api_client, db):
        for method in (api_client.post, api_client.put, api_client.patch, api_client.delete):
            assert_error_shape(method(self.url(), {}), 405)

    def test_query_count_does_not_grow_with_data(self, api_client, seeded):
        self.grow(SMALL)
        small = self._count_queries(api_client)
        self.grow(LARGE - SMALL)
        large = self._count_queries(api_client)
        assert small == large

    def _count_queries(self, api_client) -> int:
        with CaptureQueriesContext(connection) as queries:
            response = get(api_client, self.url(self.required_query))
            assert response.status_code == 200, response.content
        return len(queries)
