from django.contrib import admin
from django.db.models import Count

from apps.common.admin import (
    REVIEW_ACTIONS,
    CuratedAdmin,
    LinkedRowsMixin,
    MergeMixin,
    SourcedAdmin,
    SourcedInline,
    render_passages,
)
from apps.common.services import event_merge

from .models import Event, EventParticipant, EventReport, EventWeapon


class ReportInline(SourcedInline):
    model = EventReport
    fields = ("document", "quote", "occurrence", "review_status", "passage")


class ParticipantInline(SourcedInline):
    model = EventParticipant
    fields = ("actor", "role", "document", "quote", "occurrence", "review_status", "passage")
    autocomplete_fields = ("actor", "document")


class EventWeaponInline(SourcedInline):
    model = EventWeapon
    fields = ("weapon", "document", "quote", "occurrence", "review_status", "passage")
    autocomplete_fields = ("weapon", "document")


@admin.register(Event)
class EventAdmin(MergeMixin, LinkedRowsMixin, CuratedAdmin):
    list_display = ("summary", "event_type", "date_start", "date_precision", "place", "sources")
    list_filter = ("event_type", "date_precision")
    list_select_related = ("place",)
    search_fields = (
        "summary",
        "date_text",
        "place__name",
        "participants__actor__name",
        "reports__quote",
    )
    autocomplete_fields = ("place",)
    date_hierarchy = "date_start"
    inlines = (ReportInline, ParticipantInline, EventWeaponInline)
    actions = [*REVIEW_ACTIONS, "merge_selected"]
    merge_service = staticmethod(event_merge)
    document_path = "reports__document"
    evidence_fields = ("evidence", "linked")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(source_count=Count("reports__document", distinct=True))
        )

    @admin.display(description="sources", ordering="source_count")
    def sources(self, obj):
        return obj.source_count

    @admin.display(description="Source passages (reports)")
    def evidence(self, obj):
        reports = obj.reports.select_related("document__parent").order_by(
            "document__published_on", "document_id", "span_start"
        )
        return render_passages(reports)


@admin.register(EventParticipant)
class EventParticipantAdmin(SourcedAdmin):
    list_display = ("event", "actor", "role", "document")
    list_filter = ("role",)
    list_select_related = ("event", "actor", "document")
    search_fields = ("actor__name", "actor__aliases__name", "event__summary", "quote")
    autocomplete_fields = ("event", "actor", "document")


@admin.register(EventWeapon)
class EventWeaponAdmin(SourcedAdmin):
    list_display = ("event", "weapon", "document")
    list_select_related = ("event", "weapon", "document")
    search_fields = ("weapon__name", "weapon__aliases__name", "event__summary", "quote")
    autocomplete_fields = ("event", "weapon", "document")


@admin.register(EventReport)
class EventReportAdmin(SourcedAdmin):
    list_display = ("event", "document", "span_start", "quote_excerpt")
    list_select_related = ("event", "document")
    search_fields = ("quote", "event__summary")
    autocomplete_fields = ("event", "document")

    @admin.display(description="quote")
    def quote_excerpt(self, obj):
        return obj.quote[:120]
