"""Query parameters and responses of the changes feed."""

from drf_spectacular.utils import extend_schema_field, extend_schema_serializer
from rest_framework import serializers

from apps.common.api.cursor import Cursor, InvalidCursor, decode_cursor, encode_cursor
from apps.common.api.serializers import api_detail_url
from apps.common.changes import TRACKED
from apps.common.models import ChangeAction

from .selectors import change_head

FEED = "changes"
NOW = "now"
MAX_FEED_PAGE = 1000
UNKNOWN_POSITION = (
    "Unknown cursor: not a position this feed gave out. Pass on the `next` link (or a "
    "change's `position`) unchanged, or use since=now."
)


def feed_token(position: tuple[int, int]) -> str:
    """Return the opaque token of a position in the feed."""
    return encode_cursor(Cursor(FEED, position))


@extend_schema_field(
    {"type": "string", "pattern": "^(now|[A-Za-z0-9_-]+)$", "maxLength": 200, "minLength": 1}
)
class SinceParam(serializers.Field):
    """A position in the feed: a token the feed gave out, or `now` (after every change)."""

    def to_internal_value(self, data):
        text = str(data)
        if text == NOW:
            return change_head()
        try:
            if len(text) > 200:
                raise InvalidCursor(text)
            return decode_cursor(text, {FEED: [int, int]}).key
        except InvalidCursor:
            raise serializers.ValidationError(UNKNOWN_POSITION) from None


class KindsParam(serializers.MultipleChoiceField):
    """Nouns, repeated or comma-separated."""

    def get_value(self, dictionary):
        raw = dictionary.getlist(self.field_name) if hasattr(dictionary, "getlist") else []
        values = [part.strip(" ") for item in raw for part in item.split(",") if part.strip(" ")]
        return values or serializers.empty

    def to_internal_value(self, data):
        return sorted(super().to_internal_value(data))


class ChangeQuerySerializer(serializers.Serializer):
    since = SinceParam(
        required=False,
        help_text="Where to resume: the `next` link of the previous answer carries it (or a "
        "change's `position`). Omitted: from the first change; `now`: only changes made from "
        "now on (take it before a full copy, then read from it).",
    )
    kind = KindsParam(
        choices=list(TRACKED),
        required=False,
        default=list,
        help_text="Only changes of these kinds of rows (default all). Several values: repeat "
        "the parameter or separate them with commas.",
    )
    page_size = serializers.IntegerField(
        min_value=1,
        max_value=MAX_FEED_PAGE,
        default=100,
        help_text=f"Number of changes per answer (default 100, at most {MAX_FEED_PAGE}).",
    )


class ExportQuerySerializer(serializers.Serializer):
    since = SinceParam(
        required=False,
        help_text="Only the rows created or changed after this changes-feed position (a "
        "`next` link's since=, or an export's X-Changes-Cursor).",
    )


class LinkSerializer(serializers.Serializer):
    id = serializers.IntegerField(help_text="The row's id.")
    url = serializers.URLField(help_text="The row in the API.")


class ChangeSerializer(serializers.Serializer):
    position = serializers.SerializerMethodField(
        help_text="The feed's position just after this change: resume from here with since=."
    )
    kind = serializers.ChoiceField(choices=list(TRACKED), help_text="The kind of row.")
    id = serializers.IntegerField(source="object_id", help_text="The row's id.")
    action = serializers.ChoiceField(
        choices=ChangeAction.choices,
        help_text="created, updated (its fields or a row shown inside it: an alias, an "
        "event's participant, weapon or report, an actor's relation), reviewed (review status "
        "changed), stale or current (the loader stopped or resumed finding it in its source), "
        "deleted or merged (its URL now answers 410).",
    )
    at = serializers.DateTimeField(
        source="changeset.committed_at", help_text="When the change was committed."
    )
    url = serializers.SerializerMethodField(help_text="The row in the API (410 once removed).")
    merged_into = serializers.SerializerMethodField(
        help_text="For a merge: the row that absorbed this one; otherwise null."
    )

    @extend_schema_field(serializers.CharField())
    def get_position(self, change) -> str:
        return feed_token((change.changeset.seq, change.id))

    @extend_schema_field(serializers.URLField())
    def get_url(self, change) -> str:
        return api_detail_url(self.context["request"], change.kind, change.object_id)

    @extend_schema_field(LinkSerializer(allow_null=True))
    def get_merged_into(self, change) -> dict | None:
        if change.merged_into is None:
            return None
        url = api_detail_url(self.context["request"], change.kind, change.merged_into)
        return {"id": change.merged_into, "url": url}


@extend_schema_serializer(many=False)
class ChangeFeedSerializer(serializers.Serializer):
    results = ChangeSerializer(many=True, help_text="Changes in commit order.")
    next = serializers.URLField(
        help_text="Where to read next: this query resumed after the last change shown (or "
        "at the same place when there was none). Always present; keep it to poll later."
    )
    has_more = serializers.BooleanField(
        help_text="true: more changes are already committed; read `next` at once."
    )
