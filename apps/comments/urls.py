"""API routes of the comments app."""

from apps.common.api.routers import router

from .views import CommentViewSet

router.register("comments", CommentViewSet, basename="comment")
