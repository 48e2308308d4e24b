"""Serializer building blocks shared by every app: API links, provenance and curation fields."""

from django.urls import reverse
from rest_framework import serializers
from rest_framework.serializers import BaseSerializer

CURATED_FIELDS = ["review_status", "created_at", "updated_at"]
SPAN_FIELDS = ["span_start", "span_end", "quote"]


def _plain_url(field, obj, view_name: str, request) -> str | None:
    if getattr(obj, "pk", None) in (None, ""):
        return None
    url = reverse(view_name, kwargs={field.lookup_url_kwarg: getattr(obj, field.lookup_field)})
    return request.build_absolute_uri(url) if request is not None else url


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


def count_field(help_text: str) -> serializers.IntegerField:
    """Return a read-only count computed by the selector's annotation."""
    return serializers.IntegerField(read_only=True, help_text=help_text)


def brief_fields(serializer_class: type[BaseSerializer]) -> set[str]:
    """Return the field names a Brief serializer exposes (the contract tests compare them)."""
    return set(serializer_class.Meta.fields)
