"""API routes of the analysis endpoints."""

from apps.common.api.routers import router

from .views import ConnectionViewSet, NetworkViewSet, TimelineViewSet

router.register("connection", ConnectionViewSet, basename="connection")
router.register("timeline", TimelineViewSet, basename="timeline")
router.register("network", NetworkViewSet, basename="network")
