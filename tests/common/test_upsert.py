"""upsert(): insert, unchanged, updated, and curator decisions respected."""

import pytest

from apps.actors.models import Actor
from apps.common.models import ReviewStatus
from apps.common.upsert import Outcome, upsert

pytestmark = pytest.mark.django_db

VALUES = {"name": "Qods Force", "slug": "qods-force", "kind": "military_unit"}


def test_first_upsert_inserts_then_repeats_are_unchanged():
    _, first = upsert(Actor, key="actor:qods-force", values=VALUES)
    _, second = upsert(Actor, key="actor:qods-force", values=VALUES)
    assert (first, second) == (Outcome.INSERTED, Outcome.UNCHANGED)
    assert Actor.objects.count() == 1


def test_changed_value_updates_in_place():
    actor, _ = upsert(Actor, key="actor:qods-force", values=VALUES)
    updated, outcome = upsert(
        Actor, key="actor:qods-force", values=VALUES | {"kind": "armed_group"}
    )
    assert outcome == Outcome.UPDATED
    assert updated.pk == actor.pk
    assert Actor.objects.get(pk=actor.pk).kind == "armed_group"


def test_locked_field_keeps_the_curators_value():
    actor, _ = upsert(Actor, key="actor:qods-force", values=VALUES)
    Actor.objects.filter(pk=actor.pk).update(description="Curated", locked_fields=["description"])
    _, outcome = upsert(Actor, key="actor:qods-force", values=VALUES | {"description": "Loader"})
    assert outcome == Outcome.UNCHANGED
    assert Actor.objects.get(pk=actor.pk).description == "Curated"


def test_rejected_row_is_skipped():
    actor, _ = upsert(Actor, key="actor:qods-force", values=VALUES)
    Actor.objects.filter(pk=actor.pk).update(review_status=ReviewStatus.REJECTED)
    _, outcome = upsert(Actor, key="actor:qods-force", values=VALUES | {"kind": "armed_group"})
    assert outcome == Outcome.SKIPPED
    assert Actor.objects.get(pk=actor.pk).kind == "military_unit"


def test_deleted_row_is_not_recreated():
    actor, _ = upsert(Actor, key="actor:qods-force", values=VALUES)
    actor.delete()
    row, outcome = upsert(Actor, key="actor:qods-force", values=VALUES)
    assert (row, outcome) == (None, Outcome.SKIPPED)
    assert not Actor.objects.exists()


def test_blank_key_is_refused():
    with pytest.raises(ValueError, match="non-blank key"):
        upsert(Actor, key="", values=VALUES)
