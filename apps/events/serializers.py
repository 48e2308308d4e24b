"""Events as the API shows them."""

from rest_framework import serializers

from apps.actors.serializers import ActorBriefSerializer
from apps.common.api.serializers import CURATED_FIELDS, SPAN_FIELDS, api_url, count_field
from apps.documents.serializers import DocumentBriefSerializer
from apps.places.serializers import PlaceBriefSerializer
from apps.weapons.serializers import WeaponBriefSerializer

from .models import Event, EventParticipant, EventReport, EventWeapon

PROVENANCE = ["document", *SPAN_FIELDS]


class EventBriefSerializer(serializers.ModelSerializer):
    url = api_url("event")

    class Meta:
        model = Event
        fields = ["id", "event_type", "date_start", "summary", "url"]


class EventParticipantBriefSerializer(serializers.ModelSerializer):
    actor = ActorBriefSerializer(read_only=True)

    class Meta:
        model = EventParticipant
        fields = ["actor", "role"]


class EventWeaponBriefSerializer(serializers.ModelSerializer):
    weapon = WeaponBriefSerializer(read_only=True)

    class Meta:
        model = EventWeapon
        fields = ["weapon"]


class EventParticipantSerializer(EventParticipantBriefSerializer):
    document = DocumentBriefSerializer(read_only=True)

    class Meta(EventParticipantBriefSerializer.Meta):
        fields = ["actor", "role", *PROVENANCE, "rule"]


class EventWeaponSerializer(EventWeaponBriefSerializer):
    document = DocumentBriefSerializer(read_only=True)

    class Meta(EventWeaponBriefSerializer.Meta):
        fields = ["weapon", *PROVENANCE, "rule"]


class EventReportSerializer(serializers.ModelSerializer):
    document = DocumentBriefSerializer(read_only=True)

    class Meta:
        model = EventReport
        fields = ["id", *PROVENANCE, "rule"]


class EventSerializer(serializers.ModelSerializer):
    url = api_url("event")
    place = PlaceBriefSerializer(read_only=True, allow_null=True, help_text="Where it happened.")
    participants = EventParticipantBriefSerializer(
        many=True, read_only=True, source="visible_participants"
    )
    weapons = EventWeaponBriefSerializer(many=True, read_only=True, source="visible_weapons")
    report_count = count_field(
        "Independent reports: distinct documents (a dossier row counts as its own) reporting it."
    )
    claim_count = count_field("Claims about the event (see /api/v1/claims/?event=<id>).")

    class Meta:
        model = Event
        fields = [
            "id",
            "url",
            "event_type",
            "summary",
            "date_start",
            "date_end",
            "date_precision",
            "date_text",
            "place",
            "killed",
            "wounded",
            "captured",
            "detained",
            "participants",
            "weapons",
            "report_count",
            "claim_count",
            *CURATED_FIELDS,
        ]


class EventDetailSerializer(EventSerializer):
    participants = EventParticipantSerializer(
        many=True,
        read_only=True,
        source="visible_participants",
        help_text="Actors and their roles, each with the passage.",
    )
    weapons = EventWeaponSerializer(many=True, read_only=True, source="visible_weapons")
    reports = EventReportSerializer(
        many=True,
        read_only=True,
        source="visible_reports",
        help_text="Every passage reporting the event.",
    )

    class Meta(EventSerializer.Meta):
        fields = [*EventSerializer.Meta.fields, "reports"]
