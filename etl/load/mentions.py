"""Load the mentions of actors, weapons and places in one document (and in its comments)."""

from collections.abc import Sequence

from apps.actors.services import actor_mention_upsert_many
from apps.places.services import place_mention_upsert_many
from apps.weapons.services import weapon_mention_upsert_many
from etl.records import MentionRecord

from .context import EvidenceTarget, FileContext, Item, write_batch

UPSERTS = {
    "actor": (actor_mention_upsert_many, "actor_id"),
    "weapon": (weapon_mention_upsert_many, "weapon_id"),
    "place": (place_mention_upsert_many, "place_id"),
}


def load_mentions(
    mentions: Sequence[MentionRecord], target: EvidenceTarget, context: FileContext
) -> None:
    """Upsert the mentions, one batch per kind of entity; an unknown entity is skipped."""
    items: dict[str, list[Item]] = {entity: [] for entity in UPSERTS}
    for mention in mentions:
        items[mention.entity.entity].append(_item(mention, target, context))
    for entity, batch in items.items():
        write_batch(UPSERTS[entity][0], f"{entity}_mention", batch, context.tally)


def _item(mention: MentionRecord, target: EvidenceTarget, context: FileContext) -> Item:
    entity = context.actors.resolve(mention.entity)
    comment = target.comments.get(mention.comment_key) if mention.comment_key else None
    if entity is None or (mention.comment_key and comment is None):
        return None  # a rejected entity, or a comment a curator rejected or deleted
    values = {
        UPSERTS[entity.entity][1]: entity.id,
        "comment_id": comment.pk if comment is not None else None,
        **target.passage(mention.span),
        "rule": mention.rule,
    }
    return target.keys.mention(mention), values
