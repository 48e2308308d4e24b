"""Claimant linking: unlinked claimant and relay texts with counts and a likely actor; linking
a text links every claim with it and is stored for later loads."""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.urls import reverse

from apps.actors.models import Actor
from apps.claims.models import Claim, ClaimantLink
from apps.claims.selectors import claimant_links, claimant_unlinked
from tests import factories
from tests.admin.helpers import admin_url

pytestmark = pytest.mark.django_db


def page_url(role: str = "claimant") -> str:
    return reverse("admin:curation_claimants") + f"?role={role}"


@pytest.fixture
def press():
    """Three claims by the Associated Press (two spellings), one by Bill Roggio, one linked."""
    agency = factories.make_actor(name="Associated Press", kind="media")
    claims = [
        factories.make_claim(claimant_text="Associated Press"),
        factories.make_claim(claimant_text="Associated Press"),
        factories.make_claim(claimant_text="associated press."),
        factories.make_claim(claimant_text="Bill Roggio", relayed_by="The Long War Journal"),
        factories.make_claim(claimant_text="Petraeus", claimant=factories.make_actor()),
    ]
    factories.make_claim(claimant_text="Bill Roggio", review_status="rejected")
    return agency, claims


def listed(response) -> list[tuple]:
    return [
        (row["item"].text, row["item"].count, row["suggested"]) for row in response.context["rows"]
    ]


def test_the_page_lists_unlinked_texts_by_count_with_a_likely_actor(curator_client, press):
    agency, _ = press
    response = curator_client.get(page_url())
    assert response.status_code == 200
    assert listed(response) == [("Associated Press", 3, [agency]), ("Bill Roggio", 1, [])]
    html = response.content.decode()
    assert "claimant_text__iexact=Associated+Press" in html
    relays = curator_client.get(page_url("relay"))
    assert listed(relays) == [("The Long War Journal", 1, [])]


def test_linking_a_text_links_every_claim_with_it_and_records_the_decision(
    curator_client, curator, press
):
    agency, claims = press
    data = {"role": "claimant", "text": "Associated Press", "choice": agency.pk}
    response = curator_client.post(page_url(), data)
    assert (response.status_code, response["Location"]) == (302, page_url())
    for claim in claims[:3]:
        claim.refresh_from_db()
        assert claim.claimant == agency and "claimant" in claim.locked_fields
        record = claim.history.first()
        assert (record.history_user, record.history_change_reason) == (
            curator,
            f"Linked claimant “Associated Press” to #{agency.pk} “Associated Press”",
        )
    link = ClaimantLink.objects.get()
    assert (link.role, link.normalized, link.actor, link.linked_by) == (
        "claimant",
        "associated press",
        agency,
        curator,
    )
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages == [
        "Linked claimant “Associated Press” to “Associated Press”: 3 claims now, and the claims "
        "of later loads."
    ]
    assert [row[0] for row in listed(curator_client.get(page_url()))] == ["Bill Roggio"]


def test_linking_to_a_new_actor_creates_it_once(curator_client, curator, press):
    data = {"role": "claimant", "text": "Bill Roggio", "choice": "new", "kind": "person"}
    curator_client.post(page_url(), data)
    roggio = Actor.objects.get(name="Bill Roggio")
    assert (roggio.kind, roggio.origin, roggio.review_status, roggio.key) == (
        "person",
        "curator",
        "confirmed",
        "",
    )
    assert roggio.history.first().history_user == curator
    assert set(
        Claim.objects.filter(claimant_text="Bill Roggio").values_list("claimant", flat=True)
    ) == {roggio.pk}
    curator_client.post(page_url(), data)
    assert Actor.objects.filter(name="Bill Roggio").count() == 1


def test_any_actor_can_be_picked_with_the_autocomplete(curator_client, press):
    other = factories.make_actor(name="Long War Journal")
    data = {"role": "relay", "text": "The Long War Journal", "choice": "new", "other": other.pk}
    curator_client.post(page_url("relay"), data)
    claim = Claim.objects.get(relayed_by="The Long War Journal")
    assert claim.relayer == other and "relayer" in claim.locked_fields
    assert claim.claimant is None


def test_a_linked_text_is_what_the_loader_reads(curator_client, press):
    agency, _ = press
    curator_client.post(
        page_url(), {"role": "claimant", "text": "Associated Press", "choice": agency.pk}
    )
    links = claimant_links()
    assert links.actor_id("claimant", "ASSOCIATED PRESS") == agency.pk
    assert links.actor_id("relay", "Associated Press") is None
    assert links.actor_id("claimant", "") is None


def test_spellings_that_normalize_alike_are_one_text(press):
    [first, _] = claimant_unlinked(role="claimant")
    assert (first.text, first.count) == ("Associated Press", 3)


def test_someone_who_may_only_view_claims_cannot_link(client, press):
    viewer = factories.make_user(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_claim"))
    client.force_login(viewer)
    page = client.get(page_url())
    assert (
        page.status_code == 200 and "<form" not in page.content.decode().split("unlinked-texts")[1]
    )
    data = {"role": "claimant", "text": "Associated Press", "choice": press[0].pk}
    assert client.post(page_url(), data).status_code == 403
    assert not ClaimantLink.objects.exists()


def test_a_link_added_in_its_admin_links_the_claims_too(curator_client, press):
    agency, claims = press
    url = admin_url("claims.ClaimantLink", "add")
    data = {"role": "claimant", "text": "Associated Press", "actor": agency.pk}
    assert curator_client.post(url, data).status_code == 302
    claims[0].refresh_from_db()
    assert claims[0].claimant == agency
    assert ClaimantLink.objects.get().linked_by is not None


def test_a_form_without_an_actor_is_refused_with_a_message(curator_client, press):
    response = curator_client.post(page_url(), {"role": "claimant", "text": "Bill Roggio"})
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["Pick an actor, or a new one."]
    assert not ClaimantLink.objects.exists()
