from django.contrib import admin

from apps.common.admin import CuratedAdmin, CuratedInline, EntityAdmin, SourcedAdmin, SourcedInline

from .models import Actor, ActorAlias, ActorMention, ActorRelation


class ActorAliasInline(CuratedInline):
    model = ActorAlias
    fields = ("name", "kind", "review_status")


class RelationOutInline(SourcedInline):
    model = ActorRelation
    fk_name = "subject"
    fields = ("predicate", "object", "document", "quote", "occurrence", "review_status", "passage")
    autocomplete_fields = ("object", "document")
    verbose_name = "relation with this actor as subject"
    verbose_name_plural = "relations with this actor as subject"


class RelationInInline(SourcedInline):
    model = ActorRelation
    fk_name = "object"
    fields = ("subject", "predicate", "document", "quote", "occurrence", "review_status", "passage")
    autocomplete_fields = ("subject", "document")
    verbose_name = "relation with this actor as object"
    verbose_name_plural = "relations with this actor as object"


@admin.register(Actor)
class ActorAdmin(EntityAdmin):
    list_display = ("name", "kind", "title", "parent", "country", "origin", "rule", "mentions")
    list_filter = ("kind", "origin", "rule")
    list_select_related = ("parent", "country")
    autocomplete_fields = ("parent", "country")
    inlines = (ActorAliasInline, RelationOutInline, RelationInInline)

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "rule"]


@admin.register(ActorAlias)
class ActorAliasAdmin(CuratedAdmin):
    list_display = ("name", "actor", "kind")
    list_filter = ("kind",)
    list_select_related = ("actor",)
    search_fields = ("name", "normalized", "actor__name")
    autocomplete_fields = ("actor",)


@admin.register(ActorMention)
class ActorMentionAdmin(SourcedAdmin):
    list_display = ("quote_marked", "actor", "source_document", "comment")
    list_filter = ("actor__kind",)
    list_select_related = ("actor", "document", "comment")
    in_context = True
    search_fields = ("quote", "actor__name", "actor__aliases__name")
    autocomplete_fields = ("actor", "document", "comment")


@admin.register(ActorRelation)
class ActorRelationAdmin(SourcedAdmin):
    list_display = ("quote_marked", "subject", "predicate", "object", "source_document")
    list_display_links = ("quote_marked",)
    list_filter = ("predicate",)
    marked_fields = {"actor": ("subject", "object")}
    list_select_related = ("subject", "object", "document")
    search_fields = ("subject__name", "object__name", "subject__aliases__name", "quote")
    autocomplete_fields = ("subject", "object", "document")
