"""Reads of actors, with aliases, hierarchy, relations and usage counts."""

from django.db.models import OuterRef, Prefetch, Q, QuerySet

from apps.claims.models import Claim
from apps.common.selectors import count_of, count_rows, visible
from apps.documents.selectors import without_document_text
from apps.events.models import EventParticipant

from .models import Actor, ActorAlias, ActorMention, ActorRelation


def actor_list() -> QuerySet[Actor]:
    """Actors with parent, country, aliases and counts of mentions, events and claims."""
    aliases = visible(ActorAlias.objects.order_by("name", "id"))
    return (
        Actor.objects.select_related("parent", "country")
        .prefetch_related(Prefetch("aliases", queryset=aliases, to_attr="visible_aliases"))
        .annotate(
            mention_count=count_of(visible(ActorMention.objects.all()), "actor"),
            event_count=count_of(visible(EventParticipant.objects.all()), "actor", "event"),
            claim_count=count_rows(
                visible(Claim.objects.filter(Q(subject=OuterRef("pk")) | Q(object=OuterRef("pk"))))
            ),
        )
    )


def actor_detail() -> QuerySet[Actor]:
    """Actors as in actor_list(), plus the units directly below them."""
    children = visible(Actor.objects.order_by("name", "id"))
    return actor_list().prefetch_related(
        Prefetch("children", queryset=children, to_attr="visible_children")
    )


def actor_relations(actor_ids: list[int]) -> QuerySet[ActorRelation]:
    """Relations in which any of the actors is subject or object, with their provenance."""
    relations = ActorRelation.objects.filter(
        Q(subject_id__in=actor_ids) | Q(object_id__in=actor_ids)
    )
    relations = visible(relations).select_related("subject", "object", "document")
    return without_document_text(relations, "document")


def actor_enrich(actors: list[Actor]) -> None:
    """Set `relations` on each actor: both directions, in one query."""
    relations = list(actor_relations([actor.pk for actor in actors]))
    for actor in actors:
        actor.relations = [r for r in relations if actor.pk in (r.subject_id, r.object_id)]
