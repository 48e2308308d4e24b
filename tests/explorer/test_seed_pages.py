"""The explorer's pages on the loaded seeds show what the corpus says (found by name)."""

import pytest

from apps.actors.models import Actor
from apps.claims.models import Claim
from apps.documents.models import Document
from apps.events.selectors import event_list

from .helpers import escaped, marks, section

pytestmark = pytest.mark.django_db


def slug(name: str) -> str:
    return Actor.objects.get(name=name).slug


def get(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    return response.content.decode()


def test_iran_and_aqi_connection_shows_asserting_and_denying_claims_quoted(client, seeds):
    iran, aqi = slug("Iran"), slug("al-Qaeda in Iraq")
    page = get(client, f"/connection/?a={iran}&b={aqi}&include_subordinates=true")
    for stance in ("asserts", "denies"):
        quotes = marks(section(page, f"group-{stance}"))
        assert quotes, stance
        stored = set(Claim.objects.filter(stance=stance).values_list("quote", flat=True))
        assert {escaped(quote) for quote in stored} >= set(quotes)
    assert f'href="/api/v1/connection/?a={iran}&amp;b={aqi}&amp;include_subordinates=true"' in page


def test_the_timeline_has_bars_for_2007_linking_to_their_events(client, seeds):
    page = get(client, "/timeline/")
    assert 'data-period="2007-' in page
    bar = page.index('data-period="2007-')
    link = page.rfind('href="', 0, bar)
    assert "date_start__gte=2007-" in page[link:bar]
    assert 'id="events"' in page and "/events/" in section(page, "events")


def test_the_actor_page_shows_aliases_parents_relations_and_claims(client, seeds):
    qods = Actor.objects.get(name="Qods Force")
    page = get(client, f"/actors/{qods.slug}/")
    assert "Quds Force" in page  # an alias
    assert f'href="/actors/{qods.parent.slug}/"' in page
    relations = section(page, "relations-heading")
    assert relations.count("<li>") >= 1
    assert marks(section(page, "claims-heading"))
    assert f'data="/actors/{qods.slug}/network.svg"' in page


def test_the_network_picture_is_svg_linking_the_neighbours(client, seeds):
    response = client.get(f"/actors/{slug('Qods Force')}/network.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.decode().count('<a href="/actors/') >= 3


def test_search_ranks_an_alias_hit_first(client, seeds):
    page = get(client, "/search/?q=Quds+Force")
    first = page.index('<li class="hit')
    assert f'href="/actors/{slug("Qods Force")}/"' in page[first : page.index("</li>", first)]
    assert "also written" in page[first : page.index("</li>", first)]


def test_search_highlights_hits_in_documents_and_claims(client, seeds):
    page = get(client, "/search/?q=explosively+formed")
    assert marks(section(page, "document-results"), "hit")


def test_the_map_places_events_with_coordinates(client, seeds):
    page = get(client, "/map/")
    assert '<a href="/timeline/?place=' in page
    assert "<svg" in page and 'class="place busy"' in page


def test_the_event_page_quotes_every_report_in_its_passage(client, seeds):
    event = event_list().filter(report_count__gte=2).order_by("-report_count", "pk").first()
    page = get(client, f"/events/{event.pk}/")
    quotes = marks(section(page, "reports-heading"))
    assert len(quotes) == len(event.reports.all()) >= 2


def test_the_document_page_links_each_extraction_to_its_highlighted_span(client, seeds):
    document = Document.objects.filter(claims__isnull=False, comments__isnull=False).first()
    page = get(client, f"/documents/{document.pk}/")
    claim_ids = list(document.claims.values_list("pk", flat=True))
    for pk in claim_ids:
        assert f'href="#claim-{pk}"' in page and f'id="claim-{pk}"' in page
    assert '<mark class="claim' in page
    assert section(page, "comments").count('class="comment') >= 1
