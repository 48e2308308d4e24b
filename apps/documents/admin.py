from django.contrib import admin

from apps.comments.models import Comment
from apps.common.admin import CuratedAdmin, ReadOnlyInline
from apps.common.admin.displays import document_extractions, render_links
from apps.common.spans import excerpt

from .models import Document

TEXT_FIELDS = ("text", "raw_text")


class DossierRowInline(ReadOnlyInline):
    model = Document
    fk_name = "parent"
    fields = ("position", "published_text", "publisher", "title", "review_status")
    verbose_name = "dossier row"
    verbose_name_plural = "dossier rows"


class CommentInline(ReadOnlyInline):
    model = Comment
    fields = ("position", "author", "kind", "posted_text", "body_excerpt", "review_status")
    readonly_fields = ("body_excerpt",)

    @admin.display(description="comment")
    def body_excerpt(self, obj):
        return excerpt(obj.body, 160)


class LevelFilter(admin.SimpleListFilter):
    title = "level"
    parameter_name = "level"

    def lookups(self, request, model_admin):
        return [("file", "Loaded files"), ("row", "Dossier rows")]

    def queryset(self, request, queryset):
        if self.value() == "file":
            return queryset.filter(parent__isnull=True)
        if self.value() == "row":
            return queryset.filter(parent__isnull=False)
        return queryset


@admin.register(Document)
class DocumentAdmin(CuratedAdmin):
    list_display = ("title", "kind", "publisher", "author", "published_on", "parent")
    list_filter = (LevelFilter, "kind", "published_precision", "publisher")
    list_select_related = ("parent",)
    search_fields = ("title", "author", "publisher", "source_file", "url")
    autocomplete_fields = ("parent",)
    date_hierarchy = "published_on"
    # Every stored offset refers to `text`: editing it would detach all the evidence.
    readonly_fields = (
        *CuratedAdmin.readonly_fields,
        "source_file",
        "sha256",
        "encoding",
        "repairs",
        *TEXT_FIELDS,
    )
    evidence_fields = ("extracted",)
    evidence_title = "What was extracted"
    inlines = (DossierRowInline, CommentInline)

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (name, options | {"fields": [f for f in options["fields"] if f not in TEXT_FIELDS]})
            for name, options in super().get_fieldsets(request, obj)
        ]
        text = ("Text", {"fields": TEXT_FIELDS, "classes": ["collapse"]})
        return [*fieldsets[:-1], text, fieldsets[-1]]

    @admin.display(description="Extracted from this document (and its rows)")
    def extracted(self, obj):
        return render_links(document_extractions(obj))
