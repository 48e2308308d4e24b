"""Every explorer page reads in a few queries, as many for a small world as for a larger one."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .world import World

pytestmark = pytest.mark.django_db

MOST = 10
# The connection page costs what the API's connection call costs (two queries per actor
# parameter, the units below each, the summary's grouped queries, each list's keyset page,
# the cited documents), plus one for the passages: over the 10 the other pages keep to.
CONNECTION_MOST = 20


def pages(world: World) -> dict[str, str]:
    return {
        "home": "/",
        "search": "/search/?q=Qods+Force",
        "actor": f"/actors/{world.qods.slug}/",
        "network": f"/actors/{world.qods.slug}/network.svg",
        "connection": f"/connection/?a={world.iran.slug}&b={world.aqi.slug}"
        "&include_subordinates=true",
        "timeline": f"/timeline/?actor={world.qods.slug}",
        "map": f"/map/?weapon={world.weapon.slug}",
        "event": f"/events/{world.event.pk}/",
        "document": f"/documents/{world.document.pk}/",
    }


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.content[:500])
    return len(queries)


def test_each_page_costs_the_same_few_queries_for_small_and_larger_data(client):
    world = World()
    small = {name: count_queries(client, url) for name, url in pages(world).items()}
    world.grow(12)
    larger = {name: count_queries(client, url) for name, url in pages(world).items()}
    assert larger == small
    over = {name: n for name, n in larger.items() if n >= MOST and name != "connection"}
    assert over == {}
    assert larger["connection"] <= CONNECTION_MOST
