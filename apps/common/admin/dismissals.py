"""Duplicate dismissals: pairs curators said are not duplicates, kept out of the suggestions."""

from django.contrib import admin

from apps.common.models import DuplicateDismissal

FIELDS = ("model", "first_key", "second_key", "label", "dismissed_by", "created_at", "updated_at")


@admin.register(DuplicateDismissal)
class DuplicateDismissalAdmin(admin.ModelAdmin):
    """Deleting a dismissal lets the pair be suggested again; adding one hides a pair ahead."""

    list_display = ("label", "model", "first_key", "second_key", "dismissed_by", "created_at")
    list_filter = ("model", "created_at")
    search_fields = ("label", "first_key", "second_key")
    list_select_related = ("dismissed_by",)

    def get_readonly_fields(self, request, obj=None):
        # Curators dismiss on the suggestions page; an existing dismissal is a record.
        return ("dismissed_by", "created_at", "updated_at") if obj is None else FIELDS

    def save_model(self, request, obj, form, change):
        if not change:
            obj.dismissed_by = request.user
        super().save_model(request, obj, form, change)
