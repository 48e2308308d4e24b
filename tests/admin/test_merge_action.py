"""The merge action: a confirmation page to pick the survivor, then the merge and a redirect."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages

from apps.actors.models import Actor, ActorAlias
from apps.events.models import Event
from tests import factories
from tests.admin.helpers import admin_url

pytestmark = pytest.mark.django_db


def post_merge(client, label: str, rows, **extra):
    data = {"action": "merge_selected", ACTION_CHECKBOX_NAME: [row.pk for row in rows]}
    return client.post(admin_url(label, "changelist"), data | {"index": 0} | extra)


def confirm_merge(client, label: str, rows, survivor):
    data = {
        "action": "merge_selected",
        ACTION_CHECKBOX_NAME: [row.pk for row in rows],
        "post": "yes",
        "survivor": survivor.pk,
    }
    return client.post(admin_url(label, "changelist"), data)


def test_merge_action_asks_which_row_to_keep(curator_client):
    reference = factories.make_actor(name="Qods Force", origin="reference")
    extracted = factories.make_actor(name="Quds Force", origin="extracted")
    factories.make_actor_mention(actor=extracted)
    response = post_merge(curator_client, "actors.Actor", [extracted, reference])
    assert response.status_code == 200
    assert response.template_name == "admin/common/merge_confirmation.html"
    html = response.content.decode()
    assert f'value="{reference.pk}" id="survivor-{reference.pk}" checked' in html
    assert "actor mentions: 1" in html
    assert Actor.objects.count() == 2


def test_confirmed_merge_moves_everything_and_goes_to_the_survivor(curator_client, curator):
    survivor = factories.make_actor(name="Qods Force")
    duplicate = factories.make_actor(name="Quds Force")
    mention = factories.make_actor_mention(actor=duplicate)
    response = confirm_merge(curator_client, "actors.Actor", [survivor, duplicate], survivor)
    assert response.status_code == 302
    assert response["Location"] == admin_url("actors.Actor", "change", survivor.pk)
    mention.refresh_from_db()
    assert mention.actor == survivor
    assert ActorAlias.objects.get(name="Quds Force").actor == survivor
    assert survivor.history.first().history_user == curator
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages == [
        f"Merged #{duplicate.pk} “Quds Force” into “Qods Force”: moved 1 "
        "linked row; added aliases Quds Force."
    ]


def test_merge_without_a_survivor_shows_the_page_again(curator_client):
    rows = [factories.make_actor(), factories.make_actor()]
    data = {"action": "merge_selected", ACTION_CHECKBOX_NAME: [r.pk for r in rows], "post": "yes"}
    response = curator_client.post(admin_url("actors.Actor", "changelist"), data)
    assert response.status_code == 200
    assert "Pick the row to keep." in response.content.decode()
    assert Actor.objects.count() == 2


def test_merging_a_single_row_is_refused_with_a_message(curator_client):
    actor = factories.make_actor()
    response = post_merge(curator_client, "actors.Actor", [actor])
    assert response.status_code == 302
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert messages == ["Select between 2 and 20 actors to merge."]


@pytest.mark.parametrize(
    ("label", "make"),
    [
        ("weapons.Weapon", factories.make_weapon),
        ("places.Place", factories.make_place),
        ("events.Event", factories.make_event),
    ],
)
def test_weapons_places_and_events_merge_from_their_lists(curator_client, label, make):
    survivor, duplicate = make(), make()
    page = post_merge(curator_client, label, [survivor, duplicate])
    assert page.status_code == 200
    response = confirm_merge(curator_client, label, [survivor, duplicate], survivor)
    assert response.status_code == 302
    model = type(survivor)
    assert list(model.objects.values_list("pk", flat=True)) == [survivor.pk]


def test_event_merge_combines_reports(curator_client):
    survivor, duplicate = factories.make_event(), factories.make_event()
    factories.make_event_report(event=survivor)
    factories.make_event_report(event=duplicate)
    confirm_merge(curator_client, "events.Event", [survivor, duplicate], survivor)
    assert Event.objects.get().reports.count() == 2


def test_users_without_delete_permission_are_not_offered_the_merge(client):
    factories.make_actor()
    editor = factories.make_user(is_staff=True)
    editor.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_actor", "change_actor"])
    )
    client.force_login(editor)
    page = client.get(admin_url("actors.Actor", "changelist")).content.decode()
    assert "confirm_selected" in page
    assert "merge_selected" not in page
