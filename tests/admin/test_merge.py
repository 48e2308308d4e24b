"""Merging duplicates: everything moves, names become aliases, re-loads don't recreate them."""

import datetime

import pytest

from apps.actors.models import Actor, ActorAlias, ActorMention, ActorRelation
from apps.common import merging
from apps.common.models import Tombstone
from apps.common.services import entity_merge, event_merge
from apps.common.text import normalize_name
from apps.common.upsert import Outcome, upsert
from apps.events.models import Event, EventParticipant, EventReport, EventWeapon
from apps.places.models import Place
from apps.weapons.models import Weapon, WeaponAlias
from tests import factories

pytestmark = pytest.mark.django_db

TEXT = "Qais Khazali, also written Qais Qazali, led the raid on Karbala with Qazali's men."


@pytest.fixture
def user():
    return factories.make_user()


@pytest.fixture
def duplicates():
    """Qais Khazali (the reference row) and Qais Qazali (extracted), with everything around."""
    doc = factories.make_document(text=TEXT)
    survivor = factories.make_actor(
        name="Qais Khazali", key="actor:qais-khazali", origin="reference"
    )
    duplicate = factories.make_actor(
        name="Qais Qazali", key="actor:qais-qazali", origin="extracted", description="Leader"
    )
    other = factories.make_actor(name="Asaib Ahl al-Haq")
    event = factories.make_event()
    rows = {
        "alias": factories.make_actor_alias(actor=duplicate, name="Qazali"),
        "mention": factories.make_actor_mention(actor=duplicate, document=doc, quote="Qais Qazali"),
        "child": factories.make_actor(name="The Qazali network", parent=duplicate),
        "relation_out": factories.make_actor_relation(
            subject=duplicate, object=other, document=doc, quote="Qazali's men"
        ),
        "relation_in": factories.make_actor_relation(
            subject=other, object=duplicate, predicate="commands", document=doc, quote="led"
        ),
        "self_relation": factories.make_actor_relation(
            subject=survivor, object=duplicate, document=doc, quote="also written"
        ),
        "claim": factories.make_claim(
            claimant=duplicate, subject=duplicate, object=other, document=doc, quote="led the raid"
        ),
        "kept_participant": factories.make_event_participant(
            event=event, actor=survivor, role="perpetrator", document=doc, quote="Qais Khazali"
        ),
        "twin_participant": factories.make_event_participant(
            event=event, actor=duplicate, role="perpetrator", document=doc, quote="Qais Qazali"
        ),
        "moved_participant": factories.make_event_participant(
            event=event, actor=duplicate, role="agent", document=doc, quote="Qazali's men"
        ),
    }
    return survivor, duplicate, other, rows


def reload(row):
    return type(row)._base_manager.filter(pk=row.pk).first()


def test_merge_moves_every_linked_row_to_the_survivor(duplicates, user):
    survivor, duplicate, other, rows = duplicates
    entity_merge(survivor=survivor, duplicates=[duplicate], user=user)
    assert not Actor.objects.filter(pk=duplicate.pk).exists()
    assert reload(rows["alias"]).actor == survivor
    assert reload(rows["mention"]).actor == survivor
    assert reload(rows["child"]).parent == survivor
    assert (reload(rows["relation_out"]).subject, reload(rows["relation_out"]).object) == (
        survivor,
        other,
    )
    assert reload(rows["relation_in"]).object == survivor
    claim = reload(rows["claim"])
    assert (claim.claimant, claim.subject, claim.object) == (survivor, survivor, other)
    assert reload(rows["moved_participant"]).actor == survivor
    assert reload(rows["mention"]).locked_fields == ["actor"]


def test_collisions_keep_one_row_and_the_others_provenance(duplicates, user):
    survivor, duplicate, _, rows = duplicates
    result = entity_merge(survivor=survivor, duplicates=[duplicate], user=user)
    assert reload(rows["twin_participant"]) is None
    kept = reload(rows["kept_participant"])
    assert rows["twin_participant"].key in kept.review_note
    assert "“Qais Qazali”" in kept.review_note
    assert reload(rows["self_relation"]) is None
    assert rows["self_relation"].key in reload(survivor).review_note
    assert len(result.dropped) == 2
    tombstoned = set(Tombstone.objects.values_list("key", flat=True))
    assert {duplicate.key, rows["twin_participant"].key, rows["self_relation"].key} <= tombstoned


