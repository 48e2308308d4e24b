"""Writes of actors: reference upserts, extracted actors, aliases, mentions and relations."""

from django.utils import timezone

from apps.common.models import Origin, ReviewStatus
from apps.common.slugs import free_slug, unique_slug
from apps.common.upsert import (
    Outcome,
    alias_upsert_many,
    entity_upsert_many,
    is_tombstoned,
    upsert,
    upsert_many,
)

from .models import Actor, ActorAlias, ActorMention, ActorRelation


def actor_ensure(
    *, key: str, name: str, kind: str, title: str = "", rule: str = ""
) -> tuple[Actor | None, Outcome]:
    """Insert an actor a document names but no list knows (unreviewed), or leave it as is.

    Several documents propose the same actor with different details ("Maj. Gen." here,
    "Major General" there); the first proposal stays and later ones only fill a blank title
    or rule, so loading documents in any order, or twice, ends in the same row.
    """
    row = Actor.objects.filter(key=key).first()
    if row is None:
        if is_tombstoned(Actor, key):
            return None, Outcome.SKIPPED
        values = {"name": name, "kind": kind, "title": title, "origin": Origin.EXTRACTED}
        values |= {"rule": rule, "slug": unique_slug(Actor, name, key=key)}
        return upsert(Actor, key=key, values=values)
    if row.review_status == ReviewStatus.REJECTED:
        return row, Outcome.SKIPPED
    blanks = {"title": title} if title and not row.title else {}
    if rule and not row.rule and row.origin == Origin.EXTRACTED:
        blanks["rule"] = rule
    if blanks:
        return upsert(Actor, key=key, values=blanks)
    return row, Outcome.UNCHANGED


def actor_create(*, name: str, kind: str, user) -> tuple[Actor, bool]:
    """Return the actor of that name, adding it (a curator's, confirmed) when there is none.

    An existing actor whose name matches case-insensitively is returned as it is, so linking
    a text twice never makes two actors. Returns (actor, created).
    """
    name = " ".join(name.split())
    existing = Actor.objects.filter(name__iexact=name).order_by("pk").first()
    if existing is not None:
        return existing, False
    actor = Actor(
        name=name,
        kind=kind,
        slug=free_slug(Actor, name),
        origin=Origin.CURATOR,
        review_status=ReviewStatus.CONFIRMED,
        reviewed_by=user,
        reviewed_at=timezone.now(),
    )
    actor.full_clean(exclude=["reviewed_by"], validate_unique=False, validate_constraints=False)
    actor._history_user = user
    actor._change_reason = "Added by a curator to link claims"
    actor.save()
    return actor, True


def actor_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[Actor | None, Outcome]]:
    """Upsert reference rows at once (values: name, kind, parent_id, country_id, description,
    origin); new rows get unique slugs."""
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


def actor_relation_upsert_many(
    *, items: list[tuple[str, dict[str, object]]]
) -> list[tuple[ActorRelation | None, Outcome]]:
    """Upsert many relations in a few queries: values subject_id, predicate, object_id,
    document_id, span_start, span_end, quote."""
    return upsert_many(ActorRelation, items)
