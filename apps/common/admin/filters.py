"""Changelist filters curators share: by source document, curator locks, extraction rule."""

from django.apps import apps
from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.db.models import Q

from apps.common.spans import excerpt

MAX_DOCUMENTS_LISTED = 50


class LockedFilter(admin.SimpleListFilter):
    """Rows a curator edited (fields the loader will not overwrite) or not."""

    title = "curator edits"
    parameter_name = "locked"

    def lookups(self, request, model_admin):
        return [("yes", "Has locked fields"), ("no", "No locked fields")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(locked_fields=[])
        if self.value() == "no":
            return queryset.filter(locked_fields=[])
        return queryset


class InDocumentFilter(admin.SimpleListFilter):
    """Rows taken from a document, counting a dossier's rows as part of the dossier.

    `path` is the lookup from the listed model to Document ("document", "reports__document",
    "mentions__document"); the admin's `document_path` sets it.
    """

    title = "source document"
    parameter_name = "in_document"
    path = "document"

    def lookups(self, request, model_admin):
        Document = apps.get_model("documents", "Document")  # noqa: N806
        documents = Document.objects.filter(parent__isnull=True).order_by("title", "pk")
        choices = [(str(doc.pk), excerpt(str(doc), 60)) for doc in documents[:MAX_DOCUMENTS_LISTED]]
        selected = self.value()
        if selected and selected.isdigit() and selected not in {pk for pk, _ in choices}:
            chosen = Document.objects.filter(pk=selected).first()
            if chosen is not None:
                choices.append((selected, excerpt(str(chosen), 60)))
        return choices

    def has_output(self):
        # A filter without output is dropped after taking its parameter: a link to a
        # filtered list must still filter when the sidebar has nothing to list.
        return bool(self.value()) or super().has_output()

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        if not value.isdigit():
            raise IncorrectLookupParameters(f"in_document must be a document id, not {value!r}")
        condition = Q(**{self.path: value}) | Q(**{f"{self.path}__parent": value})
        return queryset.filter(condition).distinct()


def in_document_filter(path: str) -> type[InDocumentFilter]:
    """Return the source-document filter for rows reaching Document through `path`."""
    return type(f"InDocumentFilter_{path}", (InDocumentFilter,), {"path": path})


class RuleFilter(admin.SimpleListFilter):
    """Rows by the extraction rule that made them (an event: the rule of one of its reports)."""

    title = "extraction rule"
    parameter_name = "rule"
    path = "rule"

    def lookups(self, request, model_admin):
        rules = (
            model_admin.model._default_manager.exclude(**{self.path: ""})
            .values_list(self.path, flat=True)
            .distinct()
            .order_by(self.path)
        )
        return [(rule, rule) for rule in rules if rule is not None]

    def has_output(self):
        return bool(self.value()) or super().has_output()

    def queryset(self, request, queryset):
        value = self.value()
        return queryset.filter(**{self.path: value}).distinct() if value else queryset


def rule_filter(path: str) -> type[RuleFilter]:
    """Return the rule filter for rows reaching the rule column through `path`."""
    return type(f"RuleFilter_{path}", (RuleFilter,), {"path": path})
