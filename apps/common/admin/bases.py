"""ModelAdmin bases: review workflow, curator locks, history, evidence, merges."""

from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from apps.common.models import CuratedModel
from apps.common.services import curated_save, entity_merge

from .actions import REVIEW_ACTIONS
from .displays import linked_rows, render_links, render_passage
from .filters import LockedFilter, in_document_filter
from .forms import ReviewActionForm, SourcedForm
from .merge import MergeMixin

REVIEW_FIELDSET = (
    "review_status",
    "review_note",
    "reviewed_by",
    "reviewed_at",
    "curator_locks",
    "is_stale",
)
BOOKKEEPING_FIELDS = ("key", "created_at", "updated_at")
STALE_HINT = "The loader no longer finds this row in its source; kept, hidden from the API."


class CuratedAdmin(SimpleHistoryAdmin):
    """Admin for a loader-made row: review status, actions, locks on edit, history.

    Saving a change locks the fields that really changed (the loader never overwrites them);
    a changed review status records the reviewer and time. `document_path` (the lookup to the
    source document) adds the source-document filter and the counts on the document page.
    """

    action_form = ReviewActionForm
    actions = REVIEW_ACTIONS
    exclude = ("locked_fields",)
    readonly_fields = (
        "reviewed_by",
        "reviewed_at",
        "curator_locks",
        "is_stale",
        *BOOKKEEPING_FIELDS,
    )
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_per_page = 50
    document_path: str | None = None
    evidence_fields: tuple[str, ...] = ()
    evidence_title = "Evidence"
    history_list_display = ("review_status",)

    class Media:
        css = {"all": ("common/admin/curation.css",)}

    def get_list_display(self, request):
        columns = [c for c in super().get_list_display(request) if c != "review_status"]
        return [*columns, "review"]

    def get_list_filter(self, request):
        filters = [f for f in self.list_filter if f != "review_status"]
        standard = ["review_status", LockedFilter, "is_stale"]
        if self.document_path:
            standard.append(in_document_filter(self.document_path))
        return [*standard, *filters, ("reviewed_at", admin.DateFieldListFilter)]

    def get_fieldsets(self, request, obj=None):
        if self.fieldsets:
            return self.fieldsets
        special = {*REVIEW_FIELDSET, *BOOKKEEPING_FIELDS, *self.evidence_fields}
        main = [f for f in self.get_fields(request, obj) if f not in special]
        # The evidence comes first: a curator reads the passage, then checks the fields.
        fieldsets = []
        if obj is not None and self.evidence_fields:
            fieldsets.append((self.evidence_title, {"fields": self.evidence_fields}))
        fieldsets.append((None, {"fields": main}))
        fieldsets.append(("Review", {"fields": REVIEW_FIELDSET}))
        fieldsets.append(
            ("Loader bookkeeping", {"fields": BOOKKEEPING_FIELDS, "classes": ["collapse"]})
        )
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), *self.evidence_fields]

    def save_model(self, request, obj, form, change):
        curated_save(row=obj, user=request.user)

    def save_formset(self, request, form, formset, change):
        for row in formset.save(commit=False):
            if isinstance(row, CuratedModel):
                curated_save(row=row, user=request.user)
            else:
                row.save()
        for row in formset.deleted_objects:
            row.delete()
        formset.save_m2m()

    @admin.display(description="review", ordering="review_status")
    def review(self, obj):
        stale = format_html(' <span class="stale-badge" title="{}">stale</span>', STALE_HINT)
        return format_html(
            '<span class="review-badge review-{}">{}</span>{}',
            obj.review_status,
            obj.get_review_status_display(),
            stale if obj.is_stale else "",
        )

    @admin.display(description="Locked fields")
    def curator_locks(self, obj):
        if not obj.locked_fields:
            return "None: the loader may update every field."
        return (
            f"{', '.join(obj.locked_fields)} (edited by a curator: the loader keeps these "
            "values; the “Unlock” action releases them)."
        )


class SourcedAdmin(CuratedAdmin):
    """Admin for a row with provenance: the passage highlighted, the span found from the quote."""

    form = SourcedForm
    exclude = ("locked_fields", "span_start", "span_end")
    autocomplete_fields = ("document",)
    date_hierarchy = "document__published_on"
    document_path = "document"
    evidence_fields = ("source_passage",)

    def get_readonly_fields(self, request, obj=None):
        fields = [*super().get_readonly_fields(request, obj), *self._rule()]
        return fields if obj is None else [*fields, "span_start", "span_end"]

    def get_list_display(self, request):
        *columns, review = super().get_list_display(request)
        return [*columns, *self._rule(), review]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), *self._rule()]

    def _rule(self) -> list[str]:
        """Return ["rule"] for extracted rows that record their rule (comments do not)."""
        return ["rule"] if any(f.name == "rule" for f in self.model._meta.get_fields()) else []

    @admin.display(description="Source passage")
    def source_passage(self, obj):
        return render_passage(obj)


class LinkedRowsMixin:
    """Adds a read-only count of every row pointing at the object, linking to each list."""

    @admin.display(description="Linked rows")
    def linked(self, obj):
        return render_links(linked_rows(obj))


class EntityAdmin(MergeMixin, LinkedRowsMixin, CuratedAdmin):
    """Admin for actors, weapons and places: aliases, linked rows, merge of duplicates."""

    actions = [*REVIEW_ACTIONS, "merge_selected"]
    merge_service = staticmethod(entity_merge)
    document_path = "mentions__document"
    evidence_fields = ("linked",)
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name", "slug", "aliases__name")

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        return queryset.annotate(mention_count=Count("mentions", distinct=True))

    @admin.display(description="mentions", ordering="mention_count")
    def mentions(self, obj):
        return obj.mention_count
