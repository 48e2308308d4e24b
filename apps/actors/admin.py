from django.contrib import admin

from apps.common.admin import CuratedAdmin, SourcedAdmin

from .models import Actor, ActorAlias, ActorMention, ActorRelation


@admin.register(Actor)
class ActorAdmin(CuratedAdmin):
    list_display = ("name", "kind", "parent", "country", "origin", "review_status")
    list_filter = ("kind", "origin", "review_status")
    search_fields = ("name", "slug", "aliases__name")
    autocomplete_fields = ("parent", "country")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(ActorAlias)
class ActorAliasAdmin(CuratedAdmin):
    list_display = ("name", "actor", "kind", "review_status")
    list_filter = ("kind", "review_status")
    search_fields = ("name", "actor__name")
    autocomplete_fields = ("actor",)


@admin.register(ActorMention)
class ActorMentionAdmin(SourcedAdmin):
    list_display = ("quote", "actor", "document", "comment", "review_status")
    search_fields = ("quote", "actor__name")
    autocomplete_fields = ("actor", "document", "comment")


@admin.register(ActorRelation)
class ActorRelationAdmin(SourcedAdmin):
    list_display = ("subject", "predicate", "object", "document", "review_status")
    list_filter = ("predicate", "review_status")
    search_fields = ("subject__name", "object__name", "quote")
    autocomplete_fields = ("subject", "object", "document")
