"""API_ANON_RATE and API_USER_RATE each do what they say, counted once for all workers."""

import pytest
from django.contrib.auth.models import User
from django.core.cache.backends.db import DatabaseCache
from django.db import connection
from rest_framework.authtoken.models import Token
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from apps.common.api.throttling import AnonymousRateThrottle, SignedInRateThrottle
from tests.contract import assert_error_shape

pytestmark = pytest.mark.django_db

URL = "/api/v1/weapons/"


def statuses(client, count: int, **headers) -> list[int]:
    return [client.get(URL, headers=headers or None).status_code for _ in range(count)]


@pytest.fixture
def rates(monkeypatch):
    def set_rates(anon: str, user: str) -> None:
        monkeypatch.setattr(AnonRateThrottle, "rate", anon, raising=False)
        monkeypatch.setattr(UserRateThrottle, "rate", user, raising=False)

    return set_rates


def test_the_anonymous_rate_may_be_higher_than_the_user_rate(api_client, rates):
    rates(anon="5/minute", user="2/minute")
    assert statuses(api_client, 6) == [200] * 5 + [429]


def test_signed_in_clients_get_the_user_rate_whatever_the_anonymous_one(api_client, rates):
    rates(anon="1/minute", user="3/minute")
    token = Token.objects.create(user=User.objects.create_user("analyst")).key
    assert statuses(api_client, 4, Authorization=f"Token {token}") == [200] * 3 + [429]
    assert statuses(api_client, 2) == [200, 429]  # the address's own anonymous count


def test_every_worker_counts_the_same_requests(api_client, rates, monkeypatch):
    rates(anon="3/minute", user="3/minute")
    assert statuses(api_client, 2) == [200, 200]
    # Another gunicorn worker has its own cache objects but reads the same table.
    other_worker = DatabaseCache("api_throttle", {})
    monkeypatch.setattr(AnonymousRateThrottle, "cache", other_worker)
    monkeypatch.setattr(SignedInRateThrottle, "cache", other_worker)
    assert statuses(api_client, 2) == [200, 429]
    assert_error_shape(api_client.get(URL), 429)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM api_throttle")
        assert cursor.fetchone()[0] == 1
