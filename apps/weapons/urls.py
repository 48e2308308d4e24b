"""API routes of the weapons app."""

from apps.common.api.routers import router

from .views import WeaponViewSet

router.register("weapons", WeaponViewSet, basename="weapon")
