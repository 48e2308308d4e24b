"""Tombstones: the loader-made rows curators deleted or merged away, kept out of re-loads."""

from django.contrib import admin

from apps.common.models import Tombstone


@admin.register(Tombstone)
class TombstoneAdmin(admin.ModelAdmin):
    """Deleting a tombstone lets the next load recreate its row; adding one blocks a key."""

    list_display = ("model", "key", "label", "reason", "deleted_by", "created_at")
    list_filter = ("model", "created_at")
    search_fields = ("key", "label", "reason")
    list_select_related = ("deleted_by",)
    date_hierarchy = "created_at"
    change_list_template = "admin/common/tombstone/change_list.html"

    def get_readonly_fields(self, request, obj=None):
        # Adding one blocks a key ahead of the loader; an existing one is a record, not edited.
        if obj is None:
            return ("deleted_by", "created_at", "updated_at")
        return ("model", "key", "label", "reason", "deleted_by", "created_at", "updated_at")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.deleted_by = request.user
        super().save_model(request, obj, form, change)
