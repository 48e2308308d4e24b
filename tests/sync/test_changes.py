"""The changes feed: what it reports, in which order, and where removed rows went."""

import pytest

from apps.actors.models import Actor
from apps.common.models import Change, ReviewStatus
from apps.common.services import entity_merge, review_set_status
from tests.contract import AnalysisContract, assert_error_shape
from tests.factories import (
    make_actor,
    make_actor_alias,
    make_actor_relation,
    make_claim,
    make_event,
    make_event_participant,
    make_user,
)

from .helpers import actions, commit_changes, feed

pytestmark = pytest.mark.django_db


class TestChangesEndpoint(AnalysisContract):
    basename = "change"
    param_cases = {
        "kind=event": 2,
        "kind=actor,event": 3,
        "page_size=1": 1,
        "since=now": 0,
    }

    def seed(self) -> None:
        make_event()
        make_event()
        make_actor()
        commit_changes()

    def measure(self, body: dict) -> int:
        return len(body["results"])

    def grow(self, rows: int) -> None:
        for _ in range(rows):
            make_event_participant(event=make_event())  # and its actor and document
        commit_changes()


def test_each_kind_of_change_is_reported_in_order_with_its_action(api_client):
    commit_changes()
    actor, twin, event = make_actor(name="Qods Force"), make_actor(), make_event()
    commit_changes()
    Actor.objects.filter(pk=actor.pk).update(description="The IRGC's foreign arm.")
    # In one transaction, an update of a row already reported is not repeated.
    Actor.objects.filter(pk=actor.pk).update(title="Foreign arm")
    review_set_status(queryset=Actor.objects.filter(pk=actor.pk), status="rejected", user=None)
    event.is_stale = True
    event.save()
    event.is_stale = False
    event.save()
    entity_merge(survivor=actor, duplicates=[twin], user=make_user())
    event_id = event.pk
    event.delete()
    assert actions(feed(api_client)) == [
        ("actor", actor.pk, "created"),
        ("actor", twin.pk, "created"),
        ("event", event_id, "created"),
        ("actor", actor.pk, "updated"),
        ("actor", actor.pk, "reviewed"),
        ("event", event_id, "stale"),
        ("event", event_id, "current"),
        ("actor", twin.pk, "merged"),
        ("event", event_id, "deleted"),
    ]
    merged = [change for change in feed(api_client) if change["action"] == "merged"]
    assert merged[0]["merged_into"]["id"] == actor.pk


def test_a_row_shown_inside_another_reports_that_other_once(api_client):
    event, qods, iran = make_event(), make_actor(), make_actor()
    commit_changes()
    start = api_client.get("/api/v1/changes/?since=now").json()["next"].split("?", 1)[1]
    commit_changes()
    make_event_participant(event=event, actor=qods)
    make_event_participant(event=event, actor=iran, role="perpetrator")
    make_actor_alias(actor=qods, name="Quds Force")
    make_actor_relation(subject=qods, object=iran)
    reported = [change for change in feed(api_client, start) if change["kind"] != "document"]
    assert sorted(actions(reported)) == sorted(
        [("event", event.pk, "updated"), ("actor", qods.pk, "updated")]
        + [("actor", iran.pk, "updated")]
    )


def test_following_next_reads_every_change_once_and_keeps_the_position(api_client):
    rows = [make_event() for _ in range(5)]
    commit_changes()
    changes = feed(api_client)
    assert [change["id"] for change in changes] == [row.pk for row in rows]
    last = api_client.get(f"/api/v1/changes/?since={changes[-1]['position']}").json()
    assert last["results"] == [] and last["has_more"] is False
    assert "since=" in last["next"]
    later = make_event()
    assert [c["id"] for c in api_client.get(last["next"]).json()["results"]] == [later.pk]


def test_a_merged_id_is_a_410_pointing_to_the_survivor_of_its_survivor(api_client):
    user = make_user()
    first, second, third = make_actor(), make_actor(), make_actor()
    entity_merge(survivor=second, duplicates=[first], user=user)
    entity_merge(survivor=third, duplicates=[second], user=user)
    body = assert_error_shape_gone(api_client.get(f"/api/v1/actors/{first.pk}/"))
    assert body["removed"]["action"] == "merged"
    assert body["removed"]["merged_into"] == {
        "id": third.pk,
        "url": f"http://testserver/api/v1/actors/{third.pk}/",
    }
    assert api_client.get(body["removed"]["merged_into"]["url"]).status_code == 200


def test_a_deleted_id_is_a_410_and_an_id_that_never_was_a_404(api_client):
    claim = make_claim()
    pk = claim.pk
    claim.delete()
    body = assert_error_shape_gone(api_client.get(f"/api/v1/claims/{pk}/"))
    assert body["removed"] == {"action": "deleted", "at": None, "merged_into": None}
    assert api_client.get(f"/api/v1/claims/{pk + 1000}/").status_code == 404


def test_a_merge_into_a_row_deleted_since_points_nowhere(api_client):
    survivor, twin = make_actor(), make_actor()
    entity_merge(survivor=survivor, duplicates=[twin], user=make_user())
    survivor.delete()
    body = assert_error_shape_gone(api_client.get(f"/api/v1/actors/{twin.pk}/"))
    assert body["removed"]["action"] == "merged"
    assert body["removed"]["merged_into"] is None


def test_rows_stored_before_the_log_count_as_created_once(api_client):
    make_actor()
    commit_changes()
    assert Change.objects.filter(kind="actor", action="created").count() == 1
    assert Actor.objects.filter(review_status=ReviewStatus.UNREVIEWED).count() == 1


def test_a_bad_position_is_a_400_naming_since(api_client):
    body = assert_error_shape(api_client.get("/api/v1/changes/?since=abc&kind=colour"), 400)
    assert set(body["errors"]) == {"since", "kind"}
    assert body["errors"]["since"][0].startswith("Unknown cursor")


@pytest.mark.parametrize(
    "query",
    ["since=a%00b", "kind=a%00b", "page_size=0", "page_size=1001", "since=now&since=now", "x=1"],
)
def test_a_malformed_or_unknown_feed_parameter_is_a_400_naming_it(api_client, query):
    body = assert_error_shape(api_client.get(f"/api/v1/changes/?{query}"), 400)
    assert list(body["errors"]) == [query.split("=")[0]]


def assert_error_shape_gone(response) -> dict:
    body = response.json()
    assert response.status_code == 410, body
    assert set(body) == {"status", "code", "detail", "errors", "removed"}
    assert body["code"] == "gone"
    return body
