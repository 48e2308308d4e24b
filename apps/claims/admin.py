from django.contrib import admin

from apps.common.admin import SourcedAdmin

from .models import Claim


@admin.register(Claim)
class ClaimAdmin(SourcedAdmin):
    list_display = ("subject", "predicate", "object", "stance", "claimant_label", "claim_date")
    list_filter = ("stance", "predicate", "claim_date_precision")
    list_select_related = ("subject", "object", "claimant", "document")
    search_fields = (
        "quote",
        "claimant_text",
        "relayed_by",
        "subject__name",
        "object__name",
        "subject__aliases__name",
        "object__aliases__name",
    )
    autocomplete_fields = ("claimant", "subject", "object", "event", "document")
    date_hierarchy = "claim_date"

    @admin.display(description="claimant", ordering="claimant_text")
    def claimant_label(self, obj):
        return obj.claimant_text or (str(obj.claimant) if obj.claimant_id else "—")
