"""API routes of the places app."""

from apps.common.api.routers import router

from .views import PlaceViewSet

router.register("places", PlaceViewSet, basename="place")
