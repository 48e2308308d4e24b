"""Every failure, whatever its status, answers in the one error shape."""

import pytest
from django.contrib.auth.models import Permission, User
from django.test import Client
from rest_framework import serializers, viewsets
from rest_framework.authtoken.models import Token
from rest_framework.test import APIRequestFactory
from rest_framework.throttling import AnonRateThrottle

from apps.weapons.models import Weapon
from tests.contract import assert_error_shape
from tests.factories import make_event

pytestmark = pytest.mark.django_db


class WeaponWriteSerializer(serializers.ModelSerializer):
    class Meta:
        model = Weapon
        fields = ["id", "name", "slug"]


class WritableWeapons(viewsets.ModelViewSet):
    """A write endpoint under the project's default authentication and permissions."""

    queryset = Weapon.objects.all()
    serializer_class = WeaponWriteSerializer


def create(user: User | None = None, token: str | None = None):
    headers = {"HTTP_AUTHORIZATION": f"Token {token}"} if token else {}
    request = APIRequestFactory().post("/", {"name": "EFP", "slug": "efp"}, **headers)
    if user is not None:
        request._force_auth_user = user
    return WritableWeapons.as_view({"post": "create"})(request).render()


def test_anonymous_write_to_a_write_endpoint_is_a_401_asking_for_a_token():
    response = create()
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert assert_error_shape(response, 401)["code"] == "not_authenticated"


def test_write_without_the_model_permission_is_a_403():
    user = User.objects.create_user("reader", password="x-long-password")
    token = Token.objects.create(user=user)
    body = assert_error_shape(create(token=token.key), 403)
    assert body["code"] == "permission_denied"


def test_write_with_token_and_model_permission_is_allowed():
    user = User.objects.create_user("curator", password="x-long-password")
    user.user_permissions.add(Permission.objects.get(codename="add_weapon"))
    token = Token.objects.create(user=user)
    response = create(token=token.key)
    assert response.status_code == 201
    assert Weapon.objects.get().slug == "efp"


def test_a_bad_token_is_a_401_even_on_reads(api_client):
    response = api_client.get("/api/v1/events/", headers={"Authorization": "Token nonsense"})
    assert assert_error_shape(response, 401)["code"] == "authentication_failed"


def test_reads_with_a_valid_token_work(api_client):
    token = Token.objects.create(user=User.objects.create_user("analyst"))
    response = api_client.get("/api/v1/events/", headers={"Authorization": f"Token {token}"})
    assert response.status_code == 200


def test_writes_on_read_only_endpoints_are_405_even_when_authenticated(api_client):
    user = User.objects.create_superuser("admin", password="x-long-password")
    api_client.force_authenticate(user)
    body = assert_error_shape(api_client.post("/api/v1/claims/", {}), 405)
    assert body["detail"] == 'Method "POST" not allowed.'


def test_an_unacceptable_media_type_is_a_406(api_client):
    response = api_client.get("/api/v1/events/", headers={"Accept": "application/xml"})
    assert assert_error_shape(response, 406)["code"] == "not_acceptable"


def test_too_many_anonymous_requests_are_429_with_retry_after(api_client, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "2/minute", raising=False)
    for _ in range(2):
        assert api_client.get("/api/v1/events/").status_code == 200
    response = api_client.get("/api/v1/events/")
    body = assert_error_shape(response, 429)
    assert body["code"] == "throttled"
    assert 0 < body["retry_after"] <= 60
    assert response["Retry-After"] == str(body["retry_after"])


def test_an_unexpected_failure_is_a_500_in_the_error_shape(monkeypatch):
    def broken():
        raise RuntimeError("database exploded")

    monkeypatch.setattr("apps.events.views.event_list", broken)
    make_event()
    response = Client(raise_request_exception=False).get("/api/v1/events/")
    body = assert_error_shape(response, 500)
    assert body == {
        "status": 500,
        "code": "server_error",
        "detail": "Internal server error.",
        "errors": {},
    }