def test_names_become_aliases_and_resolve_to_the_survivor(duplicates, user):
    survivor, duplicate, _, _ = duplicates
    result = entity_merge(survivor=survivor, duplicates=[duplicate], user=user)
    assert result.aliases_added == ["Qais Qazali"]
    alias = ActorAlias.objects.get(normalized=normalize_name("QAIS QAZALI"))
    assert (alias.actor, alias.kind, alias.review_status) == (survivor, "merged", "confirmed")
    assert alias.reviewed_by == user
    names = set(survivor.aliases.values_list("name", flat=True))
    assert names == {"Qazali", "Qais Qazali"}


def test_an_upsert_of_the_duplicates_key_does_not_recreate_it(duplicates, user):
    survivor, duplicate, _, rows = duplicates
    entity_merge(survivor=survivor, duplicates=[duplicate], user=user)
    values = {"name": "Qais Qazali", "slug": "qais-qazali", "kind": "person"}
    assert upsert(Actor, key=duplicate.key, values=values) == (None, Outcome.SKIPPED)
    assert not Actor.objects.filter(name="Qais Qazali").exists()
    mention = rows["mention"]
    reloaded = {
        "actor_id": survivor.pk,
        "document_id": mention.document_id,
        "span_start": mention.span_start,
        "span_end": mention.span_end,
        "quote": mention.quote,
    }
    row, outcome = upsert(ActorMention, key=mention.key, values=reloaded)
    assert (row.actor_id, outcome) == (survivor.pk, Outcome.UNCHANGED)
    _, outcome = upsert(ActorMention, key=mention.key, values=reloaded | {"actor_id": 10**9})
    assert outcome == Outcome.UNCHANGED  # the moved foreign key is locked


def test_blank_fields_are_filled_from_the_duplicate_and_locked(duplicates, user):
    survivor, duplicate, _, _ = duplicates
    entity_merge(survivor=survivor, duplicates=[duplicate], user=user)
    survivor.refresh_from_db()
    assert survivor.description == "Leader"
    assert "description" in survivor.locked_fields


def test_merge_is_recorded_in_history(duplicates, user):
    survivor, duplicate, _, rows = duplicates
    entity_merge(survivor=survivor, duplicates=[duplicate], user=user)
    reason = f"Merged #{duplicate.pk} “Qais Qazali” into #{survivor.pk}"
    for row in (survivor, rows["mention"], rows["claim"]):
        record = row.history.first()
        assert (record.history_user, record.history_change_reason) == (user, reason)
    gone = Actor.history.filter(id=duplicate.pk).first()
    assert (gone.history_type, gone.history_user, gone.history_change_reason) == ("-", user, reason)
    tombstone = Tombstone.objects.get(key=duplicate.key)
    assert (tombstone.deleted_by, tombstone.reason) == (
        user,
        f"merged into #{survivor.pk} “Qais Khazali”",
    )


def test_survivor_pointing_at_a_duplicate_takes_the_duplicates_parent(user):
    irgc = factories.make_actor(name="IRGC")
    qods = factories.make_actor(name="Qods Force", parent=irgc)
    survivor = factories.make_actor(name="Ramazan Corps")
    duplicate = factories.make_actor(name="Ramazan HQ")
    survivor.parent = duplicate
    survivor.save()
    duplicate.parent = qods
    duplicate.save()
    entity_merge(survivor=survivor, duplicates=[duplicate], user=user)
    survivor.refresh_from_db()
    assert survivor.parent == qods
    assert "parent" in survivor.locked_fields


def test_merging_three_actors_at_once(user):
    survivor, first, second = (factories.make_actor(name=n) for n in ("Qods Force", "Quds", "QF"))
    factories.make_actor_mention(actor=first)
    factories.make_actor_relation(subject=first, object=second)
    result = entity_merge(survivor=survivor, duplicates=[first, second], user=user)
    assert Actor.objects.count() == 1
    assert survivor.mentions.count() == 1
    assert not ActorRelation.objects.exists()  # it linked two duplicates: now a self-relation
    assert sorted(result.aliases_added) == ["QF", "Quds"]


def test_a_name_another_actor_owns_as_alias_is_reported_not_taken(user):
    survivor, duplicate = factories.make_actor(name="Hezbollah"), factories.make_actor(name="Badr")
    owner = factories.make_actor_alias(name="Badr", actor=factories.make_actor()).actor
    result = entity_merge(survivor=survivor, duplicates=[duplicate], user=user)
    assert result.aliases_skipped == [f"Badr (an alias of #{owner.pk})"]
    assert ActorAlias.objects.get(name="Badr").actor == owner


