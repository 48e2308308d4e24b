"""Responses of the analysis endpoints."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field, extend_schema_serializer
from rest_framework import serializers

from apps.actors.serializers import ActorBriefSerializer, ActorRelationSerializer
from apps.claims.models import Stance
from apps.claims.serializers import ClaimSerializer
from apps.common.api.cursor import cursor_url
from apps.common.api.serializers import ApiRelatedLinkField, count_field
from apps.documents.serializers import DocumentBriefSerializer
from apps.events.serializers import EventBriefSerializer

from .evidence import EVIDENCE_LIMIT
from .network import EDGE_TYPES
from .summary import CLAIMANT_LIMIT

STANCE_COUNTS = "Count per stance (asserts, denies, disputes, uncertain)."


def stance_counts(help_text: str = STANCE_COUNTS) -> serializers.DictField:
    return serializers.DictField(child=serializers.IntegerField(), help_text=help_text)


@extend_schema_field(OpenApiTypes.URI)
class NextLinkField(serializers.Field):
    """The URL of the next page of a list (this query with its cursor), or null on the last."""

    def __init__(self, **kwargs):
        kwargs.setdefault("allow_null", True)
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return cursor_url(self.context["request"], value, "stance")


class ClaimantSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="Canonical name, or the claimant as written.")
    actor = ActorBriefSerializer(allow_null=True, help_text="The claimant, when a known actor.")
    total = serializers.IntegerField()
    by_stance = stance_counts()


class YearSerializer(serializers.Serializer):
    year = serializers.IntegerField(allow_null=True, help_text="Year of the claim; null: undated.")
    total = serializers.IntegerField()
    by_stance = stance_counts()


class ConnectionSummarySerializer(serializers.Serializer):
    claims = serializers.IntegerField(help_text="Claims between the two, in either direction.")
    by_stance = stance_counts()
    by_year = YearSerializer(many=True, help_text="Claims per year, oldest first, undated last.")
    claimants = serializers.IntegerField(help_text="How many different claimants there are.")
    by_claimant = ClaimantSerializer(
        many=True,
        help_text=f"Who says so, and who denies it: the {CLAIMANT_LIMIT} most prolific "
        "claimants, most claims first.",
    )
    events = serializers.IntegerField(help_text="Events in which both take part.")
    relations = serializers.IntegerField(help_text="Stated relations between them.")
    documents = serializers.IntegerField(help_text="Documents giving any of this evidence.")


class RankedClaimSerializer(ClaimSerializer):
    corroboration = count_field(
        "Documents stating the same proposition with the same stance (its own included)."
    )

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "corroboration"]


class StanceGroupSerializer(serializers.Serializer):
    stance = serializers.ChoiceField(choices=Stance.choices)
    count = serializers.IntegerField(help_text="Claims taking this stance, over all pages.")
    claims = RankedClaimSerializer(
        many=True,
        source="page.rows",
        help_text="This page, strongest evidence first: confirmed by a curator, then the "
        "most corroborated, then the most recent.",
    )
    next = NextLinkField(source="page.next", help_text="The next page of this group, or null.")


class SharedEventSerializer(EventBriefSerializer):
    report_count = count_field("Independent reports: distinct documents reporting it.")

    class Meta(EventBriefSerializer.Meta):
        fields = [*EventBriefSerializer.Meta.fields, "report_count"]


class EventPageSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Events in which both take part, over all pages.")
    results = SharedEventSerializer(
        many=True,
        source="page.rows",
        help_text="This page, the most reported events first (participants, weapons and "
        "reports: follow each event's url).",
    )
    next = NextLinkField(source="page.next", help_text="The next page of events, or null.")


class RelationPageSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Stated relations between them, over all pages.")
    results = ActorRelationSerializer(
        many=True, source="page.rows", help_text="This page, confirmed relations first."
    )
    next = NextLinkField(source="page.next", help_text="The next page of relations, or null.")


class DocumentCitedSerializer(serializers.Serializer):
    document = DocumentBriefSerializer()
    claims = serializers.IntegerField(help_text="Claims on this page quoted from it.")
    events = serializers.IntegerField(help_text="Shared events on this page it reports.")
    relations = serializers.IntegerField(help_text="Relations on this page stated in it.")


@extend_schema_serializer(many=False)
class ConnectionSerializer(serializers.Serializer):
    a = ActorBriefSerializer()
    b = ActorBriefSerializer()
    include_subordinates = serializers.BooleanField()
    a_units = ActorBriefSerializer(many=True, help_text="Actors counted as a.")
    b_units = ActorBriefSerializer(many=True, help_text="Actors counted as b.")
    summary = ConnectionSummarySerializer(
        help_text="The verdict: every claim, event and relation counted."
    )
    groups = StanceGroupSerializer(
        many=True,
        help_text="The claims by stance, one page each. With a cursor: only its group, if it "
        "continues one.",
    )
    events = EventPageSerializer(
        allow_null=True,
        help_text="Shared events, one page; null when a cursor continues another list.",
    )
    relations = RelationPageSerializer(
        allow_null=True,
        help_text="Stated relations, one page; null when a cursor continues another list.",
    )
    documents = DocumentCitedSerializer(
        many=True,
        help_text="The documents this page cites (claims, relations, event reports), oldest first.",
    )


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
        help_text=f"Ids of the relations, events or claims behind the edge (by its type): the "
        f"lowest {EVIDENCE_LIMIT}; weight counts them all.",
    )


class TruncatedSerializer(serializers.Serializer):
    nodes = serializers.BooleanField(help_text="Some actors within depth were left out (limit).")
    edges = serializers.BooleanField(help_text="Some links among the nodes were left out.")
    evidence = serializers.BooleanField(
        help_text=f"Some edge lists more than {EVIDENCE_LIMIT} evidence ids' worth of rows."
    )


@extend_schema_serializer(many=False)
class NetworkSerializer(serializers.Serializer):
    directed = serializers.BooleanField(help_text="Always true: relations and claims point.")
    multigraph = serializers.BooleanField(help_text="Always true: two actors may share edges.")
    graph = serializers.DictField(help_text="The center actor's id and name, and the depth.")
    limit = serializers.IntegerField(help_text="The node budget applied.")
    edge_limit = serializers.IntegerField(help_text="The edge budget applied.")
    truncated = TruncatedSerializer(help_text="What the budgets cut; all false: the whole graph.")
    nodes = NodeSerializer(many=True)
    edges = EdgeSerializer(many=True)
