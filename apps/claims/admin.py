from django.contrib import admin

from apps.common.admin import SourcedAdmin
from apps.common.adminsite import CurationPage

from .models import Claim, ClaimantLink
from .services import claimant_link


class ClaimantLinkedFilter(admin.SimpleListFilter):
    """Claims whose claimant is a known actor, or only a text (to link on the claimants page)."""

    title = "linked claimant"
    parameter_name = "claimant_linked"

    def lookups(self, request, model_admin):
        return [("no", "No linked claimant"), ("yes", "Linked to an actor")]

    def queryset(self, request, queryset):
        if self.value() in ("no", "yes"):
            return queryset.filter(claimant__isnull=self.value() == "no")
        return queryset


@admin.register(Claim)
class ClaimAdmin(SourcedAdmin):
    list_display = (
        "quote_marked",
        "subject",
        "predicate",
        "object_label",
        "stance",
        "claimant_label",
        "source_document",
        "claim_date",
    )
    list_display_links = ("quote_marked",)
    list_filter = ("stance", "predicate", ClaimantLinkedFilter, "claim_date_precision")
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
    autocomplete_fields = (
        "claimant",
        "relayer",
        "subject",
        "object",
        "object_event",
        "event",
        "document",
    )
    date_hierarchy = "claim_date"
    marked_fields = {"actor": ("subject", "object", "claimant")}
    review_fields = (
        "claimant_label",
        "subject",
        "predicate",
        "object_label",
        "stance",
        "hedges",
        "relayed_by",
        "relayer",
        "claim_date",
        "event",
        "document",
    )

    def marked_texts(self, row):
        return [row.claimant_text]

    @admin.display(description="object")
    def object_label(self, obj):
        return obj.object_label

    @admin.display(description="claimant", ordering="claimant_text")
    def claimant_label(self, obj):
        if obj.claimant_id and obj.claimant_text:
            return f"{obj.claimant_text} → {obj.claimant}"
        return obj.claimant_text or (str(obj.claimant) if obj.claimant_id else "—")


@admin.register(ClaimantLink)
class ClaimantLinkAdmin(admin.ModelAdmin):
    """Curators' links of claimant and relay texts; saving one links the claims with its text."""

    list_display = ("text", "role", "actor", "linked_by", "created_at")
    list_filter = ("role",)
    list_select_related = ("actor", "linked_by")
    search_fields = ("text", "normalized", "actor__name")
    autocomplete_fields = ("actor",)
    fields = ("role", "text", "actor", "normalized", "linked_by", "created_at", "updated_at")
    readonly_fields = ("normalized", "linked_by", "created_at", "updated_at")

    def get_readonly_fields(self, request, obj=None):
        # A link is found again by its text: another text is another link.
        fields = super().get_readonly_fields(request, obj)
        return fields if obj is None else ("role", "text", *fields)

    def save_model(self, request, obj, form, change):
        link, count = claimant_link(
            role=obj.role, text=obj.text, actor=obj.actor, user=request.user
        )
        obj.pk, obj.normalized = link.pk, link.normalized
        self.message_user(request, f"{count} claims linked to “{obj.actor}”.")


admin.site.register_page(
    CurationPage(
        slug="claimants",
        title="Link claimants to actors",
        description="Claimant and relay texts that name no actor yet, with counts and a likely "
        "actor: link one text, every claim with it follows, on later loads too.",
        view="apps.claims.claimants.claimants_view",
    )
)
