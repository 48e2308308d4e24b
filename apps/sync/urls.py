"""API routes of the sync endpoints: the changes feed and the bulk exports."""

from django.urls import re_path

from apps.common.api.routers import router

from .views import ChangeViewSet, ExportView

router.register("changes", ChangeViewSet, basename="change")

urlpatterns = [
    re_path(
        r"^export/(?P<kind>[a-z]+)\.(?P<extension>[a-z]+)$",
        ExportView.as_view(),
        name="export",
    ),
]
