"""Bulk exports: the command's files and manifest, and the streamed download."""

import csv
import hashlib
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token

from apps.common.models import ReviewStatus
from tests.contract import assert_error_shape
from tests.factories import (
    make_actor,
    make_comment,
    make_event,
    make_event_participant,
    make_place,
    make_user,
)

from .helpers import commit_changes

pytestmark = pytest.mark.django_db


def export(tmp_path, *args) -> dict:
    call_command("export", "--output", str(tmp_path), *args, stdout=io.StringIO())
    return json.loads((tmp_path / "manifest.json").read_text())


def lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_every_kind_is_one_file_with_its_count_and_checksum(tmp_path):
    make_event(summary="Raid")
    make_actor(name="Qods Force")
    make_actor(name="Rejected", review_status=ReviewStatus.REJECTED)
    commit_changes()
    manifest = export(tmp_path)
    assert manifest["schema_version"] == 1 and manifest["format"] == "jsonl"
    files = {item["kind"]: item for item in manifest["files"]}
    assert set(files) == {
        "documents",
        "comments",
        "actors",
        "weapons",
        "places",
        "events",
        "claims",
    }
    for item in files.values():
        data = (tmp_path / item["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"]
        assert len(data.splitlines()) == item["rows"]
    assert [row["name"] for row in lines(tmp_path / "actors.jsonl")] == ["Qods Force"]
    [event] = lines(tmp_path / "events.jsonl")
    assert event["summary"] == "Raid" and event["url"] == f"/api/v1/events/{event['id']}/"


def test_an_export_since_a_position_has_the_changed_rows_and_the_removed_ones(tmp_path):
    kept, gone = make_place(name="Basra"), make_place(name="Atlantis")
    commit_changes()
    cursor = export(tmp_path / "full")["cursor"]
    commit_changes()
    kept.description = "A port."
    kept.save()
    gone_id = gone.pk
    gone.delete()
    manifest = export(tmp_path / "delta", "--since", cursor, "--kind", "places")
    assert [item["file"] for item in manifest["files"]] == ["places.jsonl", "removed.jsonl"]
    assert [row["description"] for row in lines(tmp_path / "delta" / "places.jsonl")] == ["A port."]
    removed = lines(tmp_path / "delta" / "removed.jsonl")
    assert removed == [{"kind": "places", "id": gone_id, "action": "deleted", "merged_into": None}]
    assert manifest["since"] == cursor and manifest["cursor"] != cursor


def test_csv_exports_neutralise_formulas_like_every_csv(tmp_path):
    make_comment(author='=HYPERLINK("http://evil")', body="-2 killed")
    manifest = export(tmp_path, "--format", "csv", "--kind", "comments")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "comments.csv").read_text())))
    assert manifest["files"][0]["rows"] == 1
    assert rows[0]["author"].startswith("'=") and rows[0]["body"] == "'-2 killed"


def test_a_bad_since_is_an_error_of_the_command(tmp_path):
    with pytest.raises(CommandError, match="--since: Unknown cursor"):
        export(tmp_path, "--since", "nonsense")


def test_the_streamed_download_needs_credentials(api_client):
    make_event(summary="Raid")
    commit_changes()
    body = assert_error_shape(api_client.get("/api/v1/export/events.jsonl"), 401)
    assert body["code"] == "not_authenticated"
    token = Token.objects.create(user=make_user())
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    response = api_client.get("/api/v1/export/events.jsonl")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/x-ndjson"
    assert response["X-Changes-Cursor"]
    rows = [json.loads(line) for line in b"".join(response.streaming_content).splitlines()]
    assert [row["summary"] for row in rows] == ["Raid"]
    later = api_client.get(f"/api/v1/export/events.csv?since={response['X-Changes-Cursor']}")
    assert b"".join(later.streaming_content).decode().count("\r\n") == 1  # the header only
    assert_error_shape(api_client.get("/api/v1/export/aliens.jsonl"), 404)


def authenticated(api_client):
    token = Token.objects.create(user=make_user())
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return api_client


def test_the_streamed_download_costs_the_same_queries_for_2_rows_and_12(api_client):
    client, counts = authenticated(api_client), []
    for rows in (2, 12):
        for _ in range(rows - len(counts) * 2):
            make_event_participant(event=make_event(place=make_place()))
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/v1/export/events.jsonl")
            body = b"".join(response.streaming_content).splitlines()
        assert len(body) == rows
        counts.append(len(queries))
    assert counts[0] == counts[1]


@pytest.mark.parametrize("query", ["since=a%00b", "since=bogus", "since=1&since=2", "colour=red"])
def test_a_malformed_or_unknown_download_parameter_is_a_400_naming_it(api_client, query):
    response = authenticated(api_client).get(f"/api/v1/export/events.jsonl?{query}")
    assert list(assert_error_shape(response, 400)["errors"]) == [query.split("=")[0]]
