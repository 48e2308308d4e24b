"""Garbage in any parameter of any endpoint is a 200 or a 400, never a 500."""

from importlib import import_module

import pytest
from django.conf import settings
from rest_framework.throttling import AnonRateThrottle

from apps.common.api.filters import accepted_params
from apps.common.api.params import PAGE_PARAMS
from apps.common.api.routers import router
from apps.common.api.selection import SELECTION_PARAMS
from apps.common.api.viewsets import EvidenceViewSet
from tests.factories import make_actor, make_claim, make_event

pytestmark = pytest.mark.django_db

GARBAGE = [
    "x",
    "-1",
    "1.5",
    "²",
    "1,,abc",
    "2007-13-45",
    "9" * 30,
    "%(x)s %d",
    "%00",
    "a\x00b",
    "--id",
]
REQUIRED = {"connection": {"a": "iran", "b": "aqi"}, "network": {"actor": "iran"}}


def endpoints() -> dict[str, set[str]]:
    """Return every list endpoint's prefix with every parameter it accepts."""
    import_module(settings.ROOT_URLCONF)
    found = {}
    for prefix, viewset, _ in router.registry:
        names = {"format", "ordering", *PAGE_PARAMS}
        if issubclass(viewset, EvidenceViewSet):
            names |= set(SELECTION_PARAMS)
        if getattr(viewset, "filterset_class", None) is not None:
            names |= accepted_params(viewset.filterset_class)[0]
        if viewset.query_serializer_class is not None:
            names |= set(viewset.query_serializer_class().fields)
        found[prefix] = names
    return found


@pytest.mark.parametrize("prefix", sorted(endpoints()))
def test_garbage_values_never_cause_a_server_error(api_client, monkeypatch, prefix):
    monkeypatch.setattr(AnonRateThrottle, "allow_request", lambda *args: True)
    make_claim(subject=make_actor(slug="iran"), object=make_actor(slug="aqi"))
    make_event()
    for name in sorted(endpoints()[prefix]):
        for value in GARBAGE:
            query = REQUIRED.get(prefix, {}) | {name: value}
            response = api_client.get(f"/api/v1/{prefix}/", query)
            allowed = (200, 400, 404) if name == "page" else (200, 400)
            assert response.status_code in allowed, (name, value, response.content)
