"""ModelAdmin bases: review workflow, curator locks, history, evidence, merges."""

from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from simple_history.admin import SimpleHistoryAdmin

from apps.common.duplicates import entity_duplicates
from apps.common.models import CuratedModel
from apps.common.services import curated_save, entity_merge

from .actions import REVIEW_ACTIONS
from .columns import EvidenceColumns, has_path
from .displays import linked_rows, render_links, render_passage
from .filters import LockedFilter, in_document_filter, rule_filter
from .forms import ReviewActionForm, SourcedForm
from .merge import MergeMixin
from .queue import RETURN_VAR, ReviewQueueMixin

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
KEEP_EDITING = ("_continue", "_addanother", "_saveasnew")


class CuratedAdmin(ReviewQueueMixin, SimpleHistoryAdmin):
    """Admin for a loader-made row: review status, actions, locks on edit, history, queue.

    Saving a change locks the fields that really changed (the loader never overwrites them);
    a changed review status records the reviewer and time. `document_path` (the lookup to the
    source document) adds the source-document filter and the counts on the document page;
    `rule_path` (the lookup to an extraction rule column) adds the rule filter and column
    once that column exists. The change page shows the evidence, then the decision, then
    the details; Save is on top too.
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
    formfield_overrides = {
        models.URLField: {"assume_scheme": "https"},
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 60})},
    }
    list_per_page = 50
    save_on_top = True
    change_list_template = "admin/common/curated_change_list.html"
    document_path: str | None = None
    rule_path: str | None = None
    evidence_fields: tuple[str, ...] = ()
    evidence_title = "Evidence"
    history_list_display = ("review_status",)

    class Media:
        css = {"all": ("common/admin/curation.css",)}

    def get_list_display(self, request):
        columns = [c for c in super().get_list_display(request) if c != "review_status"]
        return [*columns, *(["rule_name"] if self.has_rule else []), "review"]

    def get_list_filter(self, request):
        filters = [f for f in self.list_filter if f != "review_status"]
        standard = ["review_status", LockedFilter, "is_stale"]
        if self.document_path:
            standard.append(in_document_filter(self.document_path))
        if self.has_rule:
            standard.append(rule_filter(self.rule_path))
        return [*standard, *filters, ("reviewed_at", admin.DateFieldListFilter)]

    @property
    def has_rule(self) -> bool:
        """Whether the rows record their extraction rule (the column the engine adds)."""
        return bool(self.rule_path) and has_path(self.model, self.rule_path)

    def get_fieldsets(self, request, obj=None):
        if self.fieldsets:
            return self.fieldsets
        special = {*REVIEW_FIELDSET, *BOOKKEEPING_FIELDS, *self.evidence_fields}
        main = [f for f in self.get_fields(request, obj) if f not in special]
        # The evidence comes first: a curator reads the passage, then checks the fields.
        # The decision follows, the details after it (collapsed on a loaded row's page).
        fieldsets = []
        if obj is not None and self.evidence_fields:
            fieldsets.append((self.evidence_title, {"fields": self.evidence_fields}))
        fieldsets.append(("Decision", {"fields": REVIEW_FIELDSET}))
        details = ["collapse"] if obj is not None and self.evidence_fields else []
        fieldsets.append(("Details", {"fields": main, "classes": details}))
        fieldsets.append(
            ("Loader bookkeeping", {"fields": BOOKKEEPING_FIELDS, "classes": ["collapse"]})
        )
        return fieldsets

    def response_change(self, request, obj):
        # Opened from the review queue ("Edit"): saving goes back to the queue.
        response = super().response_change(request, obj)
        target = request.GET.get(RETURN_VAR, "")
        safe = url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        if target and safe and not any(key in request.POST for key in KEEP_EDITING):
            return HttpResponseRedirect(target)
        return response

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


class SourcedAdmin(EvidenceColumns, CuratedAdmin):
    """Admin for a row with provenance: the passage highlighted, the span found from the quote;
    lists show the quote with the matched words marked, the document and the rule."""

    form = SourcedForm
    exclude = ("locked_fields", "span_start", "span_end")
    autocomplete_fields = ("document",)
    date_hierarchy = "document__published_on"
    document_path = "document"
    rule_path = "rule"
    evidence_fields = ("source_passage",)

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if self.has_rule:
            fields = [*fields, "rule"]
        return fields if obj is None else [*fields, "span_start", "span_end"]

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

    def find_duplicates(self):
        return entity_duplicates(self.model)

    @admin.display(description="mentions", ordering="mention_count")
    def mentions(self, obj):
        return obj.mention_count
