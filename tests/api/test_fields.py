"""?fields= and ?omit=: nested with dots, in every format, with fewer queries and columns."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_event, make_event_participant, make_event_weapon, make_place

pytestmark = pytest.mark.django_db


def queries(client, url: str) -> tuple[dict, list[str]]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return response, [query["sql"] for query in captured.captured_queries]


@pytest.fixture
def events():
    for _ in range(3):
        event = make_event(place=make_place(name="Basra"))
        make_event_participant(event=event)
        make_event_weapon(event=event)


def test_nested_fields_are_chosen_with_dots(api_client, events):
    response, _ = queries(api_client, "/api/v1/events/?fields=id,place.name,participants.role")
    row = response.json()["results"][0]
    assert row == {
        "id": row["id"],
        "place": {"name": "Basra"},
        "participants": [{"role": "target"}],
    }
    response, _ = queries(api_client, "/api/v1/events/?omit=place.url,participants,weapons,url")
    row = response.json()["results"][0]
    assert set(row["place"]) == {"id", "name", "slug"}
    assert not {"participants", "weapons", "url"} & set(row)


def test_relations_left_out_are_not_fetched(api_client, events):
    _, full = queries(api_client, "/api/v1/events/")
    _, lean = queries(api_client, "/api/v1/events/?fields=id,summary")
    assert len(lean) == len(full) - 2  # no participants, no weapons
    sql = " ".join(lean)
    # No join, prefetch, count or column the answer does not show.
    for absent in ("places_place", "events_eventparticipant", "events_eventweapon"):
        assert absent in " ".join(full) and absent not in sql, absent
    for absent in ("events_eventreport", "claims_claim", '"events_event"."killed"'):
        assert absent in " ".join(full) and absent not in sql, absent


def test_csv_columns_follow_the_selection(api_client, events):
    response, _ = queries(api_client, "/api/v1/events/?format=csv&fields=id,place.name")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert set(rows[0]) == {"id", "place.name"}


def test_a_count_left_out_still_filters_and_orders(api_client, events):
    response, _ = queries(
        api_client, "/api/v1/events/?fields=id&min_reports=0&ordering=-report_count"
    )
    assert len(response.json()["results"]) == 3
