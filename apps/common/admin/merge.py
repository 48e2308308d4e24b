"""The merge action: select duplicates, pick the survivor on a confirmation page, merge."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import IntegrityError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse

from .displays import change_url, linked_rows, render_links

MAX_MERGE = 20


class MergeMixin:
    """Adds `merge_selected` to a ModelAdmin; `merge_service` does the work (see services).

    `find_duplicates()` feeds the duplicate suggestions page (admin/common/duplicates.py).
    """

    merge_service = None

    def find_duplicates(self) -> list:
        """Return the likely duplicate pairs (Suggestion) of this admin's model."""
        return []

    @admin.action(
        description="Merge selected %(verbose_name_plural)s into one…",
        permissions=["merge"],
    )
    def merge_selected(self, request, queryset):
        rows = list(self.model._default_manager.filter(pk__in=queryset.values("pk"))[:MAX_MERGE])
        if len(rows) < 2 or queryset.count() > MAX_MERGE:
            self.message_user(
                request,
                f"Select between 2 and {MAX_MERGE} {self.model._meta.verbose_name_plural} "
                "to merge.",
                messages.WARNING,
            )
            return None
        if request.POST.get("post") == "yes":
            return self._merge_confirmed(request, rows)
        return self._merge_confirmation(request, rows)

    def has_merge_permission(self, request):
        # Django offers an action when ANY listed permission holds; a merge needs both.
        return self.has_change_permission(request) and self.has_delete_permission(request)

    def _merge_confirmed(self, request, rows):
        chosen = request.POST.get("survivor", "")
        survivor = next((row for row in rows if str(row.pk) == chosen), None)
        if survivor is None:
            self.message_user(request, "Pick the row to keep.", messages.ERROR)
            return self._merge_confirmation(request, rows)
        duplicates = [row for row in rows if row.pk != survivor.pk]
        result = self.merge_reported(request, survivor, duplicates)
        return None if result is None else HttpResponseRedirect(change_url(result.survivor))

    def merge_reported(self, request, survivor, duplicates):
        """Merge through `merge_service` and tell the curator what happened; None on failure."""
        try:
            result = self.merge_service(survivor=survivor, duplicates=duplicates, user=request.user)
        except (ValueError, IntegrityError) as error:
            self.message_user(request, f"Nothing was merged: {error}", messages.ERROR)
            return None
        self.message_user(request, result.summary(), messages.SUCCESS)
        if result.aliases_skipped:
            skipped = "; ".join(result.aliases_skipped)
            self.message_user(
                request,
                f"These names were not added as aliases, another row owns them: {skipped}.",
                messages.WARNING,
            )
        return result

    def _merge_confirmation(self, request, rows):
        opts = self.model._meta
        entries = [
            {
                "obj": row,
                "links": render_links(links := linked_rows(row)),
                "weight": sum(link.count for link in links),
                "details": row_details(row),
                "aliases": list(row.aliases.values_list("name", flat=True))
                if hasattr(row, "aliases")
                else [],
            }
            for row in rows
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge {opts.verbose_name_plural}",
            "subtitle": None,
            "opts": opts,
            "entries": entries,
            "suggested": _suggest_survivor(entries),
            "has_aliases": hasattr(self.model, "aliases"),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/common/merge_confirmation.html", context)


def row_details(row) -> list[str]:
    """Return "field: value" lines that tell two candidate duplicates apart."""
    details = []
    for name in ("origin", "kind", "category", "event_type", "date_start", "place"):
        if getattr(row, name, None) in (None, ""):
            continue
        display = getattr(row, f"get_{name}_display", None)
        value = display() if display else getattr(row, name)
        details.append(f"{row._meta.get_field(name).verbose_name}: {value}")
    return details


def _suggest_survivor(entries: list[dict]) -> int:
    # Keep the reference-list row when there is one, else the reviewed, best-attested one.
    def rank(entry: dict) -> tuple:
        row = entry["obj"]
        return (
            getattr(row, "origin", "") != "reference",
            row.review_status != "confirmed",
            -entry["weight"],
            row.pk,
        )

    return min(entries, key=rank)["obj"].pk
