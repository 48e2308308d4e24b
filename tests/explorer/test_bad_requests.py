"""A bad parameter is a 400 page naming it (the API's own checks); never a 500."""

import pytest

from .world import HOSTILE, World

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return World()


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("/timeline/?actor=nobody-at-all", "actor"),
        ("/timeline/?date_start__gte=2007-13-01", "date_start__gte"),
        ("/timeline/?colour=red", "colour"),
        ("/timeline/?interval=week", "interval"),
        ("/timeline/?interval=day&interval=month", "interval"),
        ("/map/?place=nowhere-land", "place"),
        ("/map/?event_type=picnic", "event_type"),
        ("/connection/?a=iran-w", "b"),
        ("/connection/?a=iran-w&b=iran-w", "b"),
        ("/connection/?a=iran-w&b=aqi-w&cursor=bogus", "cursor"),
        ("/connection/?a=iran-w&b=aqi-w&page_size=0", "page_size"),
        ("/search/?q=" + "x" * 201, "q"),
        ("/search/?q=efp&kind=actor", "kind"),
        ("/actors/qods-w/network.svg?depth=9", "depth"),
        ("/actors/qods-w/?tab=claims", "tab"),
    ],
)
def test_a_bad_parameter_is_a_400_page_naming_it(client, world, url, name):
    response = client.get(url)
    assert response.status_code == 400, url
    assert response["Content-Type"].startswith("text/html")
    assert f"<dt><code>{name}</code></dt>" in response.content.decode()


def test_unknown_rows_are_404s(client, world):
    assert client.get("/actors/nobody-at-all/").status_code == 404
    assert client.get("/events/999999/").status_code == 404
    assert client.get("/documents/999999/").status_code == 404


def test_pages_only_answer_reads(client, world):
    assert client.post("/timeline/").status_code == 405


def test_hostile_html_from_documents_is_shown_escaped(client, world):
    for url in (f"/documents/{world.document.pk}/", f"/events/{world.event.pk}/"):
        page = client.get(url).content.decode()
        assert HOSTILE not in page, url
    page = client.get(f"/documents/{world.document.pk}/").content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


def test_filters_narrow_the_timeline_and_the_page_links_the_same_api_call(client, world):
    page = client.get("/timeline/?actor=qods-w&date_start__gte=2007-03-01").content.decode()
    assert 'data-period="2007-03"' in page
    assert 'href="/api/v1/timeline/?actor=qods-w&amp;date_start__gte=2007-03-01"' in page
    assert 'href="/api/v1/events/?actor=qods-w&amp;date_start__gte=2007-03-01"' in page
