"""The review queue: one row per page, the decision through the review service, then the next
unreviewed row of the same filter; plain forms and links work without the keys."""

from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Permission

from apps.claims.models import Claim
from apps.common.models import ReviewStatus
from tests import factories
from tests.admin.helpers import admin_url, form_data

pytestmark = pytest.mark.django_db

CLAIM = "claims.Claim"


def queue_url(label: str, pk: int | None = None, query: str = "") -> str:
    url = admin_url(label, "review") if pk is None else admin_url(label, "review_item", pk)
    return f"{url}?{query}" if query else url


def decide(client, claim: Claim, decision: str, query: str = "", **extra):
    return client.post(queue_url(CLAIM, claim.pk, query), {"decision": decision, **extra})


class Controls(HTMLParser):
    """The review form's controls as a browser without scripts sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self.buttons: list[dict] = []
        self.links: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == "review-form":
            self.forms.append(attrs)
        elif tag == "button" and "disabled" not in attrs and self.forms:
            self.buttons.append(attrs)
        elif tag == "a" and "data-review-key" in attrs:
            self.links.append(attrs)


def controls(html: str) -> Controls:
    parser = Controls()
    parser.feed(html)
    return parser


@pytest.fixture
def claims():
    reviewed = factories.make_claim(review_status="confirmed")
    return [reviewed, *(factories.make_claim() for _ in range(3))]


def test_the_queue_opens_on_the_first_unreviewed_row_of_the_lists_filter(curator_client, claims):
    denial = factories.make_claim(stance="denies")
    response = curator_client.get(queue_url(CLAIM))
    assert (response.status_code, response["Location"]) == (302, queue_url(CLAIM, claims[1].pk))
    query = "stance__exact=denies"
    response = curator_client.get(queue_url(CLAIM, query=query))
    assert response["Location"] == queue_url(CLAIM, denial.pk, query)


def test_a_queue_page_shows_the_passage_then_the_decision_then_the_facts(curator_client, claims):
    response = curator_client.get(queue_url(CLAIM, claims[1].pk))
    page = response.content.decode()
    assert response.status_code == 200
    assert "1 of 4 claims reviewed" in page
    passage = page.index(f"<mark>{claims[1].quote}</mark>")
    decision = page.index('name="decision" value="confirm"')
    facts = page.index('class="review-facts"')
    assert passage < decision < facts
    assert dict(response.context["facts"])["subject"] == str(claims[1].subject)


def test_walking_the_queue_records_each_decision_and_moves_on(curator_client, curator, claims):
    _, first, second, third = claims
    response = decide(curator_client, first, "confirm", note="Matches the source")
    assert response["Location"] == queue_url(CLAIM, second.pk)
    response = decide(curator_client, second, "reject")
    assert response["Location"] == queue_url(CLAIM, third.pk)
    first.refresh_from_db()
    assert (first.review_status, first.reviewed_by, first.review_note) == (
        ReviewStatus.CONFIRMED,
        curator,
        "Matches the source",
    )
    record = first.history.first()
    assert (record.history_user, record.history_change_reason) == (
        curator,
        "Review: confirmed (Matches the source)",
    )
    second.refresh_from_db()
    assert second.review_status == ReviewStatus.REJECTED
    assert (
        "3 of 4 claims reviewed" in curator_client.get(queue_url(CLAIM, third.pk)).content.decode()
    )


def test_skipping_moves_on_without_a_decision_and_comes_back_round(curator_client, claims):
    _, first, second, third = claims
    assert decide(curator_client, first, "skip")["Location"] == queue_url(CLAIM, second.pk)
    assert decide(curator_client, third, "skip")["Location"] == queue_url(CLAIM, first.pk)
    first.refresh_from_db()
    assert (first.review_status, first.history.count()) == (ReviewStatus.UNREVIEWED, 1)


def test_the_last_decision_ends_on_a_page_saying_nothing_is_left(curator_client):
    claim = factories.make_claim()
    response = decide(curator_client, claim, "confirm")
    assert response["Location"] == queue_url(CLAIM)
    page = curator_client.get(queue_url(CLAIM))
    assert page.status_code == 200
    assert "Nothing left to review" in page.content.decode()
    assert "1 of 1 claims reviewed" in page.content.decode()


def test_the_queue_keeps_the_filter_and_counts_every_status_within_it(curator_client, claims):
    factories.make_claim(stance="denies", review_status="rejected")
    denial = factories.make_claim(stance="denies")
    query = "review_status__exact=unreviewed&stance__exact=denies"
    response = curator_client.get(queue_url(CLAIM, query=query))
    assert response["Location"] == queue_url(CLAIM, denial.pk, "stance__exact=denies")
    page = curator_client.get(response["Location"]).content.decode()
    assert "1 of 2 claims reviewed" in page
    response = decide(curator_client, denial, "confirm", query="stance__exact=denies")
    assert response["Location"] == queue_url(CLAIM, query="stance__exact=denies")


def test_without_scripts_the_page_is_one_form_of_plain_buttons_and_an_edit_link(
    curator_client, claims
):
    html = curator_client.get(queue_url(CLAIM, claims[1].pk)).content.decode()
    found = controls(html)
    assert [form.get("method") for form in found.forms] == ["post"]
    assert "action" not in found.forms[0]  # posts back to this very page, filter included
    assert [(b["type"], b["name"], b["value"]) for b in found.buttons] == [
        ("submit", "decision", "confirm"),
        ("submit", "decision", "reject"),
        ("submit", "decision", "skip"),
    ]
    assert [b["data-review-key"] for b in found.buttons] == ["c", "r", "s"]
    assert found.links[0]["href"].startswith(admin_url(CLAIM, "change", claims[1].pk))
    # What a browser sends for the Reject button, note typed: the decision happens.
    decide(curator_client, claims[1], "reject", note="Wrong subject")
    claims[1].refresh_from_db()
    assert (claims[1].review_status, claims[1].review_note) == ("rejected", "Wrong subject")


def test_enter_in_the_note_field_submits_nothing(curator_client, claims):
    html = curator_client.get(queue_url(CLAIM, claims[1].pk)).content.decode()
    form = html[html.index('id="review-form"') :]
    first_button = form[form.index("<button") : form.index(">", form.index("<button"))]
    assert "disabled" in first_button
    response = curator_client.post(queue_url(CLAIM, claims[1].pk), {"note": "typed, then Enter"})
    assert response.status_code == 302
    claims[1].refresh_from_db()
    assert claims[1].review_status == ReviewStatus.UNREVIEWED


def test_edit_from_the_queue_saves_then_returns_to_the_same_row(curator_client, claims):
    claim = claims[1]
    edit_url = curator_client.get(queue_url(CLAIM, claim.pk)).context["edit_url"]
    data = form_data(curator_client, edit_url) | {"stance": "uncertain"}
    response = curator_client.post(edit_url, data)
    assert (response.status_code, response["Location"]) == (302, queue_url(CLAIM, claim.pk))
    claim.refresh_from_db()
    assert claim.stance == "uncertain" and "stance" in claim.locked_fields


def test_edit_never_returns_to_another_site(curator_client, claims):
    url = admin_url(CLAIM, "change", claims[1].pk) + "?_review=https://example.org/"
    response = curator_client.post(url, form_data(curator_client, url))
    assert response["Location"] == admin_url(CLAIM, "changelist")


def test_someone_who_may_only_view_sees_the_queue_but_cannot_decide(client, claims):
    viewer = factories.make_user(username="viewer", is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_claim"))
    client.force_login(viewer)
    page = client.get(queue_url(CLAIM, claims[1].pk))
    assert page.status_code == 200
    assert 'value="confirm"' not in page.content.decode()
    assert decide(client, claims[1], "confirm").status_code == 403
    claims[1].refresh_from_db()
    assert claims[1].review_status == ReviewStatus.UNREVIEWED


def test_an_events_page_shows_the_passage_of_every_report(curator_client):
    event = factories.make_event()
    for _ in range(2):
        factories.make_event_report(event=event)
    page = curator_client.get(queue_url("events.Event", event.pk)).content.decode()
    assert page.count("<mark>") == 2
    assert "0 of 1 events reviewed" in page


def test_every_list_links_to_its_queue_with_its_filter(curator_client, claims):
    page = curator_client.get(admin_url(CLAIM, "changelist") + "?stance__exact=asserts")
    assert f'href="{queue_url(CLAIM)}?stance__exact=asserts"' in page.content.decode()


def test_the_index_counts_what_waits_in_each_queue_and_links_the_pages(curator_client, claims):
    page = curator_client.get(admin_url(CLAIM, "changelist").split("claims/")[0]).content.decode()
    assert f'<a href="{queue_url(CLAIM)}">Review claims</a>' in page
    assert "3 unreviewed" in page
    for title in ("Duplicate suggestions", "Link claimants to actors", "Precision per extraction"):
        assert title in page


def test_a_long_note_is_kept_whole_and_shortened_in_the_history_reason(curator_client, claims):
    note = "Checked against the original release and two later reports. " * 5
    assert decide(curator_client, claims[1], "confirm", note=note).status_code == 302
    claims[1].refresh_from_db()
    assert claims[1].review_note == note.strip()
    reason = claims[1].history.first().history_change_reason
    assert (
        len(reason) <= 100 and reason.startswith("Review: confirmed (Checked") and reason[-1] == "…"
    )
