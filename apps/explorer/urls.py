"""Pages of the read-only evidence explorer (mounted at the site's root)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="explorer-search"),
    path("actors/<slug:slug>/", views.actor, name="explorer-actor"),
    path("actors/<slug:slug>/network.svg", views.actor_network, name="explorer-network"),
    path("connection/", views.connection, name="explorer-connection"),
    path("timeline/", views.timeline, name="explorer-timeline"),
    path("map/", views.map_page, name="explorer-map"),
    path("events/<int:pk>/", views.event, name="explorer-event"),
    path("documents/<int:pk>/", views.document, name="explorer-document"),
]
