from django.contrib import admin

from apps.common.admin import CuratedAdmin, SourcedAdmin

from .models import Event, EventParticipant, EventReport, EventWeapon


@admin.register(Event)
class EventAdmin(CuratedAdmin):
    list_display = (
        "summary",
        "event_type",
        "date_start",
        "date_precision",
        "place",
        "review_status",
    )
    list_filter = ("event_type", "date_precision", "review_status")
    search_fields = ("summary", "date_text", "place__name")
    autocomplete_fields = ("place",)
    date_hierarchy = "date_start"


@admin.register(EventParticipant)
class EventParticipantAdmin(SourcedAdmin):
    list_display = ("event", "actor", "role", "review_status")
    list_filter = ("role", "review_status")
    search_fields = ("actor__name", "event__summary")
    autocomplete_fields = ("event", "actor", "document")


@admin.register(EventWeapon)
class EventWeaponAdmin(SourcedAdmin):
    list_display = ("event", "weapon", "review_status")
    search_fields = ("weapon__name", "event__summary")
    autocomplete_fields = ("event", "weapon", "document")


@admin.register(EventReport)
class EventReportAdmin(SourcedAdmin):
    list_display = ("event", "document", "span_start", "review_status")
    search_fields = ("quote", "event__summary")
    autocomplete_fields = ("event", "document")
