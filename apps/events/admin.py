from collections import defaultdict

from django.contrib import admin
from django.db.models import Count

from apps.common.admin import (
    REVIEW_ACTIONS,
    CuratedAdmin,
    EvidenceColumns,
    LinkedRowsMixin,
    MergeMixin,
    SourcedAdmin,
    SourcedInline,
    render_passages,
)
from apps.common.services import event_merge

from .models import Event, EventParticipant, EventReport, EventWeapon
from .selectors import event_duplicates


class ReportInline(SourcedInline):
    model = EventReport
    fields = ("document", "quote", "occurrence", "review_status", "passage")
    classes = ["collapse"]


class ParticipantInline(SourcedInline):
    model = EventParticipant
    fields = ("actor", "role", "document", "quote", "occurrence", "review_status", "passage")
    autocomplete_fields = ("actor", "document")
    classes = ["collapse"]


class EventWeaponInline(SourcedInline):
    model = EventWeapon
    fields = ("weapon", "document", "quote", "occurrence", "review_status", "passage")
    autocomplete_fields = ("weapon", "document")
    classes = ["collapse"]


@admin.register(Event)
class EventAdmin(EvidenceColumns, MergeMixin, LinkedRowsMixin, CuratedAdmin):
    list_display = (
        "title",
        "quote_marked",
        "event_type",
        "date_start",
        "date_precision",
        "place",
        "source_document",
        "sources",
    )
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
    rule_path = "reports__rule"
    evidence_fields = ("evidence", "linked")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(source_count=Count("reports__document", distinct=True))
        )

    def find_duplicates(self):
        return event_duplicates()

    def quoted_rows(self, rows):
        # An event shows its first report (by document date, then place in the text).
        reports = (
            EventReport.objects.filter(event__in=rows)
            .select_related("document")
            .defer("document__text", "document__raw_text", "document__body")
            .order_by("event_id", "document__published_on", "document_id", "span_start")
        )
        first = {}
        for report in reports:
            first.setdefault(report.event_id, report)
        actors = defaultdict(list)
        participants = EventParticipant.objects.filter(event__in=rows)
        for event_id, actor_id in participants.values_list("event_id", "actor_id"):
            actors[event_id].append(actor_id)
        for row in rows:
            row.participant_ids = actors[row.pk]
        return first

    def marked_entities(self, row):
        actors = [("actor", pk) for pk in getattr(row, "participant_ids", [])]
        return actors + ([("place", row.place_id)] if row.place_id else [])

    @admin.display(description="event", ordering="summary")
    def title(self, obj):
        return obj.summary if len(obj.summary) <= 90 else obj.summary[:90].rsplit(" ", 1)[0] + "…"

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
    list_display = ("actor", "role", "quote_marked", "event", "source_document")
    marked_fields = {"actor": ("actor",)}
    list_filter = ("role", "actor__kind")
    list_select_related = ("event", "actor", "document")
    search_fields = ("actor__name", "actor__aliases__name", "event__summary", "quote")
    autocomplete_fields = ("event", "actor", "document")


@admin.register(EventWeapon)
class EventWeaponAdmin(SourcedAdmin):
    list_display = ("weapon", "quote_marked", "event", "source_document")
    marked_fields = {"weapon": ("weapon",)}
    list_select_related = ("event", "weapon", "document")
    search_fields = ("weapon__name", "weapon__aliases__name", "event__summary", "quote")
    autocomplete_fields = ("event", "weapon", "document")


@admin.register(EventReport)
class EventReportAdmin(SourcedAdmin):
    list_display = ("quote_marked", "event", "source_document", "span_start")
    list_select_related = ("event", "document")
    list_filter = ("event__event_type",)
    search_fields = ("quote", "event__summary")
    autocomplete_fields = ("event", "document")
