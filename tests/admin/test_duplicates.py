"""Duplicate suggestions: which pairs are suggested, one-click merges through the merge
service, and dismissals that keep a pair out of the suggestions."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.urls import reverse

from apps.actors.models import Actor, ActorAlias
from apps.common.duplicates import entity_duplicates, pair_keys
from apps.common.models import DuplicateDismissal
from apps.events.models import Event
from apps.events.selectors import event_duplicates
from apps.places.models import Place
from apps.weapons.models import Weapon
from tests import factories

pytestmark = pytest.mark.django_db

DAY = datetime.date(2007, 7, 13)


def page_url(kind: str = "actor") -> str:
    return reverse("admin:curation_duplicates") + f"?kind={kind}"


def pairs(suggestions) -> list[tuple]:
    return [(s.survivor, s.other) for s in suggestions]


@pytest.fixture
def qods():
    reference = factories.make_actor(name="Qods Force", origin="reference", kind="military_unit")
    extracted = factories.make_actor(name="Quds Force", origin="extracted", kind="military_unit")
    factories.make_actor_mention(actor=extracted)
    return reference, extracted


def test_alike_names_are_suggested_with_the_reference_row_as_survivor(qods):
    [suggestion] = entity_duplicates(Actor)
    assert (suggestion.survivor, suggestion.other) == qods
    assert suggestion.score == 90
    assert suggestion.reasons == ("names alike: “quds force” ~ “qods force” (90%)",)


def test_aliases_count_as_names(qods):
    reference, extracted = qods
    factories.make_actor_alias(actor=reference, name="IRGC-QF")
    other = factories.make_actor(name="IRGC QF", origin="extracted", kind="military_unit")
    assert (reference, other) in pairs(entity_duplicates(Actor))


def test_two_reference_rows_parents_and_different_kinds_are_never_paired():
    factories.make_actor(name="Iran", origin="reference", kind="state")
    factories.make_actor(name="Iraq", origin="reference", kind="state")
    corps = factories.make_actor(name="Ramazan Corps", origin="extracted", kind="military_unit")
    factories.make_actor(name="Ramazan Corp", kind="military_unit", parent=corps)
    factories.make_actor(name="Ramazan Corps", origin="extracted", kind="person")
    assert entity_duplicates(Actor) == []


def test_a_person_named_by_surname_only_is_paired_with_the_full_name():
    full = factories.make_actor(name="David Petraeus", origin="reference", kind="person")
    surname = factories.make_actor(name="Petraeus", origin="extracted", kind="person")
    assert pairs(entity_duplicates(Actor)) == [(full, surname)]


def test_entities_the_loader_linked_to_the_same_words_are_suggested():
    document = factories.make_document(text="The Badr Corps and SCIRI militia attacked.")
    badr = factories.make_actor(name="Badr Organization", origin="reference")
    militia = factories.make_actor(name="Supreme Council militia", origin="extracted")
    factories.make_actor_mention(document=document, actor=badr, quote="Badr Corps")
    factories.make_actor_mention(document=document, actor=militia, quote="Badr Corps and SCIRI")
    [suggestion] = entity_duplicates(Actor)
    assert (suggestion.survivor, suggestion.other) == (badr, militia)
    assert "the loader linked the same words to both (1×)" in suggestion.reasons


def test_rejected_rows_are_not_suggested(qods):
    qods[1].review_status = "rejected"
    qods[1].save()
    assert entity_duplicates(Actor) == []


def make_event(**overrides) -> Event:
    values = {"date_start": DAY, "date_end": DAY, "date_precision": "day", "event_type": "seizure"}
    return factories.make_event(**(values | overrides))


def test_events_of_one_day_type_and_place_with_alike_summaries_are_suggested():
    baghdad = factories.make_place(name="Baghdad")
    first = make_event(place=baghdad, summary="They seized weapons, computers and passports.")
    second = make_event(place=baghdad, summary="Weapons, a computer and passports were seized.")
    factories.make_event_report(event=first)
    factories.make_event_report(event=first)
    make_event(summary="They seized weapons.", event_type="arrest")
    make_event(
        summary="They seized weapons, computers and passports.", date_end=DAY.replace(day=14)
    )
    [suggestion] = event_duplicates()
    assert (suggestion.survivor, suggestion.other) == (first, second)
    assert suggestion.reasons[:2] == ("same type and dates (2007-07-13)", "same place: Baghdad")


def test_events_in_different_places_are_not_suggested():
    make_event(place=factories.make_place(), summary="They seized weapons and passports.")
    make_event(place=factories.make_place(), summary="They seized weapons and passports.")
    assert event_duplicates() == []


def test_a_shared_participant_in_the_same_role_tips_a_pair_over():
    first = make_event(summary="Coalition forces detained 20 suspects.")
    second = make_event(summary="The raid targeted al-Qaeda in Iraq cells.")
    assert event_duplicates() == []  # one day and type: not enough on their own
    target = factories.make_actor(name="al-Qaeda in Iraq")
    for event in (first, second):
        factories.make_event_participant(event=event, actor=target, role="target")
    [suggestion] = event_duplicates()
    assert suggestion.reasons[1:] == ("both name al-Qaeda in Iraq (target)",)


def test_the_page_lists_each_kind_with_its_pairs(curator_client, qods):
    response = curator_client.get(page_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert [name for name, _ in response.context["kinds"]] == ["actor", "event", "place", "weapon"]
    assert f'id="merge-{qods[0].pk}-{qods[1].pk}"' in html
    assert "names alike" in html
    for kind in ("event", "place", "weapon"):
        assert curator_client.get(page_url(kind)).status_code == 200


def test_merge_from_the_page_goes_through_the_merge_service(curator_client, curator, qods):
    reference, extracted = qods
    data = {"op": "merge", "survivor": reference.pk, "other": extracted.pk}
    response = curator_client.post(page_url(), data)
    assert (response.status_code, response["Location"]) == (302, page_url())
    assert list(Actor.objects.all()) == [reference]
    assert ActorAlias.objects.get(name="Quds Force").actor == reference
    assert reference.mentions.count() == 1
    record = reference.history.first()
    assert (record.history_user, record.history_change_reason) == (
        curator,
        f"Merged #{extracted.pk} “Quds Force” into #{reference.pk}",
    )
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages[0].startswith(f"Merged #{extracted.pk} “Quds Force” into “Qods Force”")
    assert curator_client.get(page_url()).context["pairs"] == []


def test_keep_right_merges_the_other_way(curator_client, qods):
    reference, extracted = qods
    data = {"op": "merge", "survivor": extracted.pk, "other": reference.pk}
    curator_client.post(page_url(), data)
    assert list(Actor.objects.all()) == [extracted]


def test_events_merge_from_the_page_too(curator_client):
    first, second = make_event(summary="Weapons seized."), make_event(summary="Weapons seized!")
    factories.make_event_report(event=second)
    curator_client.post(
        page_url("event"), {"op": "merge", "survivor": first.pk, "other": second.pk}
    )
    assert list(Event.objects.all()) == [first]
    assert first.reports.count() == 1


def test_a_dismissed_pair_is_recorded_by_key_and_not_suggested_again(curator_client, curator, qods):
    reference, extracted = qods
    data = {"op": "dismiss", "survivor": reference.pk, "other": extracted.pk}
    assert curator_client.post(page_url(), data).status_code == 302
    dismissal = DuplicateDismissal.objects.get()
    assert (dismissal.model, dismissal.first_key, dismissal.second_key) == (
        "actors.Actor",
        *pair_keys(reference, extracted),
    )
    assert dismissal.dismissed_by == curator
    assert entity_duplicates(Actor) == []
    assert Actor.objects.count() == 2
    dismissal.delete()
    assert pairs(entity_duplicates(Actor)) == [qods]


def test_a_pair_that_is_gone_is_reported_not_merged(curator_client, qods):
    data = {"op": "merge", "survivor": qods[0].pk, "other": 999_999}
    response = curator_client.post(page_url(), data)
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "These rows are gone (merged or deleted since)."
    ]
    assert Actor.objects.count() == 2


def test_merging_needs_delete_permission_and_dismissing_change_permission(client, qods):
    editor = factories.make_user(is_staff=True)
    editor.user_permissions.add(*Permission.objects.filter(codename="view_actor"))
    client.force_login(editor)
    page = client.get(page_url())
    assert page.status_code == 200 and 'id="merge-' not in page.content.decode()
    for op in ("merge", "dismiss"):
        data = {"op": op, "survivor": qods[0].pk, "other": qods[1].pk}
        assert client.post(page_url(), data).status_code == 403
    assert Actor.objects.count() == 2 and not DuplicateDismissal.objects.exists()


@pytest.mark.parametrize(
    ("model", "make"),
    [(Weapon, factories.make_weapon), (Place, factories.make_place)],
)
def test_weapons_and_places_are_suggested_too(model, make):
    first = make(name="Explosively formed penetrator", origin="reference")
    second = make(name="Explosively formed penetrators", origin="extracted")
    assert pairs(entity_duplicates(model)) == [(first, second)]


def test_events_with_long_summaries_merge_with_a_shortened_history_reason(curator_client):
    summary = "Coalition forces detained twenty suspected terrorists during several raids " * 2
    first, second = make_event(summary=summary), make_event(summary=summary + "again")
    data = {"op": "merge", "survivor": first.pk, "other": second.pk}
    assert curator_client.post(page_url("event"), data).status_code == 302
    reason = Event.objects.get().history.first().history_change_reason
    assert len(reason) <= 100 and reason.startswith(f"Merged #{second.pk}") and reason[-1] == "…"
    assert f"Merged #{second.pk} “{second}” into #{first.pk}." in Event.objects.get().review_note


def test_names_that_differ_in_a_number_are_not_alike():
    factories.make_weapon(name="Misagh-1", origin="reference")
    factories.make_weapon(name="Misagh-2", origin="extracted")
    factories.make_actor(name="Actor 11")
    factories.make_actor(name="Actor 12")
    assert entity_duplicates(Weapon) == [] and entity_duplicates(Actor) == []
