"""The explorer's query strings, checked by the API's own filtersets and parameter serializers.

A page reads the same parameters as the API call it mirrors, so a bad value is the same 400
with the same message, shown on a page instead of in JSON.
"""

from django.http import QueryDict
from rest_framework.exceptions import ValidationError

from apps.analysis.params import ConnectionQuerySerializer, NetworkQuerySerializer
from apps.common.api.filters import accepted_params
from apps.common.api.params import check_query_params
from apps.common.api.viewsets import MULTI_FIELDS
from apps.events.filtersets import EventFilterSet
from apps.events.selectors import event_rows

SEARCH_MAX_LENGTH = 200


class BadQuery(Exception):
    """The query string has unknown parameters or malformed values (a 400 page)."""

    def __init__(self, errors: dict):
        super().__init__("Bad query parameters")
        self.errors = {name: [str(m) for m in messages] for name, messages in errors.items()}


def _strict(query: QueryDict, accepted: set[str], repeatable: set[str] = frozenset()) -> None:
    try:
        check_query_params(query, accepted, repeatable)
    except ValidationError as error:
        raise BadQuery(error.detail) from None


def event_filters(query: QueryDict, *, extra: tuple[str, ...] = ()) -> EventFilterSet:
    """Return the API's event filterset bound to `query`, valid (or raise BadQuery)."""
    accepted, repeatable = accepted_params(EventFilterSet)
    _strict(query, accepted | set(extra), repeatable)
    filterset = EventFilterSet(data=query, queryset=event_rows())
    if not filterset.is_valid():
        raise BadQuery(filterset.errors)
    return filterset


def _serialized(serializer_class, query: QueryDict, extra: tuple[str, ...] = ()) -> dict:
    fields = serializer_class().fields
    repeatable = {name for name, field in fields.items() if isinstance(field, MULTI_FIELDS)}
    _strict(query, set(fields) | set(extra), repeatable)
    serializer = serializer_class(data=query)
    if not serializer.is_valid():
        raise BadQuery(serializer.errors)
    return serializer.validated_data


def connection_params(query: QueryDict) -> dict:
    """Return the connection's parameters as the API validates them."""
    return _serialized(ConnectionQuerySerializer, query)


def network_params(query: QueryDict, actor: str) -> dict:
    """Return the network's parameters; the actor comes from the page's URL."""
    if "actor" in query:
        raise BadQuery({"actor": ["The actor is the one in the URL; drop this parameter."]})
    data = query.copy()
    data["actor"] = actor
    return _serialized(NetworkQuerySerializer, data)


def search_text(query: QueryDict) -> str:
    """Return the search box's text (empty when none was given)."""
    _strict(query, {"q"})
    text = query.get("q", "").strip()
    if len(text) > SEARCH_MAX_LENGTH:
        raise BadQuery({"q": [f"Ensure this value has at most {SEARCH_MAX_LENGTH} characters."]})
    if "\x00" in text:
        raise BadQuery({"q": ["Null characters are not allowed."]})
    return text
