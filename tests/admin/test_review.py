"""Bulk review actions record reviewer, time, note and history; rejected rows stay rejected."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Permission

from apps.claims.models import Claim
from apps.common.models import ReviewStatus
from apps.common.upsert import Outcome, upsert
from tests import factories
from tests.admin.helpers import admin_url

pytestmark = pytest.mark.django_db


def run_action(client, label: str, action: str, rows, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [row.pk for row in rows], "index": 0}
    return client.post(admin_url(label, "changelist"), data | extra)


def test_bulk_confirm_records_reviewer_time_note_and_history(curator_client, curator):
    claims = [factories.make_claim() for _ in range(3)]
    untouched = factories.make_claim()
    response = run_action(
        curator_client, "claims.Claim", "confirm_selected", claims, note="Checked the source"
    )
    assert response.status_code == 302
    for claim in claims:
        claim.refresh_from_db()
        assert claim.review_status == ReviewStatus.CONFIRMED
        assert claim.reviewed_by == curator
        assert claim.reviewed_at is not None
        assert claim.review_note == "Checked the source"
        record = claim.history.first()
        assert record.history_user == curator
        assert record.history_change_reason == "Review: confirmed (Checked the source)"
        assert record.review_status == ReviewStatus.CONFIRMED
    untouched.refresh_from_db()
    assert untouched.review_status == ReviewStatus.UNREVIEWED
    assert untouched.history.count() == 1


def test_bulk_reject_then_back_to_unreviewed(curator_client, curator):
    mentions = [factories.make_actor_mention() for _ in range(2)]
    run_action(curator_client, "actors.ActorMention", "reject_selected", mentions)
    assert {m.review_status for m in type(mentions[0]).objects.all()} == {"rejected"}
    run_action(curator_client, "actors.ActorMention", "unreview_selected", mentions)
    for mention in mentions:
        mention.refresh_from_db()
        assert mention.review_status == ReviewStatus.UNREVIEWED
        assert mention.reviewed_by == curator
        reasons = list(mention.history.values_list("history_change_reason", flat=True))
        assert reasons[:2] == ["Review: unreviewed", "Review: rejected"]


def test_confirming_an_already_confirmed_row_keeps_its_reviewer(curator_client, curator):
    other = factories.make_user(username="earlier-reviewer")
    event = factories.make_event(review_status="confirmed", reviewed_by=other)
    run_action(curator_client, "events.Event", "confirm_selected", [event])
    event.refresh_from_db()
    assert event.reviewed_by == other
    assert event.history.count() == 1


def test_rejected_row_stays_rejected_on_a_later_upsert(curator_client):
    claim = factories.make_claim(claimant_text="an official")
    run_action(curator_client, "claims.Claim", "reject_selected", [claim])
    row, outcome = upsert(Claim, key=claim.key, values={"claimant_text": "the loader's reading"})
    assert outcome == Outcome.SKIPPED
    claim.refresh_from_db()
    assert (claim.review_status, claim.claimant_text) == ("rejected", "an official")


def test_review_changes_from_the_changelist_need_change_permission(client):
    viewer = factories.make_user(username="viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_claim"))
    client.force_login(viewer)
    claim = factories.make_claim()
    response = run_action(client, "claims.Claim", "confirm_selected", [claim])
    claim.refresh_from_db()
    assert claim.review_status == ReviewStatus.UNREVIEWED
    assert response.status_code == 200
    assert b"confirm_selected" not in response.content


def test_unlock_action_releases_curator_locks(curator_client):
    actor = factories.make_actor(locked_fields=["name", "kind"])
    run_action(curator_client, "actors.Actor", "unlock_selected", [actor])
    actor.refresh_from_db()
    assert actor.locked_fields == []
    assert actor.history.first().history_change_reason == "Unlocked for the loader"
    _, outcome = upsert(type(actor), key=actor.key, values={"name": "Loader name"})
    assert outcome == Outcome.UPDATED


def test_changelist_filters_by_status_lock_and_document(curator_client):
    document = factories.make_document()
    confirmed = factories.make_claim(document=document, review_status="confirmed")
    factories.make_claim(document=document, locked_fields=["stance"])
    factories.make_claim()
    url = admin_url("claims.Claim", "changelist")
    cases = {
        "review_status__exact=confirmed": {confirmed.pk},
        f"in_document={document.pk}": set(
            Claim.objects.filter(document=document).values_list("pk", flat=True)
        ),
        "locked=yes": set(Claim.objects.exclude(locked_fields=[]).values_list("pk", flat=True)),
    }
    for query, expected in cases.items():
        response = curator_client.get(f"{url}?{query}")
        assert response.status_code == 200, query
        shown = {row.pk for row in response.context["cl"].result_list}
        assert shown == expected, query
