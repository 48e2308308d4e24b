"""Sourced pages show their passage escaped with the quote in <mark>; documents, their yield."""

import re

import pytest

from tests import factories
from tests.admin.helpers import admin_url

pytestmark = pytest.mark.django_db

HOSTILE = 'Intro <script>alert("x")</script> & '
QUOTE = "Qods Force <b>officers</b>"
TEXT = HOSTILE + "Coalition forces captured two " + QUOTE + " in Baghdad with EFPs. The end."

SOURCED = {
    "actors.ActorMention": factories.make_actor_mention,
    "actors.ActorRelation": factories.make_actor_relation,
    "weapons.WeaponMention": factories.make_weapon_mention,
    "places.PlaceMention": factories.make_place_mention,
    "events.EventParticipant": factories.make_event_participant,
    "events.EventWeapon": factories.make_event_weapon,
    "events.EventReport": factories.make_event_report,
    "claims.Claim": factories.make_claim,
}


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def assert_highlighted(html: str, document) -> None:
    assert "<mark>Qods Force &lt;b&gt;officers&lt;/b&gt;</mark>" in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;" in html
    assert "<script>alert" not in html
    assert f'href="{admin_url("documents.Document", "change", document.pk)}"' in html


@pytest.mark.parametrize("label", sorted(SOURCED))
def test_sourced_page_shows_the_passage_with_the_quote_highlighted(curator_client, label):
    document = factories.make_document(text=TEXT, title="A <i>title</i>")
    row = SOURCED[label](document=document, quote=QUOTE)
    html = page(curator_client, admin_url(label, "change", row.pk))
    assert_highlighted(html, document)
    assert "A &lt;i&gt;title&lt;/i&gt;" in html


def test_event_page_shows_every_report_passage(curator_client):
    document = factories.make_document(text=TEXT)
    other = factories.make_document(text="Officials said two Qods Force officers were held.")
    report = factories.make_event_report(document=document, quote=QUOTE)
    factories.make_event_report(event=report.event, document=other, quote="two Qods Force")
    html = page(curator_client, admin_url("events.Event", "change", report.event.pk))
    assert_highlighted(html, document)
    assert "<mark>two Qods Force</mark>" in html


def test_dossier_row_passage_links_its_dossier(curator_client):
    dossier = factories.make_document(title="The dossier", kind="dossier")
    row_document = factories.make_document(text=TEXT, parent=dossier, position=4)
    claim = factories.make_claim(document=row_document, quote=QUOTE)
    html = page(curator_client, admin_url("claims.Claim", "change", claim.pk))
    assert "(row 4 of" in html
    assert admin_url("documents.Document", "change", dossier.pk) in html


def test_document_page_lists_comments_rows_and_what_was_extracted(curator_client):
    dossier = factories.make_document(title="Dossier", text=TEXT)
    row_document = factories.make_document(title="AP, May 9, 2007", text=TEXT, parent=dossier)
    factories.make_comment(document=dossier, author="CharlesC", quote="Coalition forces")
    factories.make_claim(document=dossier, quote=QUOTE)
    factories.make_claim(document=row_document, quote=QUOTE)
    factories.make_actor_mention(document=row_document, quote=QUOTE)
    html = page(curator_client, admin_url("documents.Document", "change", dossier.pk))
    assert "CharlesC" in html
    assert "AP, May 9, 2007" in html
    links = dict(re.findall(r'<a href="([^"]+in_document=\d+)">([^<]+)</a>', html))
    labels = sorted(links.values())
    assert labels == ["actor mentions: 1", "actors: 1", "claims: 2", "comments: 1"]
    for url, label in links.items():
        listing = curator_client.get(url.replace("&amp;", "&"))
        assert listing.context["cl"].result_count == int(label.split(": ")[1]), url


def test_actor_page_counts_linked_rows_with_links_to_filtered_lists(curator_client):
    actor = factories.make_actor()
    factories.make_actor_mention(actor=actor)
    factories.make_actor_mention(actor=actor)
    factories.make_claim(subject=actor)
    html = page(curator_client, admin_url("actors.Actor", "change", actor.pk))
    mentions_url = admin_url("actors.ActorMention", "changelist")
    assert f'<a href="{mentions_url}?actor__id__exact={actor.pk}">actor mentions: 2</a>' in html
    assert "claims (as subject): 1" in html
    listing = curator_client.get(f"{mentions_url}?actor__id__exact={actor.pk}")
    assert listing.context["cl"].result_count == 2


def test_entity_list_filters_by_source_document(curator_client):
    document = factories.make_document()
    mentioned = factories.make_actor_mention(document=document).actor
    factories.make_actor()
    url = admin_url("actors.Actor", "changelist") + f"?in_document={document.pk}"
    shown = list(curator_client.get(url).context["cl"].result_list)
    assert shown == [mentioned]


def test_a_malformed_document_filter_is_reported_not_a_server_error(curator_client):
    response = curator_client.get(admin_url("claims.Claim", "changelist") + "?in_document=x")
    assert response.status_code == 302
    assert "e=1" in response["Location"]
