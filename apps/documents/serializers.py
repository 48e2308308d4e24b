"""Documents as the API shows them."""

from rest_framework import serializers

from apps.common.api.serializers import CURATED_FIELDS, api_url, count_field, match_field

from .models import Document


class WebUrlField(serializers.URLField):
    """Where the document was published, or null when its source names no address."""

    def to_representation(self, value):
        return value or None


class DocumentBriefSerializer(serializers.ModelSerializer):
    url = api_url("document")

    class Meta:
        model = Document
        fields = ["id", "title", "publisher", "published_on", "url"]


class DocumentSerializer(serializers.ModelSerializer):
    url = api_url("document")
    web_url = WebUrlField(
        source="url",
        read_only=True,
        allow_null=True,
        help_text="Where the document was published; null when the source names no address.",
    )
    parent = DocumentBriefSerializer(
        read_only=True, allow_null=True, help_text="The dossier this row belongs to."
    )
    comment_count = count_field("Reader comments on the document.")
    row_count = count_field("Rows of this dossier.")
    claim_count = count_field("Claims quoted from the document.")
    event_count = count_field("Events the document reports.")
    match = match_field()

    class Meta:
        model = Document
        fields = [
            "id",
            "url",
            "title",
            "kind",
            "author",
            "publisher",
            "web_url",
            "published_on",
            "published_precision",
            "published_text",
            "parent",
            "position",
            "source_file",
            "sha256",
            "comment_count",
            "row_count",
            "claim_count",
            "event_count",
            *CURATED_FIELDS,
            "match",
        ]


class DocumentDetailSerializer(DocumentSerializer):
    rows = DocumentBriefSerializer(
        many=True,
        read_only=True,
        source="visible_rows",
        help_text="The dossier's rows, in table order.",
    )

    class Meta(DocumentSerializer.Meta):
        fields = [
            *DocumentSerializer.Meta.fields,
            "byline",
            "encoding",
            "repairs",
            "body",
            "text",
            "rows",
        ]
