"""Load the evidence of one file: for the document, then each of its dossier rows, the actors
it proposes, mentions, relations, events (with reports, participants and weapons) and claims.

Runs after the document and comment steps, inside the file's transaction. Every row gets a
key from the document's key and its passage (etl/keys.py); a row whose entity a curator
rejected or deleted is skipped, and so is the evidence of a document a curator rejected.
"""

from collections.abc import Sequence

from apps.comments.models import Comment
from apps.common.upsert import Outcome
from etl.keys import EvidenceKeys
from etl.records import EvidenceRecord, Span

from .claims import load_claims
from .context import EvidenceTarget, FileContext
from .events import load_event
from .mentions import load_mentions
from .relations import load_relations


def load_evidence(context: FileContext, evidence: Sequence[EvidenceRecord]) -> None:
    """Write the evidence of the file's document and of each dossier row, in that order."""
    record = context.record
    for item, document in zip(evidence, (record, *record.rows), strict=True):
        stored = context.stored(document.key)
        if stored is None:
            context.tally.add("evidence_document", Outcome.SKIPPED)
            continue
        comments = _comments_by_key(context) if document is record else {}
        keys = EvidenceKeys(item.document_key, document.text, item)
        _load(item, EvidenceTarget(stored, document.text, keys, comments), context)


def _load(evidence: EvidenceRecord, target: EvidenceTarget, context: FileContext) -> None:
    context.actors.ensure(evidence.new_actors, context.tally)
    load_mentions(evidence.mentions, target, context)
    load_relations(evidence.relations, target, context)
    event_ids: dict[Span, int | None] = {}
    for event in evidence.events:
        event_id = load_event(event, target, context)
        event_ids.update(dict.fromkeys((event.span, *event.also), event_id))
    load_claims(evidence.claims, target, context, event_ids)


def _comments_by_key(context: FileContext) -> dict[str, Comment]:
    return {
        comment.key: context.comments[comment.position]
        for comment in context.record.comments
        if comment.position in context.comments
    }
