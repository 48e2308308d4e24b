"""Query parameters of /api/v1/events/ (and of the timeline, which counts the same events)."""

from django.contrib.postgres.search import SearchVector
from django.db import models
from django.db.models import Count, Q

from apps.actors.models import Actor
from apps.common.api.filters import (
    ALWAYS,
    ID_OR_SLUG,
    OPTIONAL,
    SEVERAL,
    ChoicesFilter,
    EvidenceFilterSet,
    IntegerFilter,
    RefFilter,
    include_subordinates_filter,
    rule_filter,
    search_filter,
)
from apps.common.lookups import DATE_LOOKUPS, NUMBER_LOOKUPS
from apps.common.models import DatePrecision
from apps.common.search import SEARCH_CONFIG, search_query
from apps.common.selectors import visible
from apps.documents.models import Document
from apps.places.models import Place
from apps.weapons.models import Weapon

from .models import Event, EventParticipant, EventReport, EventType, ParticipantRole


class EventFilterSet(EvidenceFilterSet):
    event_type = ChoicesFilter(choices=EventType.choices, help_text="Type of event." + SEVERAL)
    date_precision = ChoicesFilter(
        choices=DatePrecision.choices, help_text="How precisely the event is dated." + SEVERAL
    )
    place = RefFilter(
        "place",
        model=Place,
        subtree=ALWAYS,
        help_text="Where it happened, including every place inside (Iraq finds Sadr City)."
        + ID_OR_SLUG
        + SEVERAL,
    )
    actor = RefFilter(
        model=Actor,
        subtree=OPTIONAL,
        method="filter_actor",
        help_text="An actor taking part (in the given role, if role is set)."
        + ID_OR_SLUG
        + SEVERAL,
    )
    role = ChoicesFilter(
        choices=ParticipantRole.choices,
        method="filter_role",
        help_text="With actor: the actor's role. Alone: events with a participant in this role."
        + SEVERAL,
    )
    include_subordinates = include_subordinates_filter()
    weapon = RefFilter(
        "weapons__weapon", model=Weapon, help_text="A weapon type involved." + ID_OR_SLUG + SEVERAL
    )
    document = RefFilter(
        "reports__document",
        model=Document,
        by_slug=False,
        subtree=ALWAYS,
        help_text="Id of a document reporting the event (a dossier includes its rows)." + SEVERAL,
    )
    min_reports = IntegerFilter(
        method="filter_min_reports",
        help_text="At least this many independent reports (distinct documents).",
    )
    rule = rule_filter("a passage reporting the event", "reports__rule")
    q = search_filter("the summary, the date as written and the reporting passages")

    class Meta:
        model = Event
        fields = {
            "date_start": DATE_LOOKUPS,
            "date_end": DATE_LOOKUPS,
            "killed": NUMBER_LOOKUPS,
            "wounded": NUMBER_LOOKUPS,
            "captured": NUMBER_LOOKUPS,
            "detained": NUMBER_LOOKUPS,
        }
        filter_overrides = {models.PositiveIntegerField: {"filter_class": IntegerFilter}}

    def filter_min_reports(self, queryset, name, value):
        if value < 1:
            return queryset
        # One grouped pass over the reports, not a count per candidate event.
        reported = (
            visible(EventReport.objects.order_by())
            .values("event_id")
            .annotate(n=Count("document_id", distinct=True))
            .filter(n__gte=value)
            .values("event_id")
        )
        return queryset.filter(pk__in=reported)

    def filter_actor(self, queryset, name, value):
        participants = visible(EventParticipant.objects.all()).filter(
            actor_id__in=self.filters["actor"].target_ids(value)
        )
        roles = self.form.cleaned_data.get("role")
        if roles:
            participants = participants.filter(role__in=roles)
        return queryset.filter(pk__in=participants.values("event_id"))

    def filter_role(self, queryset, name, value):
        if self.form.cleaned_data.get("actor"):
            return queryset  # filter_actor applies the roles to the given actors
        participants = visible(EventParticipant.objects.filter(role__in=value))
        return queryset.filter(pk__in=participants.values("event_id"))

    def search(self, queryset, name, value):
        query = search_query(value)
        own = Event.objects.annotate(
            text=SearchVector("summary", "date_text", config=SEARCH_CONFIG)
        ).filter(text=query)
        reports = EventReport.objects.annotate(
            text=SearchVector("quote", config=SEARCH_CONFIG)
        ).filter(text=query)
        return queryset.filter(Q(pk__in=own.values("pk")) | Q(pk__in=reports.values("event_id")))
