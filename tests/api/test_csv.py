"""CSV of the list endpoints of events, claims, actors and comments: flat, one row per result."""

import csv
import io

import pytest

from apps.common.api.renderers import FORMULA_STARTS, cell
from tests.factories import (
    make_actor,
    make_actor_alias,
    make_claim,
    make_comment,
    make_document,
    make_event,
    make_event_participant,
    make_event_weapon,
    make_place,
    make_weapon,
)

pytestmark = pytest.mark.django_db


def rows(response) -> list[dict]:
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_events_csv_flattens_nested_objects_and_lists(api_client):
    place = make_place(name="Baghdad", slug="baghdad")
    event = make_event(place=place, killed=3, summary='A raid, "quoted", on two lines\nhere')
    make_event_participant(event=event, actor=make_actor(name="Qods Force"), role="target")
    make_event_participant(event=event, actor=make_actor(name="Coalition"), role="perpetrator")
    make_event_weapon(event=event, weapon=make_weapon(name="EFP"))
    [row] = rows(api_client.get("/api/v1/events/?format=csv"))
    assert row["place.name"] == "Baghdad"
    assert row["place.slug"] == "baghdad"
    assert row["participants"] == "Coalition (perpetrator); Qods Force (target)"
    assert row["weapons"] == "EFP"
    assert row["killed"] == "3"
    assert row["wounded"] == ""
    assert row["summary"] == 'A raid, "quoted", on two lines\nhere'
    assert row["url"] == f"http://testserver/api/v1/events/{event.pk}/"


def test_accept_text_csv_works_like_format_csv(api_client):
    make_claim()
    by_header = api_client.get("/api/v1/claims/", headers={"Accept": "text/csv"})
    by_param = api_client.get("/api/v1/claims/?format=csv")
    assert by_header.content == by_param.content
    assert by_header["Content-Disposition"] == 'attachment; filename="claims.csv"'
    [row] = rows(by_header)
    assert {"subject.name", "object.slug", "document.title", "quote", "stance"} <= set(row)
    assert row["claimant.name"] == ""


def test_actors_and_comments_csv_honour_filters_and_list_aliases(api_client):
    actor = make_actor(name="Qods Force", kind="military_unit")
    make_actor_alias(actor=actor, name="Quds Force")
    make_actor_alias(actor=actor, name="IRGC-QF")
    make_actor(kind="state")
    [row] = rows(api_client.get("/api/v1/actors/?format=csv&kind=military_unit"))
    assert row["name"] == "Qods Force"
    assert row["aliases"] == "IRGC-QF; Quds Force"
    comment = make_comment(author="CharlesC")
    [row] = rows(api_client.get("/api/v1/comments/?format=csv"))
    assert (row["author"], row["document.id"]) == ("CharlesC", str(comment.document_id))


def test_an_empty_csv_still_has_its_header(api_client):
    response = api_client.get("/api/v1/events/?format=csv")
    header = response.content.decode().splitlines()
    assert header[0].startswith("id,url,event_type,summary")
    assert len(header) == 1


def test_csv_pages_link_to_the_next_csv_page(api_client):
    for _ in range(3):
        make_event()
    response = api_client.get("/api/v1/events/?format=csv&page_size=2")
    assert len(rows(response)) == 2
    assert "format=csv" in response["Link"]
    assert response["X-Total-Count"] == "3"


def test_a_bad_csv_request_answers_in_json(api_client):
    response = api_client.get("/api/v1/events/?format=csv&killed=many")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "killed" in response.json()["errors"]


def test_details_are_json_only(api_client):
    event = make_event()
    response = api_client.get(f"/api/v1/events/{event.pk}/?format=csv")
    assert response.status_code == 400
    assert "format" in response.json()["errors"]


HOSTILE = ['=HYPERLINK("http://x")', "+1+cmd", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]


def test_no_csv_cell_can_start_a_formula(api_client):
    document = make_document(title="=1+1", text=" | ".join(HOSTILE), publisher="@pub")
    for value in HOSTILE:
        make_comment(document=document, author=value, quote=value, body=value)
        make_claim(document=document, quote=value, claimant_text=value)
        make_event(summary=value, date_text=value)
        make_actor(name=value, description=value)
    for prefix in ("comments", "claims", "events", "actors"):
        response = api_client.get(f"/api/v1/{prefix}/?format=csv&page_size=500")
        cells = [value for row in rows(response) for value in row.values()]
        assert cells, prefix
        for text in cells:
            assert not text.startswith(FORMULA_STARTS), (prefix, text)
        for value in HOSTILE:
            assert f"'{value}" in cells, (prefix, value)


def test_numbers_and_dates_are_left_as_they_are():
    assert [cell(value) for value in (-3, 2.5, "2007-01-01", True, None)] == [
        "-3",
        "2.5",
        "2007-01-01",
        "true",
        "",
    ]
