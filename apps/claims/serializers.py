"""Claims as the API shows them."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from apps.actors.serializers import ActorBriefSerializer
from apps.common.api.serializers import (
    CURATED_FIELDS,
    SPAN_FIELDS,
    api_url,
    count_field,
    match_field,
)
from apps.documents.serializers import DocumentBriefSerializer
from apps.events.serializers import EventBriefSerializer

from .models import Claim, ObjectKind


class ClaimBriefSerializer(serializers.ModelSerializer):
    url = api_url("claim")
    claimant_name = serializers.SerializerMethodField(
        help_text="The claimant's canonical name, or as written when not a known actor."
    )
    document = DocumentBriefSerializer(read_only=True)

    class Meta:
        model = Claim
        fields = ["id", "url", "stance", "claimant_name", "claim_date", "document", "quote"]

    @extend_schema_field(serializers.CharField())
    def get_claimant_name(self, claim: Claim) -> str:
        return claim.claimant.name if claim.claimant_id else claim.claimant_text


class ClaimSerializer(serializers.ModelSerializer):
    url = api_url("claim")
    claimant = ActorBriefSerializer(
        read_only=True, allow_null=True, help_text="Who makes the claim, when a known actor."
    )
    subject = ActorBriefSerializer(read_only=True)
    object = ActorBriefSerializer(
        read_only=True, allow_null=True, help_text="The other party, when the object is an actor."
    )
    object_event = EventBriefSerializer(
        read_only=True, allow_null=True, help_text="The object, when it is an event."
    )
    object_kind = serializers.ChoiceField(
        choices=ObjectKind.choices,
        read_only=True,
        help_text="What the object is: an actor (object), an event (object_event) or a thing "
        "named in words (object_text).",
    )
    event = EventBriefSerializer(
        read_only=True, allow_null=True, help_text="The event the claim is about, if any."
    )
    document = DocumentBriefSerializer(read_only=True)
    counter_claim_count = count_field(
        "Claims of the same subject, predicate and object with another stance."
    )
    match = match_field()

    class Meta:
        model = Claim
        fields = [
            "id",
            "url",
            "claimant",
            "claimant_text",
            "relayed_by",
            "subject",
            "predicate",
            "object",
            "object_event",
            "object_text",
            "object_kind",
            "stance",
            "hedges",
            "claim_date",
            "claim_date_precision",
            "event",
            "document",
            *SPAN_FIELDS,
            "counter_claim_count",
            "rule",
            *CURATED_FIELDS,
            "match",
        ]


class ClaimDetailSerializer(ClaimSerializer):
    counter_claims = ClaimBriefSerializer(
        many=True,
        read_only=True,
        help_text="Claims of the same proposition with another stance: who denies what this "
        "one asserts, and the reverse.",
    )

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "counter_claims"]
