"""End to end: a curator works on the loaded seeds in the admin, then `load_seeds` runs again.

Every decision made through the admin (an edited field, a rejection, a deletion, a merge)
must survive the re-load, and the re-load must report those rows as unchanged or skipped.
"""

import io
import json

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.management import call_command

from apps.actors.models import Actor, ActorAlias, ActorMention
from apps.claims.models import Claim
from apps.common.models import ReviewStatus
from apps.events.models import Event
from tests.admin.helpers import admin_url, form_data

pytestmark = pytest.mark.django_db


def load_seeds() -> dict:
    out = io.StringIO()
    call_command("load_seeds", "--json", stdout=out, stderr=io.StringIO())
    report = json.loads(out.getvalue())
    assert report["files"]["failed"] == 0, report["problems"]
    return report


def outcomes(report: dict, kind: str) -> dict[str, int]:
    return report["counts"][kind]


@pytest.fixture
def seeds():
    return load_seeds()


def test_a_claim_field_edited_in_the_admin_survives_a_reload(seeds, curator_client):
    claim = Claim.objects.filter(stance="asserts").order_by("id").first()
    url = admin_url("claims.Claim", "change", claim.pk)
    data = form_data(curator_client, url) | {"stance": "uncertain", "review_note": "hedged"}
    assert curator_client.post(url, data).status_code == 302

    report = load_seeds()

    claim.refresh_from_db()
    assert (claim.stance, claim.review_note) == ("uncertain", "hedged")
    assert "stance" in claim.locked_fields
    assert outcomes(report, "claim")["inserted"] == 0
    assert outcomes(report, "claim")["updated"] == 0


def test_events_rejected_in_bulk_stay_rejected_after_a_reload(seeds, curator_client):
    rejected = list(Event.objects.order_by("id").values_list("pk", flat=True)[:3])
    data = {"action": "reject_selected", ACTION_CHECKBOX_NAME: rejected}
    assert curator_client.post(admin_url("events.Event", "changelist"), data).status_code == 302

    report = load_seeds()

    statuses = set(Event.objects.filter(pk__in=rejected).values_list("review_status", flat=True))
    assert statuses == {ReviewStatus.REJECTED}
    assert outcomes(report, "event")["inserted"] == 0
    assert outcomes(report, "event")["skipped"] >= len(rejected)


def test_a_mention_deleted_in_the_admin_is_not_brought_back(seeds, curator_client):
    mention = ActorMention.objects.order_by("id").first()
    url = admin_url("actors.ActorMention", "delete", mention.pk)
    assert curator_client.post(url, {"post": "yes"}).status_code == 302
    total = ActorMention.objects.count()

    report = load_seeds()

    assert not ActorMention.objects.filter(key=mention.key).exists()
    assert ActorMention.objects.count() == total
    assert outcomes(report, "actor_mention")["inserted"] == 0


def test_actors_merged_in_the_admin_stay_merged_after_a_reload(seeds, curator_client):
    survivor = Actor.objects.get(slug="qods-force")
    duplicate = Actor.objects.get(slug="islamic-revolutionary-guard-corps")
    moved = duplicate.mentions.count()
    assert moved > 0
    data = {
        "action": "merge_selected",
        ACTION_CHECKBOX_NAME: [survivor.pk, duplicate.pk],
        "post": "yes",
        "survivor": survivor.pk,
    }
    assert curator_client.post(admin_url("actors.Actor", "changelist"), data).status_code == 302
    mentions = ActorMention.objects.count()

    report = load_seeds()

    assert not Actor.objects.filter(key=duplicate.key).exists()
    assert ActorAlias.objects.get(name=duplicate.name).actor == survivor
    assert ActorMention.objects.count() == mentions
    assert survivor.mentions.count() >= moved
    assert outcomes(report, "actor_mention")["inserted"] == 0
    assert outcomes(report, "actor")["inserted"] == 0
