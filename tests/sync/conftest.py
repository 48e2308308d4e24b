from pathlib import Path

import pytest
from django.core.cache import caches
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from .world import load_seed


@pytest.fixture
def seeds(tmp_path) -> Path:
    """One seed file loaded and committed (the test needs the transactional database)."""
    return load_seed(tmp_path)


@pytest.fixture
def live_api(live_server, monkeypatch) -> str:
    """The live server's API root, unthrottled; its throttle counters are removed afterwards.

    A transactional test's rows are removed by a flush, which leaves the cache table: counts
    left there would expire in a later test and cost it one more query than the contract
    counts.
    """
    for throttle in (AnonRateThrottle, UserRateThrottle):
        monkeypatch.setattr(throttle, "allow_request", lambda *args: True)
    yield f"{live_server.url}/api/v1"
    caches["throttle"].clear()
