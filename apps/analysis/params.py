"""Query parameters of the analysis endpoints: every one described, every bad value a 400."""

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from apps.actors.models import Actor
from apps.claims.models import Stance
from apps.common.api.cursor import TOKEN_PATTERN, InvalidCursor, decode_cursor
from apps.common.api.fields import RefField

from .connection import CURSOR_SECTIONS
from .network import (
    DEFAULT_EDGE_LIMIT,
    DEFAULT_LIMIT,
    EDGE_TYPES,
    MAX_DEPTH,
    MAX_EDGE_LIMIT,
    MAX_LIMIT,
)
from .timeline import INTERVALS

UNITS_HELP = "With true, the units below each actor in the hierarchy count as that actor."
DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE = 20, 100


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


@extend_schema_field({"type": "string", "minLength": 1, "maxLength": 500, "pattern": TOKEN_PATTERN})
class CursorParam(serializers.CharField):
    """An opaque cursor from a `next` link, decoded; anything else is a 400."""

    def __init__(self, *, sections: dict, **kwargs):
        self.sections = sections
        kwargs.setdefault("max_length", 500)
        super().__init__(**kwargs)

    def run_validation(self, data=serializers.empty):
        token = super().run_validation(data)
        try:
            return decode_cursor(token, self.sections)
        except InvalidCursor as error:
            raise serializers.ValidationError(str(error)) from None


def page_size_param(what: str) -> serializers.IntegerField:
    return serializers.IntegerField(
        default=DEFAULT_PAGE_SIZE,
        min_value=1,
        max_value=MAX_PAGE_SIZE,
        help_text=f"Rows per page of {what} (default {DEFAULT_PAGE_SIZE}, "
        f"at most {MAX_PAGE_SIZE}).",
    )


class ConnectionQuerySerializer(serializers.Serializer):
    a = ActorParam(help_text="First actor, by id or slug (e.g. iran).")
    b = OtherActorParam(
        help_text="Second actor, by id or slug (e.g. al-qaeda-in-iraq); must differ from a."
    )
    include_subordinates = serializers.BooleanField(default=False, help_text=UNITS_HELP)
    stance = ListParam(
        choices=Stance.choices,
        required=False,
        help_text="Only the claim groups of these stances (default all four); the summary "
        "still counts every stance. Repeat or separate with commas. Not with cursor.",
    )
    page_size = page_size_param("each list (each stance group, events, relations)")
    cursor = CursorParam(
        sections=CURSOR_SECTIONS,
        required=False,
        help_text="Continue one list where its page ended: copy it from that list's `next` "
        "link. The answer then holds that list's next page only (other lists empty or "
        "null); the summary is always whole.",
    )

    def validate(self, attrs):
        if attrs["a"].pk == attrs["b"].pk:
            raise serializers.ValidationError({"b": ["Must differ from a."]})
        if "cursor" in attrs and "stance" in attrs:
            message = "A cursor already names its list; drop stance (or the cursor)."
            raise serializers.ValidationError({"stance": [message]})
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
        default=1,
        min_value=1,
        max_value=MAX_DEPTH,
        help_text=f"Steps out from the center (1 to {MAX_DEPTH}).",
    )
    edge_type = ListParam(
        choices=EDGE_TYPES,
        default=list(EDGE_TYPES),
        help_text="Kinds of link to follow (default all). Repeat or separate with commas.",
    )
    limit = serializers.IntegerField(
        default=DEFAULT_LIMIT,
        min_value=1,
        max_value=MAX_LIMIT,
        help_text=f"Most nodes to return, centers included (default {DEFAULT_LIMIT}, at most "
        f"{MAX_LIMIT}): the most strongly linked first, level by level; truncated.nodes "
        "tells whether any were left out.",
    )
    edge_limit = serializers.IntegerField(
        default=DEFAULT_EDGE_LIMIT,
        min_value=1,
        max_value=MAX_EDGE_LIMIT,
        help_text=f"Most edges to return (default {DEFAULT_EDGE_LIMIT}, at most "
        f"{MAX_EDGE_LIMIT}): the heaviest first; truncated.edges tells whether any were left "
        "out.",
    )
