"""Inline bases: curated rows edited on their parent's page, sourced rows with their passage."""

from django import forms
from django.contrib import admin
from django.db import models

from .displays import render_passage
from .forms import SourcedForm


class CuratedInline(admin.TabularInline):
    """A compact table of curated rows; each row links to its own page (history, evidence)."""

    extra = 0
    show_change_link = True
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 30})},
    }


class SourcedInline(CuratedInline):
    """Sourced rows: pick the document, paste the quote; the passage shows once saved."""

    form = SourcedForm
    autocomplete_fields = ("document",)
    readonly_fields = ("passage",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("document")

    @admin.display(description="passage")
    def passage(self, obj):
        if obj.pk is None:
            return "—"
        return render_passage(obj, context=80, compact=True)


class ReadOnlyInline(admin.TabularInline):
    """Rows listed on a page for reference, edited on their own pages."""

    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False
