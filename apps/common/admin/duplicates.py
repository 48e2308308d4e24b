"""The duplicate suggestions page: likely duplicates per kind, merged or dismissed in a click.

Each admin with merges (MergeMixin) offers its model here through `find_duplicates()`. A
merge goes through that admin's `merge_service` (the merge action's own service: aliases,
locks, tombstones, history); a dismissal is stored by natural key and outlives re-loads.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse

from apps.common.services import duplicate_dismiss

from .displays import change_url
from .merge import MergeMixin, row_details


def merge_admins(site) -> dict[str, MergeMixin]:
    """Return the admins that merge duplicates, by model name ("actor", "event"...)."""
    found = {
        model._meta.model_name: model_admin
        for model, model_admin in site._registry.items()
        if isinstance(model_admin, MergeMixin)
    }
    return dict(sorted(found.items()))


def duplicates_view(request, *, site):
    admins = {
        name: model_admin
        for name, model_admin in merge_admins(site).items()
        if model_admin.has_view_permission(request)
    }
    if not admins:
        raise PermissionDenied
    kind = request.GET.get("kind") or next(iter(admins))
    if kind not in admins:
        raise Http404(f"No duplicate suggestions for {kind!r}.")
    model_admin = admins[kind]
    if request.method == "POST":
        _act(request, model_admin)
        return HttpResponseRedirect(f"{request.path}?kind={kind}")
    suggestions = model_admin.find_duplicates()
    context = {
        **site.each_context(request),
        "title": "Duplicate suggestions",
        "subtitle": None,
        "kind": kind,
        "kinds": [(name, a.model._meta.verbose_name_plural) for name, a in admins.items()],
        "opts": model_admin.model._meta,
        "pairs": [_pair(suggestion) for suggestion in suggestions],
        "can_merge": model_admin.has_merge_permission(request),
        "can_dismiss": model_admin.has_change_permission(request),
    }
    request.current_app = site.name
    return TemplateResponse(request, "admin/common/duplicates.html", context)


def _pair(suggestion) -> dict:
    return {
        "score": suggestion.score,
        "reasons": suggestion.reasons,
        "rows": [_card(suggestion.survivor), _card(suggestion.other)],
    }


def _card(row) -> dict:
    aliases = [alias.name for alias in row.aliases.all()] if hasattr(row, "aliases") else []
    counts = []
    if hasattr(row, "mention_count"):
        counts.append(f"{row.mention_count} mentions")
    if hasattr(row, "report_count"):
        counts.append(f"{row.report_count} reports")
    return {
        "obj": row,
        "url": change_url(row),
        "details": row_details(row),
        "aliases": aliases,
        "counts": counts,
    }


def _act(request, model_admin) -> None:
    model = model_admin.model
    wanted = [request.POST.get("survivor", ""), request.POST.get("other", "")]
    rows = {
        str(row.pk): row
        for row in model._default_manager.filter(pk__in=[v for v in wanted if v.isdigit()])
    }
    survivor, other = rows.get(wanted[0]), rows.get(wanted[1])
    if survivor is None or other is None or survivor.pk == other.pk:
        model_admin.message_user(
            request, "These rows are gone (merged or deleted since).", messages.WARNING
        )
        return
    operation = request.POST.get("op")
    if operation == "merge":
        if not model_admin.has_merge_permission(request):
            raise PermissionDenied
        model_admin.merge_reported(request, survivor, [other])
    elif operation == "dismiss":
        if not model_admin.has_change_permission(request):
            raise PermissionDenied
        duplicate_dismiss(first=survivor, second=other, user=request.user)
        model_admin.message_user(
            request, f"“{survivor}” and “{other}” will not be suggested again.", messages.SUCCESS
        )
    else:
        model_admin.message_user(request, "Choose merge or dismiss.", messages.ERROR)
