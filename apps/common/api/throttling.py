"""Request rates: API_ANON_RATE per anonymous address, API_USER_RATE per signed-in user.

The counters live in the database cache (the `throttle` cache, table api_throttle), so
every gunicorn worker, and every server on the same database, counts the same requests.
"""

from django.core.cache import caches
from django.utils.connection import ConnectionProxy
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

THROTTLE_CACHE = "throttle"


class AnonymousRateThrottle(AnonRateThrottle):
    """API_ANON_RATE, per client address, for requests without credentials."""

    cache = ConnectionProxy(caches, THROTTLE_CACHE)


class SignedInRateThrottle(UserRateThrottle):
    """API_USER_RATE, per user, for authenticated requests only.

    DRF's UserRateThrottle also counts anonymous clients (by address), so API_ANON_RATE
    could never raise their limit above API_USER_RATE.
    """

    cache = ConnectionProxy(caches, THROTTLE_CACHE)

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)
