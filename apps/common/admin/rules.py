"""The per-rule precision page: for each extraction rule, its rows and curators' decisions."""

from django.contrib import admin
from django.template.response import TemplateResponse

from apps.common.precision import rule_models, rule_precision

from .displays import changelist_url


def rules_view(request, *, site):
    rows = rule_precision()
    links = _links(request, site)
    context = {
        **site.each_context(request),
        "title": "Precision per extraction rule",
        "subtitle": None,
        "rules": [
            {
                "row": row,
                "unreviewed": row.rows - row.confirmed - row.rejected,
                "precision": None if row.precision is None else f"{row.precision:.0%}",
                "links": links.get(row.rule, []),
            }
            for row in rows
        ],
    }
    request.current_app = site.name
    return TemplateResponse(request, "admin/common/rules.html", context)


def _links(request, site) -> dict[str, list[tuple[str, str]]]:
    """Return, per rule, (list name, URL) of the changelists filtered to its rows."""
    links: dict[str, list[tuple[str, str]]] = {}
    for model in rule_models():
        model_admin = site._registry.get(model)
        if model_admin is None or not model_admin.has_view_permission(request):
            continue
        rules = model.objects.exclude(rule="").values_list("rule", flat=True).distinct()
        for rule in rules.order_by("rule"):
            url = changelist_url(model, {"rule": rule})
            if url and isinstance(model_admin, admin.ModelAdmin):
                links.setdefault(rule, []).append((str(model._meta.verbose_name_plural), url))
    return links
