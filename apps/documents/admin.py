from django.contrib import admin

from apps.common.admin import CuratedAdmin

from .models import Document


@admin.register(Document)
class DocumentAdmin(CuratedAdmin):
    list_display = (
        "title",
        "kind",
        "publisher",
        "author",
        "published_on",
        "parent",
        "review_status",
    )
    list_filter = ("kind", "review_status", "published_precision")
    search_fields = ("title", "author", "publisher", "source_file")
    autocomplete_fields = ("parent",)
    date_hierarchy = "published_on"
    readonly_fields = CuratedAdmin.readonly_fields + ("sha256", "encoding", "repairs", "raw_text")
