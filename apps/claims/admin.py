from django.contrib import admin

from apps.common.admin import SourcedAdmin

from .models import Claim


@admin.register(Claim)
class ClaimAdmin(SourcedAdmin):
    list_display = (
        "subject",
        "predicate",
        "object_label",
        "stance",
        "claimant_label",
        "claim_date",
    )
    list_filter = ("stance", "predicate", "claim_date_precision")
    list_select_related = ("subject", "object", "object_event", "claimant", "document")
    search_fields = (
        "quote",
        "claimant_text",
        "relayed_by",
        "subject__name",
        "object__name",
        "subject__aliases__name",
        "object__aliases__name",
    )
    autocomplete_fields = ("claimant", "subject", "object", "object_event", "event", "document")
    date_hierarchy = "claim_date"

    @admin.display(description="object")
    def object_label(self, obj):
        return obj.object_label

    @admin.display(description="claimant", ordering="claimant_text")
    def claimant_label(self, obj):
        return obj.claimant_text or (str(obj.claimant) if obj.claimant_id else "—")
