"""URL wiring: admin, health check, API v1 and its docs."""

from importlib import import_module

from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from apps.common.api.routers import router
from apps.common.views import healthz

# Each API app's urls.py registers its viewsets on the one router.
API_APPS = ["documents", "comments", "actors", "weapons", "places", "events", "claims", "analysis"]
for app in API_APPS:
    import_module(f"apps.{app}.urls")

api_docs = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api-schema"), name="api-redoc"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("api/v1/", include(api_docs)),
    path("api/v1/", include(router.urls)),
]

handler404 = "apps.common.api.errors.page_not_found"
handler500 = "apps.common.api.errors.server_error"
