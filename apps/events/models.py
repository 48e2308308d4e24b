"""Events: what happened, when, where, to whom, with what, and every passage reporting it."""

from django.db import models
from django.db.models import F, Q

from apps.common.models import CuratedModel, DatePrecision, SourcedModel, choices_check


class EventType(models.TextChoices):
    RAID = "raid", "Raid"
    ARREST = "arrest", "Arrest or detention"
    CAPTURE = "capture", "Capture"
    KILLING = "killing", "Killing"
    ATTACK = "attack", "Attack"
    KIDNAPPING = "kidnapping", "Kidnapping"
    SEIZURE = "seizure", "Seizure of weapons or documents"
    RELEASE = "release", "Release"
    STATEMENT = "statement", "Statement"
    BRIEFING = "briefing", "Briefing"
    MEETING = "meeting", "Meeting"
    DEPLOYMENT = "deployment", "Deployment"
    TRAINING = "training", "Training"
    SUPPLY = "supply", "Supply or smuggling of weapons"
    OTHER = "other", "Other"


class ParticipantRole(models.TextChoices):
    PERPETRATOR = "perpetrator", "Perpetrator"
    TARGET = "target", "Target"
    AGENT = "agent", "Agent"
    SPEAKER = "speaker", "Speaker"
    OTHER = "other", "Other"


class Event(CuratedModel):
    """Something that happened once; the same event told by several documents is one row."""

    event_type = models.CharField(max_length=16, choices=EventType.choices)
    summary = models.TextField(help_text="One-sentence summary of what happened.")
    date_start = models.DateField(
        null=True, blank=True, help_text="First day the event may have happened on."
    )
    date_end = models.DateField(
        null=True, blank=True, help_text="Last day the event may have happened on."
    )
    date_precision = models.CharField(
        max_length=8,
        choices=DatePrecision.choices,
        blank=True,
        default="",
        help_text="How precisely the sources date the event (day, month or year).",
    )
    date_text = models.CharField(
        max_length=255, blank=True, help_text="The date as written ('at the end of December')."
    )
    place = models.ForeignKey(
        "places.Place", null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    killed = models.PositiveIntegerField(null=True, blank=True, help_text="Null: not stated.")
    wounded = models.PositiveIntegerField(null=True, blank=True, help_text="Null: not stated.")
    captured = models.PositiveIntegerField(null=True, blank=True, help_text="Null: not stated.")
    detained = models.PositiveIntegerField(null=True, blank=True, help_text="Null: not stated.")

    class Meta:
        ordering = ["date_start", "id"]
        constraints = CuratedModel.Meta.constraints + [
            choices_check("event_type", EventType),
            models.CheckConstraint(
                condition=Q(date_precision__in=["", *DatePrecision.values]),
                name="events_event_date_precision_valid",
            ),
            models.CheckConstraint(
                condition=Q(date_start__isnull=True)
                | Q(date_end__isnull=True)
                | Q(date_end__gte=F("date_start")),
                name="events_event_dates_ordered",
            ),
            models.CheckConstraint(
                condition=Q(date_start__isnull=True) | ~Q(date_precision=""),
                name="events_event_date_has_precision",
            ),
            *[
                models.CheckConstraint(
                    condition=Q(**{f"{count}__isnull": True}) | Q(**{f"{count}__gte": 0}),
                    name=f"events_event_{count}_non_negative",
                )
                for count in ("killed", "wounded", "captured", "detained")
            ],
        ]
        indexes = CuratedModel.Meta.indexes + [
            models.Index(fields=["event_type"], name="events_type"),
            models.Index(fields=["date_start", "date_end"], name="events_dates"),
            # The list's default order with visibility: deep pages read only this index.
            models.Index(
                fields=["date_start", "id"],
                include=["review_status", "is_stale"],
                name="events_list_order",
            ),
        ]

    def __str__(self) -> str:
        when = self.date_start.isoformat() if self.date_start else "undated"
        return f"{self.get_event_type_display()} ({when}): {self.summary[:80]}"


class EventParticipant(SourcedModel):
    """An actor's part in an event, with the passage that names it."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants")
    actor = models.ForeignKey(
        "actors.Actor", on_delete=models.CASCADE, related_name="participations"
    )
    role = models.CharField(max_length=16, choices=ParticipantRole.choices)

    class Meta:
        ordering = ["event_id", "role", "actor_id", "id"]
        constraints = SourcedModel.Meta.constraints + [
            choices_check("role", ParticipantRole),
            models.UniqueConstraint(
                fields=["event", "actor", "role"],
                name="events_eventparticipant_unique_event_actor_role",
            ),
        ]
        indexes = SourcedModel.Meta.indexes + [
            # An actor's events in order, visibility included: shared events and the network's
            # evidence read it alone (an index-only scan).
            models.Index(
                fields=["actor", "event"],
                include=["review_status", "is_stale"],
                name="events_participant_actor_event",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.actor} ({self.role})"


class EventWeapon(SourcedModel):
    """A weapon used, seized or supplied in an event, with the passage that names it."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="weapons")
    weapon = models.ForeignKey(
        "weapons.Weapon", on_delete=models.CASCADE, related_name="event_uses"
    )

    class Meta:
        ordering = ["event_id", "weapon_id", "id"]
        constraints = SourcedModel.Meta.constraints + [
            models.UniqueConstraint(
                fields=["event", "weapon"], name="events_eventweapon_unique_event_weapon"
            ),
        ]
        indexes = SourcedModel.Meta.indexes

    def __str__(self) -> str:
        return str(self.weapon)


class EventReport(SourcedModel):
    """A passage of one document that reports an event: the event's provenance."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="reports")

    class Meta:
        ordering = ["event_id", "document_id", "span_start", "id"]
        constraints = SourcedModel.Meta.constraints + [
            models.UniqueConstraint(
                fields=["event", "document", "span_start", "span_end"],
                name="events_eventreport_unique_event_document_span",
            ),
        ]
        indexes = SourcedModel.Meta.indexes

    def __str__(self) -> str:
        return f"Report of event {self.event_id} in document {self.document_id}"
