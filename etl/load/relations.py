"""Load the relations between actors that one document states."""

from collections.abc import Sequence

from apps.actors.services import actor_relation_upsert_many
from etl.records import RelationRecord

from .context import EvidenceTarget, FileContext, Item, write_batch


def load_relations(
    relations: Sequence[RelationRecord], target: EvidenceTarget, context: FileContext
) -> None:
    """Upsert the relations in one batch; one with an unknown or a single actor is skipped."""
    items = [_item(relation, target, context) for relation in relations]
    write_batch(actor_relation_upsert_many, "actor_relation", items, context.tally)


def _item(relation: RelationRecord, target: EvidenceTarget, context: FileContext) -> Item:
    subject = context.actors.resolve(relation.subject)
    obj = context.actors.resolve(relation.object)
    if subject is None or obj is None or subject.id == obj.id:
        return None
    values = {
        "subject_id": subject.id,
        "predicate": relation.predicate,
        "object_id": obj.id,
        **target.passage(relation.span),
        "rule": relation.rule,
    }
    return target.keys.relation(relation), values
