"""Read-only admin displays: source passages with the quote highlighted, linked-row counts."""

from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib import admin
from django.db import models
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import SafeString, mark_safe

from apps.common.spans import passage_around


@dataclass(frozen=True, slots=True)
class Link:
    """A count of rows with the admin changelist that lists them."""

    label: str
    count: int
    url: str | None


def change_url(obj: models.Model) -> str | None:
    """Return the admin change page of obj, or None when its model is not in the admin."""
    opts = obj._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return None


def changelist_url(model: type[models.Model], query: dict[str, object]) -> str | None:
    """Return the admin changelist of model filtered by query, or None if not in the admin."""
    opts = model._meta
    if model not in admin.site._registry:
        return None
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist") + "?" + urlencode(query)


def render_passage(row: models.Model, *, context: int = 300, compact: bool = False) -> SafeString:
    """Render row's passage in its document with the quote in <mark>, escaped, with links."""
    document = row.document
    text = document.text
    passage = passage_around(text, row.span_start, row.span_end, context=context)
    return render_to_string(
        "admin/common/passage.html",
        {
            "passage": passage,
            "row": row,
            "document": document,
            "document_url": change_url(document),
            "parent_url": change_url(document.parent) if document.parent_id else None,
            "is_mismatch": passage.quote != row.quote,
            "compact": compact,
        },
    )


def render_passages(rows: Iterable[models.Model]) -> SafeString:
    """Render several passages one after the other (an event's reports)."""
    parts = [render_passage(row) for row in rows]
    if not parts:
        return mark_safe('<p class="help">No source passage yet.</p>')
    return mark_safe("".join(parts))  # each part was rendered by an escaping template


def linked_rows(obj: models.Model) -> list[Link]:
    """Count the rows pointing at obj through each foreign key, with a link to each list."""
    links = []
    for relation in obj._meta.related_objects:
        if not relation.one_to_many:
            continue
        model, fk = relation.related_model, relation.field
        count = model._base_manager.filter(**{fk.name: obj.pk}).count()
        if count == 0:
            continue
        label = str(model._meta.verbose_name_plural)
        if _foreign_keys_to(model, type(obj)) > 1:
            label += f" (as {fk.verbose_name})"
        links.append(Link(label, count, changelist_url(model, {f"{fk.name}__id__exact": obj.pk})))
    return links


def document_extractions(document: models.Model) -> list[Link]:
    """Count what was taken from a document (and its dossier rows), per admin list."""
    links = []
    for model, model_admin in admin.site._registry.items():
        path = getattr(model_admin, "document_path", None)
        if not path:
            continue
        condition = Q(**{path: document.pk}) | Q(**{f"{path}__parent": document.pk})
        count = model._default_manager.filter(condition).distinct().count()
        if count:
            url = changelist_url(model, {"in_document": document.pk})
            links.append(Link(str(model._meta.verbose_name_plural), count, url))
    return sorted(links, key=lambda link: link.label)


def render_links(links: list[Link]) -> SafeString:
    """Render counts as a list of links to the filtered changelists."""
    return render_to_string("admin/common/links.html", {"links": links})


def _foreign_keys_to(model: type[models.Model], target: type[models.Model]) -> int:
    return sum(
        1 for f in model._meta.concrete_fields if f.is_relation and f.related_model is target
    )
