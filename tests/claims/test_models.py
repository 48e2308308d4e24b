import pytest
from django.db import IntegrityError, transaction

from tests.factories import make_actor, make_claim, make_event

pytestmark = pytest.mark.django_db


def test_a_claim_object_is_an_actor_an_event_or_a_thing(api_client):
    claims = [
        make_claim(),
        make_claim(object_event=make_event()),
        make_claim(object_text="the explosives"),
    ]
    kinds = [
        api_client.get(f"/api/v1/claims/{claim.pk}/").json()["object_kind"] for claim in claims
    ]
    assert kinds == ["actor", "event", "thing"]
    assert str(claims[2]).endswith("supports the explosives")


@pytest.mark.parametrize(
    "objects",
    [
        {"object_text": ""},
        {"object_event": "event", "object_text": "the explosives"},
        {"object": "actor", "object_event": "event"},
    ],
)
def test_a_claim_needs_exactly_one_kind_of_object(objects):
    values = {
        "object": make_actor() if objects.get("object") else None,
        "object_event": make_event() if objects.get("object_event") else None,
        "object_text": objects.get("object_text", ""),
    }
    with pytest.raises(IntegrityError, match="claims_claim_one_object"), transaction.atomic():
        make_claim(**values)
