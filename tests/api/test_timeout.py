"""The API's statement timeout: a runaway query is a 503 in the error shape, nothing else is."""

import pytest
from django.db import connection

from tests.contract import assert_error_shape

pytestmark = pytest.mark.django_db


def sleepy_timeline(events, interval):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(2)")
    return {}


def statement_timeout() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        return cursor.fetchone()[0]


def test_a_query_past_the_timeout_is_a_503_and_the_next_request_is_served(
    api_client, settings, monkeypatch
):
    settings.API_STATEMENT_TIMEOUT_MS = 100
    monkeypatch.setattr("apps.analysis.views.event_timeline", sleepy_timeline)
    body = assert_error_shape(api_client.get("/api/v1/timeline/"), 503)
    assert body["code"] == "query_timeout"
    assert "100 ms" in body["detail"]
    monkeypatch.undo()
    assert api_client.get("/api/v1/timeline/").status_code == 200


def test_the_timeout_holds_for_api_requests_only(api_client, settings):
    settings.API_STATEMENT_TIMEOUT_MS = 1234
    outside = statement_timeout()
    assert api_client.get("/api/v1/timeline/").status_code == 200
    assert statement_timeout() == outside != "1234ms"


def test_zero_means_no_timeout(api_client, settings, monkeypatch):
    settings.API_STATEMENT_TIMEOUT_MS = 0
    seen = []
    monkeypatch.setattr(
        "apps.analysis.views.event_timeline",
        lambda events, interval: seen.append(statement_timeout()) or sleepy_timeline(events, 0),
    )
    with pytest.raises(Exception):  # noqa: B017 (the stub returns no timeline to serialize)
        api_client.get("/api/v1/timeline/")
    assert seen == [statement_timeout()]
