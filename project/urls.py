"""URL wiring: admin, health check, API v1 and its docs, and the explorer at the root."""

from importlib import import_module

from django.apps import apps as installed
from django.contrib import admin
from django.urls import include, path
from django.utils.module_loading import module_has_submodule
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from apps.common.api.routers import router
from apps.common.views import healthz

# Each installed app with a urls.py registers its viewsets on the one router.
for config in installed.get_app_configs():
    if config.name.startswith("apps.") and module_has_submodule(config.module, "urls"):
        import_module(f"{config.name}.urls")

api_docs = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api-schema"), name="api-redoc"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("api/v1/", include(api_docs)),
    path("api/v1/", include("apps.sync.urls")),
    path("api/v1/", include(router.urls)),
    path("", include("apps.explorer.urls")),
]

handler404 = "apps.common.api.errors.page_not_found"
handler500 = "apps.common.api.errors.server_error"
