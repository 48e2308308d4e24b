"""Writes of actors: reference upserts, extracted actors, aliases, mentions and relations."""

from django.db.models import Q

from apps.common.models import Origin, ReviewStatus
from apps.common.slugs import unique_slug
from apps.common.upsert import (
    Outcome,
    alias_upsert_many,
    entity_upsert_many,
    is_tombstoned,
    upsert,
    upsert_many,
)

from .models import Actor, ActorAlias, ActorMention, ActorRelation


def actor_upsert(
    *,
    key: str,
    name: str,
    kind: str,
    parent_id: int | None = None,
    country_id: int | None = None,
    description: str = "",
    origin: str = Origin.REFERENCE,
) -> tuple[Actor | None, Outcome]:
    """Insert or update an actor of the reference list; curators' locks and removals win."""
    values = {
        "name": name,
        "slug": unique_slug(Actor, name, key=key),
        "kind": kind,
        "parent_id": parent_id,
        "country_id": country_id,
        "description": description,
        "origin": origin,
    }
    return upsert(Actor, key=key, values=values)


def actor_ensure(
    *, key: str, name: str, kind: str, title: str = ""
) -> tuple[Actor | None, Outcome]:
    """Insert an actor a document names but no list knows (unreviewed), or leave it as is.

    Several documents propose the same actor with different details ("Maj. Gen." here,
    "Major General" there); the first proposal stays and later ones only fill a blank title,
    so loading documents in any order, or twice, ends in the same row.
    """
    row = Actor.objects.filter(key=key).first()
    if row is None:
        if is_tombstoned(Actor, key):
            return None, Outcome.SKIPPED
        values = {"name": name, "kind": kind, "title": title, "origin": Origin.EXTRACTED}
        return upsert(Actor, key=key, values=values | {"slug": unique_slug(Actor, name, key=key)})
    if row.review_status == ReviewStatus.REJECTED:
        return row, Outcome.SKIPPED
    if title and not row.title:
        return upsert(Actor, key=key, values={"title": title})
    return row, Outcome.UNCHANGED


def actor_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[Actor | None, Outcome]]:
    """Upsert reference rows at once (values as for actor_upsert; slugs are computed)."""
    return entity_upsert_many(Actor, items)


def actor_alias_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[ActorAlias | None, Outcome]]:
    """Upsert aliases at once (actor_id, name, kind); a name already taken is skipped."""
    return alias_upsert_many(ActorAlias, items)


def actor_mention_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[ActorMention | None, Outcome]]:
    """Upsert many mentions in a few queries: values actor_id, document_id, comment_id, span_start,
    span_end, quote."""
    return upsert_many(ActorMention, items)


def actor_relation_upsert(
    *,
    key: str,
    subject_id: int,
    predicate: str,
    object_id: int,
    document_id: int,
    span_start: int,
    span_end: int,
    quote: str,
) -> tuple[ActorRelation | None, Outcome]:
    """Insert or update a relation a document states, with its passage."""
    values = {
        "subject_id": subject_id,
        "predicate": predicate,
        "object_id": object_id,
        "document_id": document_id,
        "span_start": span_start,
        "span_end": span_end,
        "quote": quote,
    }
    return upsert(ActorRelation, key=key, values=values)


def actor_relation_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[ActorRelation | None, Outcome]]:
    """Upsert many relations (key, values as for actor_relation_upsert) in a few queries."""
    return upsert_many(ActorRelation, items)


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
