"""Places as the API shows them."""

from rest_framework import serializers

from apps.common.api.serializers import CURATED_FIELDS, api_url, count_field, match_field

from .models import Place, PlaceAlias


class PlaceBriefSerializer(serializers.ModelSerializer):
    url = api_url("place")

    class Meta:
        model = Place
        fields = ["id", "name", "slug", "url"]


class PlaceAliasSerializer(serializers.ModelSerializer):
    class Meta:
        model = PlaceAlias
        fields = ["name", "kind"]


class PlaceSerializer(serializers.ModelSerializer):
    url = api_url("place")
    parent = PlaceBriefSerializer(
        read_only=True, allow_null=True, help_text="The place this one lies in."
    )
    aliases = PlaceAliasSerializer(many=True, read_only=True, source="visible_aliases")
    event_count = count_field("Events located here (not counting places inside).")
    mention_count = count_field("Passages naming the place.")
    match = match_field()

    class Meta:
        model = Place
        fields = [
            "id",
            "url",
            "name",
            "slug",
            "kind",
            "parent",
            "latitude",
            "longitude",
            "description",
            "aliases",
            "origin",
            "event_count",
            "mention_count",
            *CURATED_FIELDS,
            "match",
        ]


class PlaceDetailSerializer(PlaceSerializer):
    children = PlaceBriefSerializer(
        many=True, read_only=True, source="visible_children", help_text="Places directly inside."
    )

    class Meta(PlaceSerializer.Meta):
        fields = [*PlaceSerializer.Meta.fields, "children"]
