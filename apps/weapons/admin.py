from django.contrib import admin

from apps.common.admin import CuratedAdmin, CuratedInline, EntityAdmin, SourcedAdmin

from .models import Weapon, WeaponAlias, WeaponMention


class WeaponAliasInline(CuratedInline):
    model = WeaponAlias
    fields = ("name", "kind", "review_status")


@admin.register(Weapon)
class WeaponAdmin(EntityAdmin):
    list_display = ("name", "category", "origin", "mentions")
    list_filter = ("category", "origin")
    inlines = (WeaponAliasInline,)


@admin.register(WeaponAlias)
class WeaponAliasAdmin(CuratedAdmin):
    list_display = ("name", "weapon", "kind")
    list_filter = ("kind",)
    list_select_related = ("weapon",)
    search_fields = ("name", "normalized", "weapon__name")
    autocomplete_fields = ("weapon",)


@admin.register(WeaponMention)
class WeaponMentionAdmin(SourcedAdmin):
    list_display = ("quote_marked", "weapon", "source_document", "comment")
    list_filter = ("weapon__category",)
    list_select_related = ("weapon", "document", "comment")
    in_context = True
    search_fields = ("quote", "weapon__name", "weapon__aliases__name")
    autocomplete_fields = ("weapon", "document", "comment")
