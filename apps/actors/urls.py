"""API routes of the actors app."""

from apps.common.api.routers import router

from .views import ActorViewSet

router.register("actors", ActorViewSet, basename="actor")
