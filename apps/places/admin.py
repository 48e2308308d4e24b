from django.contrib import admin

from apps.common.admin import CuratedAdmin, SourcedAdmin

from .models import Place, PlaceAlias, PlaceMention


@admin.register(Place)
class PlaceAdmin(CuratedAdmin):
    list_display = ("name", "kind", "parent", "latitude", "longitude", "origin", "review_status")
    list_filter = ("kind", "origin", "review_status")
    search_fields = ("name", "slug", "aliases__name")
    autocomplete_fields = ("parent",)
    prepopulated_fields = {"slug": ("name",)}


@admin.register(PlaceAlias)
class PlaceAliasAdmin(CuratedAdmin):
    list_display = ("name", "place", "kind", "review_status")
    list_filter = ("kind", "review_status")
    search_fields = ("name", "place__name")
    autocomplete_fields = ("place",)


@admin.register(PlaceMention)
class PlaceMentionAdmin(SourcedAdmin):
    list_display = ("quote", "place", "document", "comment", "review_status")
    search_fields = ("quote", "place__name")
    autocomplete_fields = ("place", "document", "comment")
