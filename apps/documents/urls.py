"""API routes of the documents app."""

from apps.common.api.routers import router

from .views import DocumentViewSet

router.register("documents", DocumentViewSet, basename="document")
