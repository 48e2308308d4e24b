"""Reads of actors, with aliases, hierarchy, relations and usage counts."""

from django.db.models import OuterRef, Prefetch, Q, QuerySet
from rapidfuzz import fuzz

from apps.claims.models import Claim
from apps.common.fuzzy import match_key, similar
from apps.common.models import Origin, ReviewStatus
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


def actor_names() -> tuple[list[tuple], dict[int, int]]:
    """Return the loader's gazetteer rows: (id, key, name, kind, written name, alias kind).

    Every alias counts (curators' and merged duplicates' names too), and the names of actors
    from the reference lists, added by curators or confirmed by them. Unreviewed actors the
    loader extracted are left out: they are found by their patterns, so the result of a load
    does not depend on the order the files are read in.
    """
    actors = Actor.objects.exclude(review_status=ReviewStatus.REJECTED)
    named = actors.filter(~Q(origin=Origin.EXTRACTED) | Q(review_status=ReviewStatus.CONFIRMED))
    rows = [(a.id, a.key, a.name, a.kind, a.name, "name") for a in named]
    aliases = ActorAlias.objects.exclude(review_status=ReviewStatus.REJECTED).exclude(
        actor__review_status=ReviewStatus.REJECTED
    )
    rows += [
        (a.actor_id, a.actor.key, a.actor.name, a.actor.kind, a.name, a.kind)
        for a in aliases.select_related("actor")
    ]
    parents = {a.id: a.parent_id for a in actors if a.parent_id}
    return rows, parents


SUGGEST_CUTOFF = 85


def actor_suggestions(texts: list[str], *, limit: int = 3) -> dict[str, list[Actor]]:
    """Return, per text, the actors whose name or an alias matches it best (rapidfuzz).

    Alike spellings come first (token sort ratio at least SUGGEST_CUTOFF), then names one of
    whose word sets holds the other's ("Associated Press" in "Robert H. Reid, Associated
    Press"), longer names first. Leading articles do not count; rejected rows never show.
    """
    actors = {a.pk: a for a in Actor.objects.exclude(review_status=ReviewStatus.REJECTED)}
    aliases = ActorAlias.objects.exclude(review_status=ReviewStatus.REJECTED)
    names = [(match_key(actor.name), actor.pk) for actor in actors.values()]
    names += [(match_key(name), pk) for name, pk in aliases.values_list("name", "actor_id")]
    names = [(key, pk) for key, pk in names if key and pk in actors]
    keys = [key for key, _ in names]
    found = {}
    for text in texts:
        key = match_key(text)
        alike = similar(key, keys, cutoff=SUGGEST_CUTOFF)
        held = similar(key, keys, cutoff=100, scorer=fuzz.token_set_ratio)
        ranked = alike + sorted(held, key=lambda match: -len(keys[match[0]]))
        ids = list(dict.fromkeys(names[index][1] for index, _ in ranked))
        found[text] = [actors[pk] for pk in ids[:limit]]
    return found
