"""Edits in the admin lock what changed; deletions leave tombstones; quotes find their span."""

import pytest

from apps.actors.models import Actor, ActorMention
from apps.common.models import Tombstone
from apps.common.upsert import Outcome, upsert
from apps.events.models import EventParticipant
from tests import factories
from tests.admin.helpers import admin_url, form_data

pytestmark = pytest.mark.django_db

TEXT = (
    "Coalition forces captured two Qods Force officers in Baghdad.\n"
    "The Qods Force denied it; a Qods Force spokesman called the raid <illegal> & false."
)


def save(client, label: str, row, **changes):
    url = admin_url(label, "change", row.pk)
    response = client.post(url, form_data(client, url) | changes)
    assert response.status_code == 302, response.context["errors"] if response.context else ""
    row.refresh_from_db()
    return row


def test_edited_field_is_locked_and_survives_a_later_upsert(curator_client, curator):
    actor = factories.make_actor(name="Qais Qazali", kind="person")
    save(curator_client, "actors.Actor", actor, name="Qais al-Khazali")
    assert actor.locked_fields == ["name"]
    _, outcome = upsert(Actor, key=actor.key, values={"name": "Qais Qazali", "kind": "group"})
    actor.refresh_from_db()
    assert outcome == Outcome.UPDATED
    assert (actor.name, actor.kind) == ("Qais al-Khazali", "group")
    record = actor.history.get(name="Qais al-Khazali", kind="person")
    assert (record.history_user, record.history_change_reason) == (curator, "Edited name")


def test_saving_without_changes_locks_nothing(curator_client):
    actor = factories.make_actor()
    save(curator_client, "actors.Actor", actor)
    assert actor.locked_fields == []


def test_review_status_set_in_the_form_records_the_reviewer_and_is_not_locked(
    curator_client, curator
):
    event = factories.make_event()
    save(curator_client, "events.Event", event, review_status="confirmed", review_note="Seen")
    assert (event.review_status, event.reviewed_by, event.review_note) == (
        "confirmed",
        curator,
        "Seen",
    )
    assert event.reviewed_at is not None
    assert event.locked_fields == []


def test_inline_edit_locks_the_inline_row_only(curator_client):
    participant = factories.make_event_participant(role="target")
    event = participant.event
    url = admin_url("events.Event", "change", event.pk)
    data = form_data(curator_client, url)
    data["participants-0-role"] = "perpetrator"
    response = curator_client.post(url, data)
    assert response.status_code == 302
    participant.refresh_from_db()
    event.refresh_from_db()
    assert (participant.role, participant.locked_fields) == ("perpetrator", ["role"])
    assert event.locked_fields == []


def test_adding_a_mention_finds_the_span_from_the_pasted_quote(curator_client):
    document = factories.make_document(text=TEXT)
    actor = factories.make_actor()
    url = admin_url("actors.ActorMention", "add")
    data = form_data(curator_client, url) | {
        "actor": actor.pk,
        "document": document.pk,
        "quote": "Baghdad. The   Qods",  # copied from a page: the line break became spaces
    }
    response = curator_client.post(url, data)
    assert response.status_code == 302, response.context["errors"]
    mention = ActorMention.objects.get(actor=actor)
    assert mention.quote == "Baghdad.\nThe Qods"
    assert TEXT[mention.span_start : mention.span_end] == mention.quote


@pytest.mark.parametrize(
    ("quote", "occurrence", "error"),
    [
        ("Hezbollah", "", "does not occur in the text"),
        ("Qods Force", "", "occurs 3 times"),
        ("Qods Force", "4", "occurs only 3 time(s)"),
    ],
)
def test_a_quote_not_in_the_document_or_ambiguous_is_a_clear_error(
    curator_client, quote, occurrence, error
):
    document = factories.make_document(text=TEXT)
    url = admin_url("actors.ActorMention", "add")
    data = form_data(curator_client, url) | {
        "actor": factories.make_actor().pk,
        "document": document.pk,
        "quote": quote,
        "occurrence": occurrence,
    }
    response = curator_client.post(url, data)
    assert response.status_code == 200
    assert error in str(response.context["errors"])
    assert not ActorMention.objects.exists()


def test_occurrence_picks_one_of_several_matches(curator_client):
    document = factories.make_document(text=TEXT)
    url = admin_url("actors.ActorMention", "add")
    data = form_data(curator_client, url) | {
        "actor": factories.make_actor().pk,
        "document": document.pk,
        "quote": "Qods Force",
        "occurrence": "3",
    }
    assert curator_client.post(url, data).status_code == 302
    mention = ActorMention.objects.get()
    assert mention.span_start == TEXT.rindex("Qods Force")


def test_changing_the_quote_moves_the_span_and_locks_it(curator_client):
    document = factories.make_document(text=TEXT)
    mention = factories.make_actor_mention(document=document, quote="Qods Force")
    save(curator_client, "actors.ActorMention", mention, quote="Qods Force officers")
    assert (mention.quote, mention.span_start) == ("Qods Force officers", TEXT.index("Qods"))
    # Provenance locks as a unit, so a re-load cannot pair new offsets with this quote.
    assert mention.locked_fields == ["document", "quote", "span_end", "span_start"]


def test_deleting_in_the_admin_leaves_a_tombstone_the_loader_respects(curator_client, curator):
    mention = factories.make_actor_mention()
    url = admin_url("actors.ActorMention", "delete", mention.pk)
    assert curator_client.post(url, {"post": "yes"}).status_code == 302
    tombstone = Tombstone.objects.get(key=mention.key)
    assert (tombstone.model, tombstone.deleted_by) == ("actors.ActorMention", curator)
    row, outcome = upsert(
        ActorMention,
        key=mention.key,
        values={
            "actor_id": mention.actor_id,
            "document_id": mention.document_id,
            "span_start": mention.span_start,
            "span_end": mention.span_end,
            "quote": mention.quote,
        },
    )
    assert (row, outcome) == (None, Outcome.SKIPPED)
    listing = curator_client.get(admin_url("common.Tombstone", "changelist"))
    assert mention.key in listing.content.decode()


def test_deleting_the_tombstone_lets_the_loader_recreate_the_row(curator_client):
    participant = factories.make_event_participant()
    values = {
        name: getattr(participant, name)
        for name in ("event_id", "actor_id", "role", "document_id", "span_start", "span_end")
    } | {"quote": participant.quote}
    participant.delete()
    tombstone = Tombstone.objects.get(key=participant.key)
    url = admin_url("common.Tombstone", "delete", tombstone.pk)
    assert curator_client.post(url, {"post": "yes"}).status_code == 302
    _, outcome = upsert(EventParticipant, key=participant.key, values=values)
    assert outcome == Outcome.INSERTED


def test_locked_fields_are_shown_on_the_change_page(curator_client):
    actor = factories.make_actor(locked_fields=["description", "name"])
    page = curator_client.get(admin_url("actors.Actor", "change", actor.pk)).content.decode()
    assert "description, name (edited by a curator" in page


def test_history_page_shows_who_changed_what_and_why(curator_client, curator):
    actor = factories.make_actor(name="Qais Qazali")
    save(curator_client, "actors.Actor", actor, name="Qais al-Khazali")
    html = curator_client.get(admin_url("actors.Actor", "history", actor.pk)).content.decode()
    assert "Edited name" in html
    assert curator.username in html
    assert "Qais Qazali" in html and "Qais al-Khazali" in html
