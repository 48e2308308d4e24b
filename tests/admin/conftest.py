import pytest
from django.test import Client

from tests.admin.helpers import make_curator


@pytest.fixture
def curator(db):
    return make_curator()


@pytest.fixture
def curator_client(curator) -> Client:
    client = Client()
    client.force_login(curator)
    return client
