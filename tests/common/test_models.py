"""Database constraints reject invalid rows, whatever code path writes them."""

import pytest
from django.db import IntegrityError, transaction

from apps.actors.models import ActorMention
from tests.factories import (
    make_actor,
    make_actor_mention,
    make_claim,
    make_comment,
    make_document,
    make_event,
    make_place,
)

pytestmark = pytest.mark.django_db


def assert_rejected(create) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        create()


def test_span_must_start_before_it_ends():
    document = make_document(text="Qods Force")
    assert_rejected(
        lambda: make_actor_mention(document=document, span_start=5, span_end=5, quote="")
    )


def test_quote_must_fill_its_span():
    document = make_document(text="Qods Force")
    assert_rejected(
        lambda: make_actor_mention(document=document, span_start=0, span_end=4, quote="Qods Force")
    )


def test_valid_span_is_stored():
    document = make_document(text="the Qods Force said")
    mention = make_actor_mention(document=document, quote="Qods Force")
    stored = ActorMention.objects.get(pk=mention.pk)
    assert document.text[stored.span_start : stored.span_end] == "Qods Force"


def test_negative_count_is_rejected():
    assert_rejected(lambda: make_event(killed=-1))


def test_unknown_event_type_is_rejected():
    assert_rejected(lambda: make_event(event_type="picnic"))


def test_event_cannot_end_before_it_starts():
    assert_rejected(
        lambda: make_event(date_start="2007-05-02", date_end="2007-05-01", date_precision="day")
    )


def test_dated_event_needs_a_precision():
    assert_rejected(lambda: make_event(date_start="2007-05-02", date_precision=""))


def test_unknown_stance_is_rejected():
    assert_rejected(lambda: make_claim(stance="believes"))


def test_unknown_predicate_is_rejected():
    assert_rejected(lambda: make_claim(predicate="likes"))


def test_unknown_review_status_is_rejected():
    assert_rejected(lambda: make_actor(review_status="maybe"))


def test_duplicate_loader_key_is_rejected():
    make_actor(key="actor:iran")
    assert_rejected(lambda: make_actor(key="actor:iran"))


def test_blank_keys_do_not_collide():
    make_actor(key="")
    make_actor(key="")


def test_duplicate_slug_is_rejected():
    make_actor(slug="iran")
    assert_rejected(lambda: make_actor(slug="iran"))


def test_latitude_out_of_range_is_rejected():
    assert_rejected(lambda: make_place(latitude=95, longitude=44))


def test_coordinates_come_in_pairs():
    assert_rejected(lambda: make_place(latitude=33.3, longitude=None))


def test_actor_cannot_relate_to_itself():
    from tests.factories import make_actor_relation

    actor = make_actor()
    assert_rejected(lambda: make_actor_relation(subject=actor, object=actor))


def test_comment_positions_start_at_one():
    assert_rejected(lambda: make_comment(position=0))


def test_duplicate_alias_is_rejected():
    from tests.factories import make_actor_alias

    alias = make_actor_alias(name="Quds Force")
    assert alias.normalized == "quds force"
    assert_rejected(lambda: make_actor_alias(name="QUDS-FORCE"))


def test_deleting_a_loaded_row_leaves_a_tombstone():
    from apps.common.models import Tombstone

    actor = make_actor(key="actor:zafr-command", name="Zafr Command")
    actor.delete()
    tombstone = Tombstone.objects.get(model="actors.Actor", key="actor:zafr-command")
    assert tombstone.label == "Zafr Command"


def test_full_text_vector_is_generated_by_postgres():
    from apps.common.search import search_query
    from apps.documents.models import Document

    make_document(title="Raid in Sadr City", body="Thirty members were killed")
    assert Document.objects.filter(search_vector=search_query("killing")).count() == 1
