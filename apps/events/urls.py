"""API routes of the events app."""

from apps.common.api.routers import router

from .views import EventViewSet

router.register("events", EventViewSet, basename="event")
