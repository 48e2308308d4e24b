"""Write one document's evidence through the app services: actors it proposes, mentions,
relations, events (with their reports, participants and weapons) and claims.

Runs inside the file's transaction. Every row gets a key from the document key and the
passage (etl/evidence_keys.py); a row whose entity a curator rejected or deleted is skipped.
"""

from dataclasses import dataclass, field, replace

from apps.actors.services import (
    actor_ensure,
    actor_mention_upsert_many,
    actor_relation_upsert_many,
)
from apps.claims.services import claim_upsert_many, claim_values
from apps.common.models import ReviewStatus
from apps.common.upsert import Outcome
from apps.places.services import place_mention_upsert_many
from apps.weapons.services import weapon_mention_upsert_many
from etl.evidence_keys import Anchors, inner, make_key
from etl.extract.gazetteer import Gazetteer
from etl.load_events import load_event
from etl.records import ClaimRecord, EntityRef, EvidenceRecord, RelationRecord
from etl.staleness import MODELS_BY_KIND

MENTION_UPSERTS = {
    "actor": (actor_mention_upsert_many, "actor_id"),
    "weapon": (weapon_mention_upsert_many, "weapon_id"),
    "place": (place_mention_upsert_many, "place_id"),
}


@dataclass
class EvidenceTarget:
    """Where one EvidenceRecord goes: its stored document, text and comments (by key)."""

    document: object  # apps.documents.models.Document
    text: str
    comments: dict[str, object] = field(default_factory=dict)  # comment key -> Comment
    anchors: dict[str, Anchors] = field(default_factory=dict)  # record kind -> its anchors

    def anchor_all(self, evidence: EvidenceRecord) -> None:
        """Anchor the passages of every kind of record extracted from this document."""
        events = evidence.events
        spans = {
            "mention": [m.span for m in evidence.mentions],
            "relation": [r.span for r in evidence.relations],
            "claim": [c.span for c in evidence.claims],
            "report": [span for e in events for span in (e.span, *e.also)],
            "participant": [p.span for e in events for p in e.participants],
            "event-weapon": [w.span for e in events for w in e.weapons],
        }
        self.anchors = {kind: Anchors(self.text, found) for kind, found in spans.items()}


@dataclass
class EvidenceLoader:
    """Loads evidence records; remembers the ids of actors proposed during this run."""

    gazetteer: Gazetteer
    actor_ids: dict[str, int | None] = field(default_factory=dict)  # proposed key -> id

    def load(self, evidence: EvidenceRecord, target: EvidenceTarget, tally) -> None:
        """Write everything extracted from one document (or dossier row)."""
        target.anchor_all(evidence)
        for actor in evidence.new_actors:
            if actor.key not in self.actor_ids:
                row, outcome = actor_ensure(
                    key=actor.key, name=actor.name, kind=actor.kind, title=actor.title
                )
                tally.add("actor", outcome)
                usable = row is not None and row.review_status != ReviewStatus.REJECTED
                self.actor_ids[actor.key] = row.pk if usable else None
        self._mentions(evidence.document_key, evidence.mentions, target, tally)
        relations = [self._relation(evidence.document_key, r, target) for r in evidence.relations]
        _write(actor_relation_upsert_many, "actor_relation", relations, tally)
        event_ids = {}
        for event in evidence.events:
            event_id = load_event(
                event, self.resolve, evidence.document_key, target, self.gazetteer, tally
            )
            event_ids.update(dict.fromkeys((event.span, *event.also), event_id))
        claims = [
            self._claim(evidence.document_key, claim, target, event_ids.get(claim.span))
            for claim in evidence.claims
        ]
        _write(claim_upsert_many, "claim", claims, tally)

    def resolve(self, ref: EntityRef) -> EntityRef | None:
        """Return the entity with its database id, or None when it is not (or no longer) there."""
        if ref.id is not None:
            return ref
        pk = self.actor_ids.get(ref.key) if ref.entity == "actor" else None
        return replace(ref, id=pk) if pk is not None else None

    def _mentions(self, doc_key: str, mentions, target: EvidenceTarget, tally) -> None:
        items: dict[str, list] = {"actor": [], "weapon": [], "place": []}
        for mention in mentions:
            kind = mention.entity.entity
            entity = self.resolve(mention.entity)
            comment = target.comments.get(mention.comment_key) if mention.comment_key else None
            if entity is None or (mention.comment_key and comment is None):
                items[kind].append(None)
                continue
            values = {
                MENTION_UPSERTS[kind][1]: entity.id,
                "document_id": target.document.pk,
                "comment_id": comment.pk if comment is not None else None,
                **_passage(target.text, mention.span),
            }
            anchor = target.anchors["mention"][mention.span]
            items[kind].append((make_key("mention", doc_key, anchor, kind), values))
        for kind, batch in items.items():
            _write(MENTION_UPSERTS[kind][0], f"{kind}_mention", batch, tally)

    def _relation(self, doc_key: str, relation: RelationRecord, target: EvidenceTarget):
        subject, obj = self.resolve(relation.subject), self.resolve(relation.object)
        if subject is None or obj is None or subject.id == obj.id:
            return None
        key = make_key(
            "relation",
            doc_key,
            target.anchors["relation"][relation.span],
            inner(relation.subject_span, relation.span),
            relation.predicate,
            inner(relation.object_span, relation.span),
        )
        values = {
            "subject_id": subject.id,
            "predicate": relation.predicate,
            "object_id": obj.id,
            "document_id": target.document.pk,
            **_passage(target.text, relation.span),
        }
        return key, values

    def _claim(self, doc_key: str, claim: ClaimRecord, target: EvidenceTarget, event_id):
        subject, obj = self.resolve(claim.subject), self.resolve(claim.object)
        claimant = self.resolve(claim.claimant) if claim.claimant else None
        if subject is None or obj is None or subject.id == obj.id:
            return None
        key = make_key(
            "claim",
            doc_key,
            target.anchors["claim"][claim.span],
            claim.predicate,
            inner(claim.subject_span, claim.span),
            inner(claim.object_span, claim.span),
            claim.kind,
        )
        date = claim.claim_date
        values = claim_values(
            document_id=target.document.pk,
            **_passage(target.text, claim.span),
            subject_id=subject.id,
            predicate=claim.predicate,
            object_id=obj.id,
            stance=claim.stance,
            claimant_id=claimant.id if claimant else None,
            claimant_text=claim.claimant_text,
            relayed_by=claim.relayed_by,
            hedges=list(claim.hedges),
            claim_date=date.start if date else None,
            claim_date_precision=date.precision if date and date.start else "",
            event_id=event_id,
        )
        return key, values


def _write(upsert_many, kind: str, items: list, tally) -> None:
    """Upsert the (key, values) items in one batch; None items count as skipped."""
    batch = [item for item in items if item is not None]
    tally.see(MODELS_BY_KIND[kind]._meta.label, [key for key, _ in batch])
    tally.add(kind, Outcome.SKIPPED, len(items) - len(batch))
    for _, outcome in upsert_many(items=batch) if batch else []:
        tally.add(kind, outcome)


def _passage(text: str, span: tuple[int, int]) -> dict[str, object]:
    return {"span_start": span[0], "span_end": span[1], "quote": text[span[0] : span[1]]}
