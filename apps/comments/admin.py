from django.contrib import admin

from apps.common.admin import SourcedAdmin

from .models import Comment


@admin.register(Comment)
class CommentAdmin(SourcedAdmin):
    list_display = ("position", "author", "kind", "document", "reply_to", "review_status")
    list_filter = ("kind", "review_status")
    search_fields = ("author", "body")
    autocomplete_fields = ("document", "reply_to")
