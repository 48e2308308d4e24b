"""Search that ranks: full text with snippets, and names exact > prefix > word > elsewhere."""

import pytest

from tests.factories import (
    make_actor,
    make_actor_alias,
    make_claim,
    make_comment,
    make_document,
    make_weapon,
)

pytestmark = pytest.mark.django_db


def names(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return [row["name"] for row in response.json()["results"]]


def test_an_abbreviation_finds_its_actor_first(api_client):
    for name in ("Iraqi Army", "Iraqi Police", "al-Qaeda", "Aqil Network"):
        make_actor(name=name)
    aqi = make_actor(name="al-Qaeda in Iraq")
    make_actor_alias(actor=aqi, name="AQI", kind="abbreviation")
    found = names(api_client, "/api/v1/actors/?q=AQI")
    assert found[0] == "al-Qaeda in Iraq"
    assert found[1:] == ["Aqil Network", "Iraqi Army", "Iraqi Police"]
    ranks = [
        row["match"]["rank"] for row in api_client.get("/api/v1/actors/?q=AQI").json()["results"]
    ]
    assert ranks == [4.0, 3.0, 1.0, 1.0]


def test_names_rank_exact_then_prefix_then_word_then_elsewhere(api_client):
    for name in ("Rocket-propelled grenade", "Grenade", "Grenade launcher", "Stun device"):
        make_weapon(name=name, description="A grenade, of sorts." if name == "Stun device" else "")
    assert names(api_client, "/api/v1/weapons/?q=grenade") == [
        "Grenade",
        "Grenade launcher",
        "Rocket-propelled grenade",
        "Stun device",
    ]
    # An explicit ordering wins over the rank.
    assert names(api_client, "/api/v1/weapons/?q=grenade&ordering=-name")[0] == "Stun device"


def test_full_text_ranks_and_marks_the_matched_words(api_client):
    strong = make_document(title="EFP smuggling", text="EFP parts crossed the border. EFP kits.")
    weak = make_document(title="Border report", text="Trucks crossed the border; one had an EFP.")
    make_document(title="Unrelated", text="Nothing here.")
    body = api_client.get("/api/v1/documents/?q=EFP").json()
    assert [row["id"] for row in body["results"]] == [strong.pk, weak.pk]
    match = body["results"][0]["match"]
    assert match["rank"] > body["results"][1]["match"]["rank"]
    assert "<mark>EFP</mark>" in match["snippet"]
    assert "match" not in api_client.get("/api/v1/documents/").json()["results"][0]


def test_comments_and_claims_rank_their_text_too(api_client):
    make_comment(body="Iran, Iran and Iran again.")
    make_comment(body="Once: Iran.")
    comments = api_client.get("/api/v1/comments/?q=iran").json()["results"]
    assert [c["body"] for c in comments] == ["Iran, Iran and Iran again.", "Once: Iran."]
    make_claim()
    claims = api_client.get("/api/v1/claims/?q=captured&fields=id,match").json()["results"]
    assert (
        set(claims[0]) == {"id", "match"}
        and "<mark>captured</mark>" in claims[0]["match"]["snippet"]
    )


def test_a_snippet_is_safe_html_only_its_marks_are_markup(api_client):
    make_comment(body="<script>alert('Iran')</script> & <mark>Iran</mark> again")
    snippet = api_client.get("/api/v1/comments/?q=iran").json()["results"][0]["match"]["snippet"]
    # The passage may start past the first entity; what it shows is escaped.
    assert snippet.endswith(
        "&gt;alert('<mark>Iran</mark>')&lt;/script&gt; &amp; "
        "&lt;mark&gt;<mark>Iran</mark>&lt;/mark&gt; again"
    )
    assert snippet.replace("<mark>Iran</mark>", "").count("<") == 0


def test_a_ranked_search_pages_by_cursor(api_client):
    for n in range(5):
        make_document(title=f"Report {n}", text=" ".join(["EFP"] * (n + 1)) + " found.")
    url = "/api/v1/documents/?q=EFP&page_size=2&cursor=first&fields=id"
    ids = []
    while url:
        body = api_client.get(url).json()
        ids += [row["id"] for row in body["results"]]
        url = body["next"]
    assert ids == [
        row["id"] for row in api_client.get("/api/v1/documents/?q=EFP").json()["results"]
    ]
