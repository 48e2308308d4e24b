"""Lists that decide: the quote with the matched words marked, the document, the rule, the
filters curators need; their queries stay constant however many rows a page shows."""

import re
from collections.abc import Callable

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.claims.models import Claim
from tests import factories
from tests.admin.helpers import admin_url

pytestmark = pytest.mark.django_db

TEXT = "Officials said the Quds Force had supplied EFPs to Special Groups in Baghdad."


def listed(client, label: str, query: str = "") -> tuple[str, list]:
    response = client.get(admin_url(label, "changelist") + (f"?{query}" if query else ""))
    assert response.status_code == 200, query
    return response.content.decode(), list(response.context["cl"].result_list)


def sourced_world() -> dict:
    """A document whose one sentence names two actors, a weapon and a place, with mentions."""
    document = factories.make_document(text=TEXT, title="Officials on EFPs")
    quds = factories.make_actor(name="Quds Force")
    groups = factories.make_actor(name="Special Groups")
    for actor, words in ((quds, "Quds Force"), (groups, "Special Groups")):
        factories.make_actor_mention(document=document, actor=actor, quote=words)
    baghdad = factories.make_place(name="Baghdad")
    factories.make_place_mention(document=document, place=baghdad, quote="Baghdad")
    return {"document": document, "quds": quds, "groups": groups, "baghdad": baghdad}


def make_claim_row(world: dict) -> Claim:
    return factories.make_claim(
        document=world["document"],
        quote=TEXT,
        subject=world["quds"],
        object=world["groups"],
        claimant_text="Officials",
    )


def make_relation_row(world: dict):
    return factories.make_actor_relation(
        document=world["document"], quote=TEXT, subject=world["quds"], object=world["groups"]
    )


def make_event_row(world: dict):
    event = factories.make_event(place=world["baghdad"], summary="Quds Force supplied EFPs")
    factories.make_event_report(event=event, document=world["document"], quote=TEXT)
    factories.make_event_participant(
        event=event, document=world["document"], actor=world["quds"], quote="Quds Force"
    )
    return event


def make_mention_row(world: dict):
    return factories.make_actor_mention(
        document=world["document"], actor=world["groups"], quote="Special Groups"
    )


def test_claims_show_the_quote_with_parties_and_claimant_marked(curator_client):
    make_claim_row(sourced_world())
    page, _ = listed(curator_client, "claims.Claim")
    for words in ("Officials", "Quds Force", "Special Groups"):
        assert f"<mark>{words}</mark>" in page
    assert "<mark>Baghdad</mark>" not in page  # a place of the sentence, not of the claim
    assert ">Officials on EFPs</a>" in page


def test_relations_mark_their_subject_and_object(curator_client):
    make_relation_row(sourced_world())
    page, _ = listed(curator_client, "actors.ActorRelation")
    assert "<mark>Quds Force</mark>" in page and "<mark>Special Groups</mark>" in page


def test_events_show_their_first_report_with_participants_and_place_marked(curator_client):
    make_event_row(sourced_world())
    page, _ = listed(curator_client, "events.Event")
    assert "<mark>Quds Force</mark>" in page and "<mark>Baghdad</mark>" in page
    assert "<mark>Special Groups</mark>" not in page
    assert ">Officials on EFPs</a>" in page


def test_mentions_show_their_words_marked_in_context(curator_client):
    make_mention_row(sourced_world())
    page, _ = listed(curator_client, "actors.ActorMention", "actor__kind__exact=group")
    assert "supplied EFPs to <mark>Special Groups</mark> in Baghdad." in page


def test_long_quotes_are_shortened_around_the_marked_words(curator_client):
    filler = "Earlier that year nothing of note happened in the province. " * 4
    document = factories.make_document(text=filler + TEXT)
    quds = factories.make_actor(name="Quds Force")
    factories.make_actor_mention(document=document, actor=quds, quote="Quds Force")
    factories.make_claim(document=document, quote=filler + TEXT, subject=quds)
    page, _ = listed(curator_client, "claims.Claim")
    shown = re.search(r'<span class="list-quote">(.*?)</span>', page).group(1)
    assert shown.startswith("…") and shown.endswith(
        "Officials said the <mark>Quds Force</mark> had supplied EFPs to Special Groups in Baghdad."
    )
    assert len(shown.replace("<mark>", "").replace("</mark>", "")) <= 162


def test_quotes_are_escaped(curator_client):
    text = "Officials said <b>the Quds Force</b> & friends supplied EFPs."
    document = factories.make_document(text=text)
    factories.make_claim(document=document, quote=text, claimant_text="Officials")
    page, _ = listed(curator_client, "claims.Claim")
    assert "&lt;b&gt;the Quds Force&lt;/b&gt; &amp; friends" in page


def test_claims_filter_by_stance_type_document_status_and_linked_claimant(curator_client):
    world = sourced_world()
    linked = factories.make_claim(claimant=world["quds"], stance="denies")
    unlinked = make_claim_row(world)
    confirmed = factories.make_claim(claimant=world["groups"], review_status="confirmed")
    cases = {
        "claimant_linked=no": {unlinked},
        "claimant_linked=yes": {linked, confirmed},
        "stance__exact=denies": {linked},
        "predicate__exact=supports": {linked, unlinked, confirmed},
        f"in_document={world['document'].pk}": {unlinked},
        "review_status__exact=confirmed": {confirmed},
    }
    for query, expected in cases.items():
        assert set(listed(curator_client, "claims.Claim", query)[1]) == expected, query


def test_lists_show_and_filter_by_the_rule_that_made_each_row(curator_client):
    world = sourced_world()
    by_verb = factories.make_claim(rule="claim.predicate_verb")
    factories.make_claim(rule="claim.giving")
    event = make_event_row(world)
    event.reports.update(rule="event.trigger_verb")
    page, rows = listed(curator_client, "claims.Claim", "rule=claim.predicate_verb")
    assert rows == [by_verb] and "claim.predicate_verb" in page
    page, rows = listed(curator_client, "events.Event", "rule=event.trigger_verb")
    assert rows == [event] and "event.trigger_verb" in page


ROWS: dict[str, Callable[[dict], object]] = {
    "claims.Claim": make_claim_row,
    "actors.ActorRelation": make_relation_row,
    "events.Event": make_event_row,
    "actors.ActorMention": make_mention_row,
}


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("label", sorted(ROWS))
def test_marked_lists_run_as_many_queries_for_12_rows_as_for_2(curator_client, label):
    world = sourced_world()
    url = admin_url(label, "changelist")
    for _ in range(2):
        ROWS[label](world)
    few = count_queries(curator_client, url)
    for _ in range(10):
        ROWS[label](world)
    assert count_queries(curator_client, url) == few
