"""The curators group: exactly curation's permissions, no user management; lockouts."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command

from apps.common.services import CURATOR_PERMISSIONS, curators_group_sync
from tests import factories
from tests.admin.helpers import admin_url, make_curator

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-curator-password"

# Everything extracted; documents and comments are the loader's input, tested on their own.
CURATED = {
    label: factory
    for label, factory in factories.BY_LABEL.items()
    if label not in {"documents.Document", "comments.Comment"}
}


def codenames(group: Group) -> set[str]:
    return {
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    }


def expected_codenames() -> set[str]:
    return {
        f"{label.split('.')[0]}.{action}_{label.split('.')[1]}"
        for label, actions in CURATOR_PERMISSIONS.items()
        for action in actions
    }


def test_group_holds_exactly_the_curation_permissions_and_sync_is_idempotent():
    group = curators_group_sync()
    group.permissions.add(Permission.objects.get(codename="change_user"))
    again = curators_group_sync()
    assert again.pk == group.pk
    assert codenames(again) == expected_codenames()
    assert not {c for c in codenames(again) if c.startswith(("auth.", "axes.", "authtoken."))}
    assert Group.objects.filter(name="curators").count() == 1


def test_command_creates_the_group_and_adds_a_staff_curator(capsys):
    call_command("setup_curators", "--user", "alice")
    call_command("setup_curators", "--user", "alice")
    alice = User.objects.get(username="alice")
    assert (alice.is_staff, alice.is_superuser, alice.has_usable_password()) == (
        True,
        False,
        False,
    )
    assert list(alice.groups.values_list("name", flat=True)) == ["curators"]
    assert "User 'alice' is a curator" in capsys.readouterr().out


@pytest.mark.parametrize("label", sorted(CURATED))
def test_curator_opens_list_add_change_and_history_of_curated_models(curator_client, label):
    row = CURATED[label]()
    for view, args in [("changelist", ()), ("add", ()), ("change", (row.pk,))]:
        assert curator_client.get(admin_url(label, view, *args)).status_code == 200, view
    assert curator_client.get(admin_url(label, "history", row.pk)).status_code == 200


@pytest.mark.parametrize("label", ["documents.Document", "comments.Comment"])
def test_curator_reviews_documents_and_comments_but_does_not_add_them(curator_client, label):
    row = {
        "documents.Document": factories.make_document,
        "comments.Comment": factories.make_comment,
    }[label]()
    assert curator_client.get(admin_url(label, "change", row.pk)).status_code == 200
    assert curator_client.get(admin_url(label, "add")).status_code == 403
    assert curator_client.get(admin_url(label, "delete", row.pk)).status_code == 403


@pytest.mark.parametrize(
    "url",
    [
        admin_url("auth.User", "changelist"),
        admin_url("auth.Group", "changelist"),
        admin_url("auth.User", "add"),
        admin_url("axes.AccessAttempt", "changelist"),
    ],
)
def test_curator_cannot_open_user_or_group_admin(curator_client, url):
    assert curator_client.get(url).status_code == 403


def test_admin_index_shows_curation_apps_only(curator_client):
    html = curator_client.get(admin_url("actors.Actor", "changelist").split("actors")[0]).content
    page = html.decode()
    assert "Actors" in page and "Tombstones" in page
    assert "Users" not in page and "Groups" not in page


def login(client, username: str, password: str):
    return client.post(
        admin_url("actors.Actor", "changelist").split("actors")[0] + "login/",
        {"username": username, "password": password, "next": "/admin/"},
    )


def test_repeated_failed_logins_lock_the_account_out(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_curator(password=PASSWORD)
    for _ in range(2):
        assert login(client, "curator", "wrong").status_code == 200
    locked = login(client, "curator", "wrong")
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode()
    assert login(client, "curator", PASSWORD).status_code == 429
    other = factories.make_user(username="other", is_staff=True)
    assert login(client, other.username, "a-long-test-password").status_code == 302


def test_a_successful_login_clears_earlier_failures(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_curator(password=PASSWORD)
    login(client, "curator", "wrong")
    login(client, "curator", "wrong")
    assert login(client, "curator", PASSWORD).status_code == 302
    client.logout()
    login(client, "curator", "wrong")
    login(client, "curator", "wrong")
    assert login(client, "curator", PASSWORD).status_code == 302
