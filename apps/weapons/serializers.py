"""Weapon types as the API shows them."""

from rest_framework import serializers

from apps.common.api.serializers import CURATED_FIELDS, api_url, count_field, match_field

from .models import Weapon, WeaponAlias


class WeaponBriefSerializer(serializers.ModelSerializer):
    url = api_url("weapon")

    class Meta:
        model = Weapon
        fields = ["id", "name", "slug", "url"]


class WeaponAliasSerializer(serializers.ModelSerializer):
    class Meta:
        model = WeaponAlias
        fields = ["name", "kind"]


class WeaponSerializer(serializers.ModelSerializer):
    url = api_url("weapon")
    aliases = WeaponAliasSerializer(many=True, read_only=True, source="visible_aliases")
    event_count = count_field("Events the weapon type appears in.")
    mention_count = count_field("Passages naming the weapon type.")
    match = match_field()

    class Meta:
        model = Weapon
        fields = [
            "id",
            "url",
            "name",
            "slug",
            "category",
            "description",
            "aliases",
            "origin",
            "event_count",
            "mention_count",
            *CURATED_FIELDS,
            "match",
        ]
