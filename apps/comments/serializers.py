"""Reader comments as the API shows them."""

from rest_framework import serializers

from apps.common.api.serializers import CURATED_FIELDS, api_url, count_field, match_field
from apps.documents.serializers import DocumentBriefSerializer

from .models import Comment


class CommentBriefSerializer(serializers.ModelSerializer):
    url = api_url("comment")

    class Meta:
        model = Comment
        fields = ["id", "position", "author", "url"]


class CommentSerializer(serializers.ModelSerializer):
    url = api_url("comment")
    document = DocumentBriefSerializer(read_only=True)
    reply_to = CommentBriefSerializer(
        read_only=True, allow_null=True, help_text="The comment this one answers."
    )
    reply_count = count_field("Comments answering this one.")
    match = match_field()

    class Meta:
        model = Comment
        fields = [
            "id",
            "url",
            "document",
            "position",
            "kind",
            "author",
            "title",
            "body",
            "posted_at",
            "posted_precision",
            "posted_text",
            "reply_to",
            "addressed_to",
            "reply_cue",
            "reply_count",
            "span_start",
            "span_end",
            *CURATED_FIELDS,
            "match",
        ]


class CommentDetailSerializer(CommentSerializer):
    replies = CommentBriefSerializer(
        many=True, read_only=True, source="visible_replies", help_text="Comments answering it."
    )

    class Meta(CommentSerializer.Meta):
        fields = [*CommentSerializer.Meta.fields, "quote", "replies"]
