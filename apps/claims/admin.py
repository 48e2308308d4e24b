from django.contrib import admin

from apps.common.admin import SourcedAdmin

from .models import Claim


@admin.register(Claim)
class ClaimAdmin(SourcedAdmin):
    list_display = ("subject", "predicate", "object", "stance", "claimant_text", "claim_date")
    list_filter = ("stance", "predicate", "review_status")
    search_fields = ("quote", "claimant_text", "subject__name", "object__name")
    autocomplete_fields = ("claimant", "subject", "object", "event", "document")
    date_hierarchy = "claim_date"
