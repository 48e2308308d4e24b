"""Serializer building blocks shared by every app: API links, provenance and curation fields."""

from functools import lru_cache

from django.urls import get_script_prefix, reverse
from rest_framework import serializers
from rest_framework.serializers import BaseSerializer

CURATED_FIELDS = ["review_status", "created_at", "updated_at"]
SPAN_FIELDS = ["span_start", "span_end", "quote"]
SENTINEL = "7919791979"


@lru_cache(maxsize=128)
def _path_template(view_name: str, kwarg: str, script_prefix: str) -> tuple[str, str]:
    head, _, tail = reverse(view_name, kwargs={kwarg: SENTINEL}).partition(SENTINEL)
    return head, tail


def _plain_url(field, obj, view_name: str, request) -> str | None:
    """Build the link from a cached template: reverse() per row is a large share of a list."""
    value = getattr(obj, field.lookup_field, None)
    if value in (None, ""):
        return None
    head, tail = _path_template(view_name, field.lookup_url_kwarg, get_script_prefix())
    path = f"{head}{value}{tail}"
    if request is None:
        return path
    base = getattr(request, "_absolute_base", None)
    if base is None:
        base = request._absolute_base = request.build_absolute_uri("/").rstrip("/")
    return base + path


class LinkBase:
    """Stands for the request when serializing outside one (exports): links are `base` plus
    the path, or the path alone when `base` is empty."""

    def __init__(self, base: str):
        self._absolute_base = base.rstrip("/")


def api_detail_url(request, basename: str, pk: int) -> str:
    """Return the absolute URL of a row's detail endpoint (whether or not the row exists)."""
    head, tail = _path_template(f"{basename}-detail", "pk", get_script_prefix())
    return request.build_absolute_uri(f"{head}{pk}{tail}")


class ApiLinkField(serializers.HyperlinkedIdentityField):
    """A link to the object's detail endpoint, without the current request's ?format=.

    DRF copies ?format= into links, so a CSV list would point at CSV details, which do
    not exist; links always name the plain resource.
    """

    def get_url(self, obj, view_name, request, format):
        return _plain_url(self, obj, view_name, request)


class ApiRelatedLinkField(serializers.HyperlinkedRelatedField):
    """A link to a related object's detail endpoint, without ?format=."""

    def get_url(self, obj, view_name, request, format):
        return _plain_url(self, obj, view_name, request)


def api_url(basename: str) -> ApiLinkField:
    """Return the `url` field: the object's detail endpoint."""
    return ApiLinkField(view_name=f"{basename}-detail", help_text="This object in the API.")


class MatchSerializer(serializers.Serializer):
    rank = serializers.FloatField(
        source="search_rank",
        help_text="How well the row matches q: higher is better (full text: PostgreSQL's "
        "ts_rank; names: 4 exact, 3 prefix, 2 word, 1 elsewhere).",
    )
    snippet = serializers.CharField(
        source="search_snippet",
        allow_null=True,
        help_text="For full-text matches, up to two passages with the matched words between "
        "<mark> and </mark>, the text HTML-escaped (safe to show as HTML); null for names.",
    )


MATCH = "match"


def match_field() -> MatchSerializer:
    """Return `match`: the rank and snippet of a q search; only in answers to one."""
    return MatchSerializer(
        source="*",
        required=False,
        help_text="Only with q: how well the row matches, and where.",
    )


def count_field(help_text: str) -> serializers.IntegerField:
    """Return a read-only count computed by the selector's annotation."""
    return serializers.IntegerField(read_only=True, help_text=help_text)


def brief_fields(serializer_class: type[BaseSerializer]) -> set[str]:
    """Return the field names a Brief serializer exposes (the contract tests compare them)."""
    return set(serializer_class.Meta.fields)
