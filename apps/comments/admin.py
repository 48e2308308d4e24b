from django.contrib import admin

from apps.common.admin import LinkedRowsMixin, SourcedAdmin

from .models import Comment


@admin.register(Comment)
class CommentAdmin(LinkedRowsMixin, SourcedAdmin):
    list_display = ("position", "author", "kind", "posted_text", "document", "reply_to")
    list_filter = ("kind", "posted_precision")
    list_select_related = ("document", "reply_to")
    search_fields = ("author", "body", "addressed_to")
    autocomplete_fields = ("document", "reply_to")
    evidence_fields = ("source_passage", "linked")

    def get_readonly_fields(self, request, obj=None):
        # A loaded comment's place in its document is the loader's finding, not retyped here.
        fields = super().get_readonly_fields(request, obj)
        return fields if obj is None else [*fields, "document", "quote"]
