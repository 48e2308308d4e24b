"""API routes of the claims app."""

from apps.common.api.routers import router

from .views import ClaimViewSet

router.register("claims", ClaimViewSet, basename="claim")
