"""Admin bases shared by every app."""

from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from .models import Tombstone

CURATION_FIELDS = ("review_status", "reviewed_by", "reviewed_at", "review_note", "locked_fields")
BOOKKEEPING_FIELDS = ("key", "created_at", "updated_at")


class CuratedAdmin(SimpleHistoryAdmin):
    """Admin for a loader-made row: review fields, history, loader bookkeeping read-only."""

    list_filter = ("review_status",)
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = BOOKKEEPING_FIELDS + ("reviewed_by", "reviewed_at", "locked_fields")
    list_per_page = 50


class SourcedAdmin(CuratedAdmin):
    """Admin for a row with provenance: document autocomplete, spans shown read-only."""

    autocomplete_fields = ("document",)

    def get_readonly_fields(self, request, obj=None):
        # Provenance is typed in when a curator adds a row, then fixed: edits to the quote
        # would silently detach it from the passage it came from.
        fields = super().get_readonly_fields(request, obj)
        return fields if obj is None else (*fields, "span_start", "span_end", "quote")


@admin.register(Tombstone)
class TombstoneAdmin(admin.ModelAdmin):
    list_display = ("model", "key", "label", "deleted_by", "created_at")
    list_filter = ("model",)
    search_fields = ("key", "label")
    readonly_fields = ("model", "key", "label", "deleted_by", "created_at", "updated_at")
