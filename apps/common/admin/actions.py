"""Bulk review actions: confirm, reject, back to unreviewed, release curator locks."""

from django.contrib import admin, messages

from apps.common.models import ReviewStatus
from apps.common.services import fields_unlock, review_set_status


def _review(model_admin, request, queryset, status: str) -> None:
    note = request.POST.get("note", "").strip()
    changed = review_set_status(queryset=queryset, status=status, user=request.user, note=note)
    label = ReviewStatus(status).label.lower()
    opts = queryset.model._meta
    noun = opts.verbose_name if changed == 1 else opts.verbose_name_plural
    model_admin.message_user(request, f"Marked {changed} {noun} as {label}.", messages.SUCCESS)


@admin.action(description="Confirm selected %(verbose_name_plural)s", permissions=["change"])
def confirm_selected(model_admin, request, queryset):
    _review(model_admin, request, queryset, ReviewStatus.CONFIRMED)


@admin.action(
    description="Reject selected %(verbose_name_plural)s (the loader will not revive them)",
    permissions=["change"],
)
def reject_selected(model_admin, request, queryset):
    _review(model_admin, request, queryset, ReviewStatus.REJECTED)


@admin.action(
    description="Set selected %(verbose_name_plural)s back to unreviewed", permissions=["change"]
)
def unreview_selected(model_admin, request, queryset):
    _review(model_admin, request, queryset, ReviewStatus.UNREVIEWED)


@admin.action(
    description="Unlock curator edits of selected %(verbose_name_plural)s (the loader may "
    "update them again)",
    permissions=["change"],
)
def unlock_selected(model_admin, request, queryset):
    changed = fields_unlock(queryset=queryset, user=request.user)
    model_admin.message_user(request, f"Unlocked {changed} rows.", messages.SUCCESS)


REVIEW_ACTIONS = [confirm_selected, reject_selected, unreview_selected, unlock_selected]
