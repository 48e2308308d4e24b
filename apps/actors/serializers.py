"""Actors as the API shows them."""

from rest_framework import serializers

from apps.common.api.serializers import (
    CURATED_FIELDS,
    SPAN_FIELDS,
    api_url,
    count_field,
    match_field,
)
from apps.documents.serializers import DocumentBriefSerializer
from apps.places.serializers import PlaceBriefSerializer

from .models import Actor, ActorAlias, ActorRelation


class ActorBriefSerializer(serializers.ModelSerializer):
    url = api_url("actor")

    class Meta:
        model = Actor
        fields = ["id", "name", "slug", "url"]


class ActorAliasSerializer(serializers.ModelSerializer):
    class Meta:
        model = ActorAlias
        fields = ["name", "kind"]


class ActorRelationSerializer(serializers.ModelSerializer):
    subject = ActorBriefSerializer(read_only=True)
    object = ActorBriefSerializer(read_only=True)
    document = DocumentBriefSerializer(read_only=True)

    class Meta:
        model = ActorRelation
        fields = ["id", "subject", "predicate", "object", "document", *SPAN_FIELDS, "rule"]


class ActorSerializer(serializers.ModelSerializer):
    url = api_url("actor")
    parent = ActorBriefSerializer(
        read_only=True, allow_null=True, help_text="The body this actor is part of."
    )
    country = PlaceBriefSerializer(read_only=True, allow_null=True, help_text="Its country.")
    aliases = ActorAliasSerializer(many=True, read_only=True, source="visible_aliases")
    mention_count = count_field("Passages naming the actor.")
    event_count = count_field("Events the actor takes part in.")
    claim_count = count_field("Claims about the actor (as subject or object).")
    match = match_field()

    class Meta:
        model = Actor
        fields = [
            "id",
            "url",
            "name",
            "slug",
            "kind",
            "title",
            "description",
            "parent",
            "country",
            "aliases",
            "origin",
            "rule",
            "mention_count",
            "event_count",
            "claim_count",
            *CURATED_FIELDS,
            "match",
        ]


class ActorDetailSerializer(ActorSerializer):
    children = ActorBriefSerializer(
        many=True, read_only=True, source="visible_children", help_text="Units directly below."
    )
    relations = ActorRelationSerializer(
        many=True, read_only=True, help_text="Stated relations, in either direction, quoted."
    )

    class Meta(ActorSerializer.Meta):
        fields = [*ActorSerializer.Meta.fields, "children", "relations"]