def test_a_failed_merge_changes_nothing(duplicates, user, monkeypatch):
    survivor, duplicate, _, rows = duplicates

    def fail(merge):
        raise RuntimeError("boom")

    monkeypatch.setattr(merging, "_save_survivor", fail)
    with pytest.raises(RuntimeError):
        entity_merge(survivor=survivor, duplicates=[duplicate], user=user)
    assert reload(duplicate) is not None
    assert reload(rows["mention"]).actor == duplicate
    assert not Tombstone.objects.exists()


@pytest.mark.parametrize(
    "make_duplicates",
    [lambda actor: [actor], lambda actor: [], lambda actor: [factories.make_weapon()]],
    ids=["itself", "nothing", "other-model"],
)
def test_invalid_merges_are_refused(user, make_duplicates):
    actor = factories.make_actor()
    with pytest.raises(ValueError):
        entity_merge(survivor=actor, duplicates=make_duplicates(actor), user=user)


def test_merging_weapons_combines_event_weapons_and_aliases(user):
    survivor = factories.make_weapon(name="EFP")
    duplicate = factories.make_weapon(name="Explosively formed penetrator")
    factories.make_weapon_alias(weapon=duplicate, name="EFPs")
    event = factories.make_event()
    kept = factories.make_event_weapon(event=event, weapon=survivor)
    twin = factories.make_event_weapon(event=event, weapon=duplicate)
    mention = factories.make_weapon_mention(weapon=duplicate)
    entity_merge(survivor=survivor, duplicates=[duplicate], user=user)
    assert list(EventWeapon.objects.values_list("pk", flat=True)) == [kept.pk]
    assert twin.key in reload(kept).review_note
    assert reload(mention).weapon == survivor
    names = set(WeaponAlias.objects.filter(weapon=survivor).values_list("name", flat=True))
    assert names == {"EFPs", "Explosively formed penetrator"}
    assert not Weapon.objects.filter(pk=duplicate.pk).exists()


def test_merging_places_moves_countries_events_children_and_mentions(user):
    survivor = factories.make_place(name="Iraq", kind="country")
    duplicate = factories.make_place(
        name="Republic of Iraq", kind="country", latitude="33.0", longitude="44.0"
    )
    actor = factories.make_actor(country=duplicate)
    event = factories.make_event(place=duplicate)
    child = factories.make_place(name="Baghdad", parent=duplicate)
    mention = factories.make_place_mention(place=duplicate)
    entity_merge(survivor=survivor, duplicates=[duplicate], user=user)
    assert reload(actor).country == survivor
    assert reload(event).place == survivor
    assert reload(child).parent == survivor
    assert reload(mention).place == survivor
    survivor.refresh_from_db()
    assert (str(survivor.latitude), str(survivor.longitude)) == ("33.000000", "44.000000")
    assert {"latitude", "longitude"} <= set(survivor.locked_fields)
    assert not Place.objects.filter(pk=duplicate.pk).exists()


def test_merging_events_combines_reports_participants_weapons_and_claims(user):
    doc = factories.make_document()
    survivor = factories.make_event(summary="Capture of two officers")
    duplicate = factories.make_event(
        summary="Two Qods Force officers captured",
        date_start=datetime.date(2007, 5, 9),
        date_precision="day",
        killed=0,
    )
    same_passage = factories.make_event_report(event=survivor, document=doc)
    twin = factories.make_event_report(event=duplicate, document=doc)
    other_report = factories.make_event_report(event=duplicate)
    participant = factories.make_event_participant(event=duplicate)
    weapon = factories.make_event_weapon(event=duplicate)
    claim = factories.make_claim(event=duplicate)
    result = event_merge(survivor=survivor, duplicates=[duplicate], user=user)
    assert set(survivor.reports.values_list("pk", flat=True)) == {same_passage.pk, other_report.pk}
    assert not EventReport.objects.filter(pk=twin.pk).exists()
    assert reload(participant).event == survivor
    assert reload(weapon).event == survivor
    assert reload(claim).event == survivor
    survivor.refresh_from_db()
    assert (survivor.date_start, survivor.date_precision, survivor.killed) == (
        datetime.date(2007, 5, 9),
        "day",
        0,
    )
    assert {"date_start", "date_end", "date_precision", "killed"} <= set(survivor.locked_fields)
    assert survivor.summary == "Capture of two officers"
    assert not Event.objects.filter(pk=duplicate.pk).exists()
    assert upsert(Event, key=duplicate.key, values={"summary": "x"}) == (None, Outcome.SKIPPED)
    assert result.aliases_added == []
    assert EventParticipant.objects.count() == 1
