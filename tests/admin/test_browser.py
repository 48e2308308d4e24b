"""A curator in a real browser (Debian's Chromium via Playwright): evidence, confirm, merge;
the review queue by keyboard, a suggested duplicate merged, a claimant linked."""

import pytest
from django.urls import reverse

from apps.actors.models import Actor, ActorAlias
from apps.claims.models import Claim
from apps.events.models import Event
from tests import factories
from tests.admin.helpers import admin_url, make_curator
from tests.browser import SCREENSHOTS, browser_page, needs_chromium

PASSWORD = "a-long-curator-password"
TEXT = (
    "BAGHDAD - Coalition forces captured two Qods Force officers in a raid in Baghdad on "
    "Friday, the military said. Officials said the Quds Force had supplied EFPs to <Special "
    "Groups> & their cells.\n\nSkeptic said... their cells."
)
QUOTE = "Coalition forces captured two Qods Force officers in a raid in Baghdad"

pytestmark = [
    needs_chromium,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def page(monkeypatch):
    with browser_page(monkeypatch, {"width": 1400, "height": 1000}) as page:
        yield page


def shoot(page, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_curator_sees_the_quote_confirms_the_event_and_merges_two_actors(live_server, page):
    make_curator(password=PASSWORD)
    document = factories.make_document(text=TEXT, title="Two Qods Force officers captured")
    report = factories.make_event_report(document=document, quote=QUOTE)
    event = report.event
    qods = factories.make_actor(name="Qods Force", origin="reference")
    quds = factories.make_actor(name="Quds Force", origin="extracted")
    factories.make_actor_mention(actor=qods, document=document, quote="Qods Force")
    factories.make_actor_mention(actor=quds, document=document, quote="Quds Force")
    factories.make_comment(document=document, author="Skeptic", quote="their cells.")
    base = live_server.url

    page.goto(f"{base}/admin/login/?next=/admin/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
    shoot(page, "01-admin-index")

    page.goto(base + admin_url("events.Event", "change", event.pk))
    mark = page.locator(".source-passage mark").first
    assert mark.inner_text() == QUOTE
    assert "<Special Groups> & their cells" in page.locator(".source-passage").first.inner_text()
    shoot(page, "02-event-with-highlighted-quote")

    page.goto(base + admin_url("events.Event", "changelist"))
    page.check(f"input[name=_selected_action][value='{event.pk}']")
    page.select_option("select[name=action]", "confirm_selected")
    page.fill("input[name=note]", "Checked against the source")
    page.click("button[name=index]")
    assert "Marked 1 event as confirmed." in page.locator(".messagelist").inner_text()
    shoot(page, "03-event-confirmed")
    event.refresh_from_db()
    assert (event.review_status, event.reviewed_by.username) == ("confirmed", "curator")

    page.goto(base + admin_url("actors.Actor", "changelist"))
    for actor in (qods, quds):
        page.check(f"input[name=_selected_action][value='{actor.pk}']")
    page.select_option("select[name=action]", "merge_selected")
    page.click("button[name=index]")
    page.wait_for_selector("#merge-form")
    assert page.is_checked(f"#survivor-{qods.pk}")
    shoot(page, "04-merge-confirmation")
    page.click("#merge-form input[type=submit]")
    page.wait_for_url(f"**{admin_url('actors.Actor', 'change', qods.pk)}")
    assert "Merged" in page.locator(".messagelist").inner_text()
    shoot(page, "05-merged-actor")

    page.goto(base + admin_url("documents.Document", "change", document.pk))
    extracted = page.locator(".field-extracted").inner_text()
    assert "actor mentions: 2" in extracted and "event reports: 1" in extracted
    assert "Skeptic" in page.locator("#comments-group").inner_text()
    shoot(page, "06-document-with-comments-and-extractions")

    assert list(Actor.objects.values_list("name", flat=True)) == ["Qods Force"]
    assert ActorAlias.objects.get(name="Quds Force").actor_id == qods.pk
    assert qods.mentions.count() == 2
    assert Event.objects.get().review_status == "confirmed"


def login(page, base: str) -> None:
    page.goto(f"{base}/admin/login/?next=/admin/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")


def press_and_wait(page, key: str) -> None:
    """Press a key on the queue page and wait until the next page is there."""
    before = page.url
    page.keyboard.press(key)
    page.wait_for_url(lambda url: url != before)
    page.wait_for_selector("#review-progress")


def test_curator_walks_the_queue_by_keyboard_merges_a_suggestion_and_links_a_claimant(
    live_server, page
):
    make_curator(password=PASSWORD)
    document = factories.make_document(text=TEXT, title="Two Qods Force officers captured")
    claims = [
        factories.make_claim(document=document, quote=QUOTE, claimant_text="Associated Press")
        for _ in range(6)
    ]
    agency = factories.make_actor(name="Associated Press", kind="media", origin="reference")
    qods = factories.make_actor(name="Qods Force", origin="reference", kind="military_unit")
    quds = factories.make_actor(name="Quds Force", origin="extracted", kind="military_unit")
    factories.make_actor_mention(actor=quds, document=document, quote="Quds Force")
    event = factories.make_event_report(document=document, quote=QUOTE).event
    factories.make_event_participant(event=event, actor=qods, document=document)
    base = live_server.url
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, base)

    page.goto(base + admin_url("claims.Claim", "changelist"))
    page.click("a.review-queue-link")
    page.wait_for_selector("#review-form")
    assert page.locator(".review-evidence mark").first.inner_text() == QUOTE
    assert page.inner_text("#review-progress") == "0 of 6 claims reviewed"
    shoot(page, "07-review-queue")
    page.keyboard.press("n")
    page.keyboard.type("Checked the release")
    page.keyboard.press("Escape")
    for key in ("c", "r", "c", "s", "c"):
        press_and_wait(page, key)
    assert page.inner_text("#review-progress") == "4 of 6 claims reviewed"
    shoot(page, "08-review-queue-after-five")
    statuses = [Claim.objects.get(pk=claim.pk).review_status for claim in claims]
    assert statuses == [
        "confirmed",
        "rejected",
        "confirmed",
        "unreviewed",
        "confirmed",
        "unreviewed",
    ]
    assert Claim.objects.get(pk=claims[0].pk).review_note == "Checked the release"

    page.goto(base + reverse("admin:curation_duplicates") + "?kind=actor")
    shoot(page, "09-duplicate-suggestions")
    page.click(f"#merge-{qods.pk}-{quds.pk}")
    page.wait_for_selector(".messagelist")
    assert "Merged" in page.locator(".messagelist").inner_text()
    assert not Actor.objects.filter(pk=quds.pk).exists()
    assert ActorAlias.objects.get(name="Quds Force").actor_id == qods.pk

    page.goto(base + reverse("admin:curation_claimants"))
    assert page.locator("#id_0_choice").input_value() == str(agency.pk)
    shoot(page, "10-claimant-linking")
    page.click("#link-0")
    page.wait_for_selector(".messagelist")
    assert "6 claims now" in page.locator(".messagelist").inner_text()
    assert set(Claim.objects.values_list("claimant", flat=True)) == {agency.pk}

    page.goto(base + admin_url("events.Event", "change", event.pk))
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    shoot(page, "11-compact-event-page")
