"""Bad requests are 400s naming each parameter and its problem: never a 500, never ignored."""

import pytest

from tests.contract import assert_error_shape
from tests.factories import (
    make_actor,
    make_actor_alias,
    make_claim,
    make_document,
    make_event,
    make_event_weapon,
    make_weapon,
    make_weapon_alias,
)

pytestmark = pytest.mark.django_db

BAD_REQUESTS = [
    ("/api/v1/events/?colour=red", "colour", "Unknown parameter"),
    ("/api/v1/events/?date_strat=2007-01-01", "date_strat", "Did you mean 'date_start'?"),
    ("/api/v1/events/?date_start__gte=2007-13-01", "date_start__gte", "valid date"),
    ("/api/v1/events/?date_start=yesterday", "date_start", "valid date"),
    ("/api/v1/events/?event_type=riot", "event_type", "riot is not one of"),
    ("/api/v1/events/?event_type=raid,riot", "event_type", "riot is not one of"),
    ("/api/v1/events/?killed__gte=many", "killed__gte", "whole number"),
    ("/api/v1/events/?killed=-1", "killed", "greater than or equal to 0"),
    ("/api/v1/events/?min_reports=1.5", "min_reports", "whole number"),
    ("/api/v1/events/?actor=no-such-actor", "actor", "Unknown actor: no-such-actor."),
    ("/api/v1/events/?actor=999999", "actor", "Unknown actor: 999999."),
    ("/api/v1/events/?document=abc", "document", "Expected a numeric document id, got 'abc'."),
    ("/api/v1/events/?document=99999999999999999999", "document", "Unknown document"),
    ("/api/v1/events/?place=atlantis", "place", "Unknown place: atlantis."),
    ("/api/v1/events/?role=perpetrator&role=victim", "role", "victim is not one of"),
    ("/api/v1/events/?include_subordinates=maybe", "include_subordinates", "true or false"),
    ("/api/v1/events/?include_subordinates=true", "include_subordinates", "no effect"),
    ("/api/v1/events/?q=" + "x" * 201, "q", "at most 200"),
    ("/api/v1/events/?q=a%00b", "q", "Null characters"),
    ("/api/v1/events/?killed=1&killed=2", "killed", "more than once"),
    ("/api/v1/events/?page_size=501", "page_size", "from 1 to 500"),
    ("/api/v1/events/?page_size=0", "page_size", "from 1 to 500"),
    ("/api/v1/events/?page_size=ten", "page_size", "from 1 to 500"),
    ("/api/v1/events/?page=first", "page", "whole number"),
    ("/api/v1/events/?page=%C2%B2", "page", "whole number"),
    ("/api/v1/events/?page_size=%D9%A3", "page_size", "from 1 to 500"),
    ("/api/v1/events/?actor=%C2%B2", "actor", "Unknown actor"),
    ("/api/v1/events/?document=%C2%B2", "document", "numeric document id"),
    ("/api/v1/events/?ordering=colour", "ordering", "Cannot order by colour"),
    ("/api/v1/events/?ordering=date_start,-summary", "ordering", "Cannot order by -summary"),
    ("/api/v1/events/?format=xml", "format", "Unsupported format 'xml'"),
    ("/api/v1/events/1/?event_type=raid", "event_type", "Unknown parameter"),
    ("/api/v1/documents/?format=geojson", "format", "Available: json, api, csv"),
    ("/api/v1/documents/?has_comments=sometimes", "has_comments", "true or false"),
    ("/api/v1/documents/?published_on__lte=2007-02-30", "published_on__lte", "valid date"),
    ("/api/v1/comments/?reply_to=abc", "reply_to", "numeric comment id"),
    ("/api/v1/actors/?kind=alien", "kind", "alien is not one of"),
    ("/api/v1/claims/?stance=maybe", "stance", "maybe is not one of"),
    ("/api/v1/claims/?subject=nobody&object=iran", "subject", "Unknown actor: nobody."),
    ("/api/v1/claims/?claim_date__gte=05/09/2007x", "claim_date__gte", "valid date"),
    ("/api/v1/places/?within=atlantis", "within", "Unknown place: atlantis."),
    ("/api/v1/weapons/?category=laser", "category", "laser is not one of"),
]


@pytest.fixture
def data():
    make_actor(slug="iran")
    make_event()
    make_document()


@pytest.mark.parametrize(("url", "parameter", "message"), BAD_REQUESTS)
def test_a_bad_parameter_is_a_400_naming_it_and_the_problem(
    api_client, data, url, parameter, message
):
    body = assert_error_shape(api_client.get(url), 400)
    assert body["code"] == "invalid"
    assert parameter in body["errors"], body
    assert message in " ".join(body["errors"][parameter]), body
    assert parameter in body["detail"]


def test_every_problem_is_reported_in_one_response(api_client, data):
    url = "/api/v1/events/?colour=red&date_start__gte=2007-13-01&event_type=riot&killed=x"
    body = assert_error_shape(api_client.get(url), 400)
    assert set(body["errors"]) == {"colour", "date_start__gte", "event_type", "killed"}


def test_a_page_past_the_end_is_a_404_saying_how_many_pages_exist(api_client, data):
    body = assert_error_shape(api_client.get("/api/v1/events/?page=3"), 404)
    assert body["detail"] == "Page 3 does not exist; there are 1 pages."


def test_empty_parameters_are_ignored_as_not_given(api_client, data):
    response = api_client.get("/api/v1/events/?event_type=&q=&actor=")
    assert response.status_code == 200
    assert response.json()["count"] == 1


def test_a_huge_detail_id_is_a_404_not_a_500(api_client, data):
    assert_error_shape(api_client.get("/api/v1/events/99999999999999999999999/"), 404)
    assert_error_shape(api_client.get("/api/v1/events/not-an-id/"), 404)
    assert_error_shape(api_client.get("/api/v1/events/%C2%B2/"), 404)
    assert_error_shape(api_client.get("/api/v1/actors/%C2%B2/"), 404)


def test_an_unknown_api_path_is_a_404_in_the_error_shape(api_client):
    body = assert_error_shape(api_client.get("/api/v1/nothing-here/"), 404)
    assert body["detail"] == "No API endpoint at /api/v1/nothing-here/."


@pytest.mark.parametrize(
    "token", ["efp", "EFP", "explosively-formed-penetrator", "Explosively Formed Penetrator"]
)
def test_a_weapon_is_found_by_slug_name_or_alias(api_client, token):
    efp = make_weapon(name="Explosively formed penetrator", slug="explosively-formed-penetrator")
    make_weapon_alias(weapon=efp, name="EFP")
    make_event_weapon(weapon=efp)
    make_event_weapon()
    response = api_client.get("/api/v1/events/", {"weapon": token})
    assert response.status_code == 200, response.json()
    assert response.json()["count"] == 1


def test_an_actor_alias_with_spaces_and_hyphens_finds_the_actor(api_client):
    qods = make_actor(name="Qods Force", slug="qods-force")
    make_actor_alias(actor=qods, name="IRGC-QF")
    make_claim(subject=qods)
    make_claim()
    for token in ("IRGC-QF", "irgc qf", "Qods Force"):
        response = api_client.get("/api/v1/claims/", {"subject": token})
        assert response.json()["count"] == 1, token


def test_a_name_that_is_no_slug_and_no_alias_is_still_a_400(api_client):
    response = api_client.get("/api/v1/events/", {"actor": "Nobody At All"})
    assert response.status_code == 400
    assert response.json()["errors"] == {"actor": ["Unknown actor: nobody at all."]}
