"""Helpers for admin tests: users with roles, and POST data built from a rendered change form."""

from django import forms
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from apps.common.services import curators_group_sync


def admin_url(label: str, view: str, *args) -> str:
    """Return the admin URL of a model label ('actors.Actor') and view ('changelist')."""
    app_label, model_name = label.lower().split(".")
    return reverse(f"admin:{app_label}_{model_name}_{view}", args=args)


def make_curator(username: str = "curator", password: str = "a-long-curator-password") -> User:
    """Return a staff user (not a superuser) in the curators group."""
    user = User.objects.create_user(username, password=password, is_staff=True)
    user.groups.add(curators_group_sync())
    return user


def form_data(client: Client, url: str) -> dict[str, object]:
    """GET an admin add/change page and return the POST data that would save it unchanged.

    Covers the main form and every inline formset (management forms included), so a test
    changes only the fields it cares about.
    """
    response = client.get(url)
    assert response.status_code == 200, url
    data: dict[str, object] = {}
    _add_form(data, response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        _add_form(data, formset.management_form)
        for form in formset.forms:
            _add_form(data, form)
    return data


def _add_form(data: dict[str, object], form: forms.BaseForm) -> None:
    for bound in form:
        value = bound.value()
        if isinstance(bound.field, forms.SplitDateTimeField):
            value = bound.field.widget.decompress(value) if value else ["", ""]
            data[f"{bound.html_name}_0"], data[f"{bound.html_name}_1"] = value
        elif isinstance(bound.field, forms.BooleanField):
            if value:
                data[bound.html_name] = "on"
        elif value is not None:
            data[bound.html_name] = value
