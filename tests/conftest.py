import pytest
from rest_framework.test import APIClient

# Throttle counters live in a database table (the `throttle` cache): each test's
# transaction rolls its own counts back, so every test starts with none.


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()
