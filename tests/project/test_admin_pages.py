"""Every registered model's admin pages load for a superuser and stay closed to anonymous users."""

import pytest
from django.contrib import admin
from django.urls import reverse

from apps.common.models import Tombstone
from tests import factories
from tests.admin.helpers import form_data

pytestmark = pytest.mark.django_db

FACTORIES = factories.BY_LABEL | {
    "common.Tombstone": lambda: Tombstone.objects.create(model="actors.Actor", key="k"),
    "common.DuplicateDismissal": factories.make_duplicate_dismissal,
}

PROJECT_MODELS = sorted(
    model._meta.label
    for model in admin.site._registry
    if model._meta.app_label in {app.split(".")[0] for app in FACTORIES}
)


def admin_url(label: str, view: str, *args) -> str:
    app_label, model_name = label.lower().split(".")
    return reverse(f"admin:{app_label}_{model_name}_{view}", args=args)


def test_every_project_model_is_registered_and_has_a_factory():
    assert PROJECT_MODELS == sorted(FACTORIES)


@pytest.mark.parametrize("label", PROJECT_MODELS)
def test_superuser_opens_changelist_add_and_change(admin_client, label):
    row = FACTORIES[label]()
    for url in (
        admin_url(label, "changelist"),
        admin_url(label, "add"),
        admin_url(label, "change", row.pk),
        admin_url(label, "changelist") + "?q=a",
    ):
        response = admin_client.get(url)
        assert response.status_code == 200, url


@pytest.mark.parametrize("label", PROJECT_MODELS)
def test_anonymous_user_is_sent_to_login(client, label):
    response = client.get(admin_url(label, "changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_superuser_saves_a_change(admin_client):
    actor = factories.make_actor(name="Qods Force", slug="qods-force")
    url = admin_url("actors.Actor", "change", actor.pk)
    # The page has inlines (aliases, relations): post their management forms too.
    form = form_data(admin_client, url) | {"name": "Qods Force (IRGC-QF)"}
    response = admin_client.post(url, form)
    assert response.status_code == 302, response.content[:2000]
    actor.refresh_from_db()
    assert actor.name == "Qods Force (IRGC-QF)"
