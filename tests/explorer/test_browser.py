"""A reader in a real browser (Debian's Chromium via Playwright) opens every explorer page on
the loaded seeds, checks what each must show, and saves screenshots to var/screenshots."""

import pytest

from apps.actors.models import Actor
from apps.documents.models import Document
from apps.events.selectors import event_list
from etl import pipeline
from tests.browser import SCREENSHOTS, browser_page, needs_chromium

PHONE = {"width": 390, "height": 844}

pytestmark = [
    needs_chromium,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def page(monkeypatch):
    with browser_page(monkeypatch, {"width": 1280, "height": 900}) as page:
        yield page


def shoot(page, name: str, *, full_page: bool = True) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"explorer-{name}.png"), full_page=full_page)


def fits(page, width: int) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= width


def test_a_reader_opens_every_page_on_the_seeds(live_server, page):
    pipeline.run()
    base = live_server.url
    iran, aqi = (Actor.objects.get(name=n).slug for n in ("Iran", "al-Qaeda in Iraq"))
    qods = Actor.objects.get(name="Qods Force")

    page.goto(base + "/")
    assert page.locator("h1").inner_text() == "Evidence explorer"
    assert int(page.locator("ul.counts strong").first.inner_text()) == 5
    shoot(page, "01-home")
    page.fill("#home-q", "Quds Force")
    page.press("#home-q", "Enter")
    page.wait_for_selector("ol.hits")
    assert page.locator("li.hit a").first.inner_text() == "Qods Force"
    shoot(page, "02-search")

    page.goto(f"{base}/connection/?a={iran}&b={aqi}&include_subordinates=true")
    for stance in ("asserts", "denies"):
        quote = page.locator(f"#group-{stance} blockquote mark.quote").first
        assert quote.inner_text().strip()
    assert page.locator("ul.strip li.asserts strong").inner_text() != "0"
    shoot(page, "03-connection", full_page=False)
    page.set_viewport_size(PHONE)
    assert fits(page, PHONE["width"])
    shoot(page, "04-connection-phone", full_page=False)
    page.set_viewport_size({"width": 1280, "height": 900})

    page.goto(f"{base}/timeline/")
    bar = page.locator('a.bar[data-period^="2007-"]').first
    assert bar.count() == 1
    shoot(page, "05-timeline", full_page=False)
    bar.click()
    page.wait_for_url("**date_start__gte=2007-**")
    assert page.locator("table.events tbody tr").count() >= 1

    page.goto(f"{base}/map/")
    assert page.locator("svg.map-picture a.place").count() >= 1
    shoot(page, "06-map")

    page.goto(f"{base}/actors/{qods.slug}/")
    assert "Quds Force" in page.locator("dl.facts").inner_text()
    assert page.locator("ul.relations li").count() >= 1
    shoot(page, "07-actor")

    event = event_list().filter(report_count__gte=2).order_by("-report_count", "pk").first()
    page.goto(f"{base}/events/{event.pk}/")
    assert page.locator("article.report mark.quote").count() >= 2
    shoot(page, "08-event")

    document = Document.objects.filter(claims__isnull=False, comments__isnull=False).first()
    page.goto(f"{base}/documents/{document.pk}/")
    link = page.locator("aside.extracted a[href^='#claim-']").first
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("location.hash") == target
    assert "claim" in page.locator(f"{target} ~ mark").first.get_attribute("class")
    shoot(page, "09-document")

    page.set_viewport_size(PHONE)
    too_wide = []
    for url in (
        "/",
        "/search/?q=Quds+Force",
        f"/actors/{qods.slug}/",
        "/timeline/",
        "/map/",
        f"/events/{event.pk}/",
        f"/documents/{document.pk}/",
    ):
        page.goto(base + url)
        if not fits(page, PHONE["width"]):
            too_wide.append(url)
    assert too_wide == []
    shoot(page, "10-document-phone", full_page=False)
