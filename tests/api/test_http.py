"""HTTP behaviour shared by every endpoint: CORS, ETags, paging headers, visibility."""

import pytest

from tests.contract import assert_error_shape
from tests.factories import make_claim, make_event, make_event_report

pytestmark = pytest.mark.django_db

ORIGIN = "https://dashboard.example.org"


def test_cross_origin_reads_are_allowed_and_expose_the_paging_headers(api_client):
    make_event()
    response = api_client.get("/api/v1/events/", headers={"Origin": ORIGIN})
    assert response["Access-Control-Allow-Origin"] == "*"
    exposed = {name.strip() for name in response["Access-Control-Expose-Headers"].split(",")}
    assert {"ETag", "Link", "X-Total-Count", "Retry-After", "X-Changes-Cursor"} <= exposed


def test_a_preflight_for_a_conditional_get_is_allowed_but_writes_are_not(api_client):
    headers = {
        "Origin": ORIGIN,
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match, authorization",
    }
    response = api_client.options("/api/v1/events/", headers=headers)
    assert response.status_code == 200
    assert "if-none-match" in response["Access-Control-Allow-Headers"]
    methods = {name.strip() for name in response["Access-Control-Allow-Methods"].split(",")}
    assert methods == {"GET", "HEAD", "OPTIONS"}


def test_cors_headers_stay_off_non_api_urls(api_client):
    response = api_client.get("/healthz", headers={"Origin": ORIGIN})
    assert "Access-Control-Allow-Origin" not in response


@pytest.mark.parametrize("detail", [False, True])
def test_etag_gives_304_until_the_data_changes(api_client, detail):
    event = make_event(summary="First summary")
    url = f"/api/v1/events/{event.pk}/" if detail else "/api/v1/events/"
    first = api_client.get(url)
    etag = first["ETag"]
    again = api_client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    event.summary = "Corrected summary"
    event.save()
    changed = api_client.get(url, headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_json_and_csv_of_one_list_have_different_etags(api_client):
    make_event()
    as_json = api_client.get("/api/v1/events/")
    as_csv = api_client.get("/api/v1/events/", headers={"Accept": "text/csv"})
    assert as_json["ETag"] != as_csv["ETag"]
    assert "Accept" in as_json["Vary"]


def test_pages_carry_link_and_total_count_headers(api_client):
    for _ in range(5):
        make_event()
    response = api_client.get("/api/v1/events/?page_size=2&page=2")
    body = response.json()
    assert response["X-Total-Count"] == "5"
    assert [len(body["results"]), body["count"]] == [2, 5]
    links = response["Link"]
    assert '?page=3&page_size=2>; rel="next"' in links
    assert 'rel="prev"' in links


def test_pages_never_repeat_or_skip_rows_when_sort_keys_tie(api_client):
    for _ in range(7):
        make_event(date_start="2007-05-09", date_precision="day")
    seen = []
    for page in (1, 2, 3, 4):
        url = f"/api/v1/events/?ordering=date_start&page_size=2&page={page}"
        seen += [item["id"] for item in api_client.get(url).json()["results"]]
    assert sorted(seen) == seen
    assert len(set(seen)) == 7


def test_rejected_rows_are_hidden_from_lists_and_nested_collections_unless_asked(api_client):
    event = make_event()
    make_event_report(event=event)
    make_event_report(event=event, review_status="rejected")
    rejected = make_event(review_status="rejected")
    claim = make_claim()
    make_claim(
        subject=claim.subject, object=claim.object, stance="denies", review_status="rejected"
    )
    listed = api_client.get("/api/v1/events/").json()
    assert [item["id"] for item in listed["results"]] == [event.pk]
    assert listed["results"][0]["report_count"] == 1
    assert len(api_client.get(f"/api/v1/events/{event.pk}/").json()["reports"]) == 1
    asked = api_client.get("/api/v1/events/?review_status=rejected").json()
    assert [item["id"] for item in asked["results"]] == [rejected.pk]
    detail = api_client.get(f"/api/v1/events/{rejected.pk}/").json()
    assert detail["review_status"] == "rejected"
    assert api_client.get(f"/api/v1/claims/{claim.pk}/").json()["counter_claims"] == []


def test_the_api_root_lists_every_endpoint_and_the_docs(api_client):
    body = api_client.get("/api/v1/").json()
    assert set(body) == {
        "documents",
        "comments",
        "actors",
        "weapons",
        "places",
        "events",
        "claims",
        "connection",
        "timeline",
        "network",
        "changes",
        "schema",
        "docs",
        "redoc",
    }
    assert body["events"] == "http://testserver/api/v1/events/"


def test_the_browsable_api_renders_for_browsers(api_client):
    make_event()
    response = api_client.get("/api/v1/events/", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert b"Event" in response.content
    assert_error_shape(api_client.get("/api/v1/events/?format=yaml"), 400)
