from django.contrib import admin

from apps.common.admin import CuratedAdmin, SourcedAdmin

from .models import Weapon, WeaponAlias, WeaponMention


@admin.register(Weapon)
class WeaponAdmin(CuratedAdmin):
    list_display = ("name", "category", "origin", "review_status")
    list_filter = ("category", "origin", "review_status")
    search_fields = ("name", "slug", "aliases__name")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(WeaponAlias)
class WeaponAliasAdmin(CuratedAdmin):
    list_display = ("name", "weapon", "kind", "review_status")
    list_filter = ("kind", "review_status")
    search_fields = ("name", "weapon__name")
    autocomplete_fields = ("weapon",)


@admin.register(WeaponMention)
class WeaponMentionAdmin(SourcedAdmin):
    list_display = ("quote", "weapon", "document", "comment", "review_status")
    search_fields = ("quote", "weapon__name")
    autocomplete_fields = ("weapon", "document", "comment")
