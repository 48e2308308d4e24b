"""The claimant linking page: texts that name no actor yet, their counts, a likely actor.

Linking a text (to a suggested actor, any actor, or a new one named by the text) goes
through `claimant_link`: every claim with that text gets the actor now, and the loader
reads the stored link for the claims of later loads.
"""

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse

from apps.actors.models import Actor, ActorKind
from apps.actors.selectors import actor_suggestions
from apps.actors.services import actor_create

from .models import Claim, LinkRole
from .selectors import ROLE_FIELDS, claimant_unlinked
from .services import claimant_link

NEW = "new"


class LinkForm(forms.Form):
    """One text's decision: a suggested actor, any actor (autocomplete) or a new one."""

    role = forms.ChoiceField(choices=LinkRole.choices, widget=forms.HiddenInput)
    text = forms.CharField(max_length=500, widget=forms.HiddenInput)
    choice = forms.CharField(required=False)
    other = forms.ModelChoiceField(queryset=Actor.objects.all(), required=False, label="or")
    kind = forms.ChoiceField(choices=ActorKind.choices, initial=ActorKind.PERSON, required=False)

    def __init__(self, *args, site, suggestions=(), **kwargs):
        super().__init__(*args, **kwargs)
        other = self.fields["other"]
        other.widget = AutocompleteSelect(
            Claim._meta.get_field("claimant"), site, attrs={"data-placeholder": "any actor…"}
        )
        other.widget.choices = other.choices
        options = [
            (str(actor.pk), f"{actor} ({actor.get_kind_display()})") for actor in suggestions
        ]
        self.fields["choice"].widget = forms.Select(choices=[*options, (NEW, "a new actor")])

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("other") and not cleaned.get("choice"):
            raise forms.ValidationError("Pick an actor, or a new one.")
        return cleaned


def claimants_view(request, *, site):
    if not site._registry[Claim].has_view_permission(request):
        raise PermissionDenied
    role = request.GET.get("role") if request.GET.get("role") in LinkRole.values else "claimant"
    if request.method == "POST":
        _link(request, site)
        return HttpResponseRedirect(f"{request.path}?{urlencode({'role': role})}")
    texts = claimant_unlinked(role=role)
    suggestions = actor_suggestions([item.text for item in texts])
    rows = [
        {
            "item": item,
            "suggested": suggestions[item.text],
            "claims_url": _claims_url(role, item.text),
            "form": LinkForm(
                site=site,
                suggestions=suggestions[item.text],
                initial={"role": role, "text": item.text},
                auto_id=f"id_{index}_%s",
            ),
        }
        for index, item in enumerate(texts)
    ]
    context = {
        **site.each_context(request),
        "title": "Link claimants to actors",
        "subtitle": None,
        "role": role,
        "roles": LinkRole.choices,
        "rows": rows,
        "can_link": site._registry[Claim].has_change_permission(request),
        "media": rows[0]["form"].media if rows else forms.Media(),
    }
    request.current_app = site.name
    return TemplateResponse(request, "admin/claims/claimants.html", context)


def _link(request, site) -> None:
    claims_admin = site._registry[Claim]
    if not claims_admin.has_change_permission(request):
        raise PermissionDenied
    form = LinkForm(request.POST, site=site)
    if not form.is_valid():
        claims_admin.message_user(request, _errors(form), messages.ERROR)
        return
    data = form.cleaned_data
    actor, created = _chosen_actor(data, request.user)
    if actor is None:
        claims_admin.message_user(request, "That actor no longer exists.", messages.ERROR)
        return
    _, count = claimant_link(role=data["role"], text=data["text"], actor=actor, user=request.user)
    made = " (a new actor)" if created else ""
    role = LinkRole(data["role"]).label
    claims_admin.message_user(
        request,
        f"Linked {role} “{data['text']}” to “{actor}”{made}: {count} claims now, and the "
        "claims of later loads.",
        messages.SUCCESS,
    )


def _chosen_actor(data: dict, user) -> tuple[Actor | None, bool]:
    if data.get("other"):
        return data["other"], False
    if data["choice"] == NEW:
        return actor_create(name=data["text"], kind=data.get("kind") or "other", user=user)
    if not data["choice"].isdigit():
        return None, False
    return Actor.objects.filter(pk=data["choice"]).first(), False


def _claims_url(role: str, text: str) -> str:
    text_field, actor_field = ROLE_FIELDS[LinkRole(role)]
    query = {f"{text_field}__iexact": text, f"{actor_field}__isnull": "True"}
    return reverse("admin:claims_claim_changelist") + "?" + urlencode(query)


def _errors(form: forms.Form) -> str:
    return " ".join(str(error) for errors in form.errors.values() for error in errors)
