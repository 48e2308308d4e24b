"""Query parameters and responses of the analysis endpoints."""

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema_field, extend_schema_serializer
from rest_framework import serializers

from apps.actors.models import Actor
from apps.actors.serializers import ActorBriefSerializer, ActorRelationSerializer
from apps.claims.serializers import ClaimSerializer
from apps.common.api.fields import RefField
from apps.common.api.serializers import ApiRelatedLinkField
from apps.documents.serializers import DocumentBriefSerializer
from apps.events.serializers import EventSerializer

from .network import EDGE_TYPES
from .timeline import INTERVALS

UNITS_HELP = "With true, the units below each actor in the hierarchy count as that actor."


@extend_schema_field({"type": "string", "minLength": 1})
class ActorParam(serializers.Field):
    """An actor given by id, slug, name or alias; unknown ones are a 400."""

    def to_internal_value(self, data):
        try:
            ids = RefField(model=Actor).clean([str(data)])
        except DjangoValidationError as error:
            raise serializers.ValidationError(error.messages) from None
        return Actor.objects.get(pk=ids[0])


@extend_schema_field({"type": "string", "minLength": 1, "x-differs-from": "a"})
class OtherActorParam(ActorParam):
    """The other side of a connection: an actor other than `a` (the same one is a 400)."""


class ListParam(serializers.MultipleChoiceField):
    """Several choices, repeated or comma-separated."""

    def get_value(self, dictionary):
        raw = dictionary.getlist(self.field_name) if hasattr(dictionary, "getlist") else []
        values = [part.strip(" ") for item in raw for part in item.split(",") if part.strip(" ")]
        return values or serializers.empty

    def to_internal_value(self, data):
        return sorted(super().to_internal_value(data))


class ConnectionQuerySerializer(serializers.Serializer):
    a = ActorParam(help_text="First actor, by id or slug (e.g. iran).")
    b = OtherActorParam(
        help_text="Second actor, by id or slug (e.g. al-qaeda-in-iraq); must differ from a."
    )
    include_subordinates = serializers.BooleanField(default=False, help_text=UNITS_HELP)

    def validate(self, attrs):
        if attrs["a"].pk == attrs["b"].pk:
            raise serializers.ValidationError({"b": ["Must differ from a."]})
        return attrs


class TimelineQuerySerializer(serializers.Serializer):
    interval = serializers.ChoiceField(
        choices=list(INTERVALS), default="month", help_text="Length of each period."
    )


class NetworkQuerySerializer(serializers.Serializer):
    actor = ActorParam(help_text="The actor at the center, by id or slug (e.g. qods-force).")
    include_subordinates = serializers.BooleanField(
        default=False, help_text="With true, the units below the actor are centers too."
    )
    depth = serializers.IntegerField(
        default=1, min_value=1, max_value=2, help_text="Steps out from the center (1 or 2)."
    )
    edge_type = ListParam(
        choices=EDGE_TYPES,
        default=list(EDGE_TYPES),
        help_text="Kinds of link to follow (default all). Repeat or separate with commas.",
    )


class ClaimantSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="Canonical name, or the claimant as written.")
    actor = ActorBriefSerializer(allow_null=True, help_text="The claimant, when a known actor.")
    total = serializers.IntegerField()
    by_stance = serializers.DictField(child=serializers.IntegerField())


class StanceGroupSerializer(serializers.Serializer):
    stance = serializers.CharField()
    count = serializers.IntegerField()
    claims = ClaimSerializer(many=True)


class ClaimSummarySerializer(serializers.Serializer):
    total = serializers.IntegerField(help_text="Claims between the two, in either direction.")
    by_stance = serializers.DictField(child=serializers.IntegerField())
    by_claimant = ClaimantSerializer(many=True, help_text="Who says so, and who denies it.")
    groups = StanceGroupSerializer(many=True, help_text="The claims, grouped by stance.")


class DocumentInvolvedSerializer(serializers.Serializer):
    document = DocumentBriefSerializer()
    claims = serializers.IntegerField()
    events = serializers.IntegerField()
    relations = serializers.IntegerField()


@extend_schema_serializer(many=False)
class ConnectionSerializer(serializers.Serializer):
    a = ActorBriefSerializer()
    b = ActorBriefSerializer()
    include_subordinates = serializers.BooleanField()
    a_units = ActorBriefSerializer(many=True, help_text="Actors counted as a.")
    b_units = ActorBriefSerializer(many=True, help_text="Actors counted as b.")
    claims = ClaimSummarySerializer(source="claim_summary")
    events = EventSerializer(many=True, help_text="Events in which both take part.")
    relations = ActorRelationSerializer(many=True, help_text="Stated relations between them.")
    documents = DocumentInvolvedSerializer(many=True, help_text="Documents the evidence cites.")


class BucketSerializer(serializers.Serializer):
    period = serializers.CharField(help_text="2007, 2007-05 or 2007-05-09.")
    start = serializers.DateField()
    end = serializers.DateField()
    count = serializers.IntegerField()
    by_type = serializers.DictField(child=serializers.IntegerField())
    imprecise = serializers.IntegerField(
        help_text="Events dated less precisely than the interval, placed at their range start."
    )


@extend_schema_serializer(many=False)
class TimelineSerializer(serializers.Serializer):
    interval = serializers.CharField()
    total = serializers.IntegerField(help_text="Events matching the filters.")
    undated = serializers.IntegerField(help_text="Matching events without a date.")
    buckets = BucketSerializer(many=True, help_text="Consecutive periods, empty ones included.")


class NodeSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="actor.id")
    name = serializers.CharField(source="actor.name")
    slug = serializers.CharField(source="actor.slug")
    kind = serializers.CharField(source="actor.kind")
    url = ApiRelatedLinkField(source="actor", view_name="actor-detail", read_only=True)
    depth = serializers.IntegerField(help_text="Steps from the center (0 = center).")
    is_center = serializers.BooleanField()


class EdgeSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="Unique key of the edge.")
    source = serializers.IntegerField(help_text="Actor id (the subject for directed links).")
    target = serializers.IntegerField(help_text="Actor id.")
    type = serializers.ChoiceField(choices=EDGE_TYPES)
    predicate = serializers.CharField(allow_null=True)
    weight = serializers.IntegerField(help_text="Number of relations, events or claims behind it.")
    stances = serializers.DictField(
        child=serializers.IntegerField(), allow_null=True, help_text="For claims: per stance."
    )
    evidence = serializers.ListField(
        source="evidence_ids",
        child=serializers.IntegerField(),
        help_text="Ids of the relations, events or claims behind the edge (by its type).",
    )


@extend_schema_serializer(many=False)
class NetworkSerializer(serializers.Serializer):
    directed = serializers.BooleanField(help_text="Always true: relations and claims point.")
    multigraph = serializers.BooleanField(help_text="Always true: two actors may share edges.")
    graph = serializers.DictField(help_text="The center actor's id and name, and the depth.")
    nodes = NodeSerializer(many=True)
    edges = EdgeSerializer(many=True)
