"""End to end on the seeds: duplicate merges and dismissals, and claimant links, made on the
curation pages, survive `load_seeds` running again; links apply to claims loaded later."""

import pytest
from django.urls import reverse

from apps.actors.models import Actor
from apps.claims.models import Claim
from apps.claims.services import claimant_link
from apps.common.duplicates import pair_keys
from apps.events.models import Event
from apps.events.selectors import event_duplicates
from tests import factories
from tests.admin.test_reload_seeds import load_seeds, outcomes

pytestmark = pytest.mark.django_db


def suggested_keys() -> set[tuple[str, str]]:
    return {pair_keys(s.survivor, s.other) for s in event_duplicates()}


def test_a_merged_and_a_dismissed_pair_of_events_stay_so_after_a_reload(curator_client):
    load_seeds()
    merged, dismissed, *_ = event_duplicates()
    url = reverse("admin:curation_duplicates") + "?kind=event"
    pk = {"survivor": merged.survivor.pk, "other": merged.other.pk}
    assert curator_client.post(url, {"op": "merge", **pk}).status_code == 302
    pk = {"survivor": dismissed.survivor.pk, "other": dismissed.other.pk}
    assert curator_client.post(url, {"op": "dismiss", **pk}).status_code == 302
    reports = merged.survivor.reports.count()
    assert reports == 1 + merged.other.report_count + (merged.survivor.report_count - 1)

    report = load_seeds()

    assert not Event.objects.filter(key=merged.other.key).exists()
    assert Event.objects.get(pk=merged.survivor.pk).reports.count() == reports
    keys = suggested_keys()
    assert pair_keys(dismissed.survivor, dismissed.other) not in keys
    assert pair_keys(merged.survivor, merged.other) not in keys
    assert outcomes(report, "event")["inserted"] == 0
    assert outcomes(report, "event_report")["inserted"] == 0


def test_a_claimant_linked_on_the_page_stays_linked_after_a_reload(curator_client):
    load_seeds()
    texts = Claim.objects.filter(claimant_text="Bill Roggio", claimant__isnull=True)
    count = texts.count()
    assert count > 0
    url = reverse("admin:curation_claimants") + "?role=claimant"
    data = {"role": "claimant", "text": "Bill Roggio", "choice": "new", "kind": "person"}
    assert curator_client.post(url, data).status_code == 302
    roggio = Actor.objects.get(name="Bill Roggio")

    report = load_seeds()

    linked = Claim.objects.filter(claimant_text="Bill Roggio")
    assert set(linked.values_list("claimant", flat=True)) == {roggio.pk}
    assert linked.count() == count
    assert outcomes(report, "claim")["updated"] == 0
    assert outcomes(report, "claim")["inserted"] == 0


def test_links_stored_before_a_load_apply_to_the_claims_it_inserts(db):
    roggio = factories.make_actor(name="Bill Roggio", kind="person")
    press = factories.make_actor(name="AP", kind="media")
    claimant_link(role="claimant", text="Bill Roggio", actor=roggio, user=None)
    claimant_link(role="relay", text="Associated Press", actor=press, user=None)

    load_seeds()

    by_roggio = Claim.objects.filter(claimant_text="Bill Roggio")
    relayed = Claim.objects.filter(relayed_by="Associated Press")
    assert by_roggio.exists() and relayed.exists()
    assert set(by_roggio.values_list("claimant", flat=True)) == {roggio.pk}
    assert set(relayed.values_list("relayer", flat=True)) == {press.pk}
    assert not Claim.objects.exclude(relayed_by="Associated Press").filter(relayer=press).exists()
