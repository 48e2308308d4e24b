from django.contrib import admin

from apps.common.admin import CuratedAdmin, CuratedInline, EntityAdmin, SourcedAdmin

from .models import Place, PlaceAlias, PlaceMention


class PlaceAliasInline(CuratedInline):
    model = PlaceAlias
    fields = ("name", "kind", "review_status")


@admin.register(Place)
class PlaceAdmin(EntityAdmin):
    list_display = ("name", "kind", "parent", "latitude", "longitude", "origin", "mentions")
    list_filter = ("kind", "origin")
    list_select_related = ("parent",)
    autocomplete_fields = ("parent",)
    inlines = (PlaceAliasInline,)


@admin.register(PlaceAlias)
class PlaceAliasAdmin(CuratedAdmin):
    list_display = ("name", "place", "kind")
    list_filter = ("kind",)
    list_select_related = ("place",)
    search_fields = ("name", "normalized", "place__name")
    autocomplete_fields = ("place",)


@admin.register(PlaceMention)
class PlaceMentionAdmin(SourcedAdmin):
    list_display = ("quote_marked", "place", "source_document", "comment")
    list_filter = ("place__kind",)
    list_select_related = ("place", "document", "comment")
    in_context = True
    search_fields = ("quote", "place__name", "place__aliases__name")
    autocomplete_fields = ("place", "document", "comment")
