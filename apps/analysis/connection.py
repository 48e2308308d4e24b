"""The evidence between two actors: claims both ways, shared events, relations, documents."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from apps.actors.models import Actor, ActorRelation
from apps.actors.selectors import actor_relations
from apps.claims.models import Claim, Stance
from apps.claims.selectors import claim_list
from apps.common.selectors import subtree_id_list, visible
from apps.documents.models import Document
from apps.documents.selectors import without_document_text
from apps.events.models import Event, EventParticipant, EventReport
from apps.events.selectors import event_list


@dataclass
class Connection:
    """Everything the corpus says links actor `a` to actor `b`."""

    a: Actor
    b: Actor
    include_subordinates: bool
    a_units: list[Actor]
    b_units: list[Actor]
    claims: list[Claim]
    events: list[Event]
    relations: list[ActorRelation]
    documents: list[dict] = field(default_factory=list)

    def claim_summary(self) -> dict:
        """Return the claims' totals per stance and per claimant, and the groups themselves."""
        groups = self.claims_by_stance()
        return {
            "total": len(self.claims),
            "by_stance": {group["stance"]: group["count"] for group in groups},
            "by_claimant": self.claimants(),
            "groups": groups,
        }

    def claims_by_stance(self) -> list[dict]:
        """Return one group per stance (all four, possibly empty), in Stance order."""
        return [
            {"stance": stance, "count": len(group), "claims": group}
            for stance in Stance.values
            for group in [[claim for claim in self.claims if claim.stance == stance]]
        ]

    def claimants(self) -> list[dict]:
        """Return each claimant with its number of claims per stance, most prolific first."""
        rows: dict[tuple, dict] = {}
        for claim in self.claims:
            key = (
                ("actor", claim.claimant_id) if claim.claimant_id else ("text", claim.claimant_text)
            )
            row = rows.setdefault(key, _claimant_row(claim))
            row["total"] += 1
            row["by_stance"][claim.stance] += 1
        return sorted(rows.values(), key=lambda row: (-row["total"], row["name"].casefold()))


def _claimant_row(claim: Claim) -> dict:
    name = claim.claimant.name if claim.claimant_id else claim.claimant_text or "(unattributed)"
    return {
        "name": name,
        "actor": claim.claimant,
        "total": 0,
        "by_stance": dict.fromkeys(Stance.values, 0),
    }


def _units(actor: Actor, include_subordinates: bool) -> list[int]:
    return subtree_id_list(Actor, [actor.pk]) if include_subordinates else [actor.pk]


def _between(a_ids: list[int], b_ids: list[int]) -> Q:
    return Q(subject_id__in=a_ids, object_id__in=b_ids) | Q(
        subject_id__in=b_ids, object_id__in=a_ids
    )


def _shared_events(a_ids: list[int], b_ids: list[int]) -> list[Event]:
    participants = visible(EventParticipant.objects.all())
    with_a = participants.filter(actor_id__in=a_ids).values("event_id")
    with_b = participants.filter(actor_id__in=b_ids).values("event_id")
    return list(visible(event_list()).filter(pk__in=with_a).filter(pk__in=with_b))


def _documents(connection: Connection) -> list[dict]:
    counts: dict[int, Counter] = defaultdict(Counter)
    for claim in connection.claims:
        counts[claim.document_id]["claims"] += 1
    for relation in connection.relations:
        counts[relation.document_id]["relations"] += 1
    reports = visible(EventReport.objects.filter(event__in=connection.events))
    for document_id, _ in reports.order_by().values_list("document_id", "event_id").distinct():
        counts[document_id]["events"] += 1
    documents = without_document_text(Document.objects.filter(pk__in=counts)).order_by(
        "published_on", "id"
    )
    return [
        {
            "document": document,
            **{k: counts[document.pk][k] for k in ("claims", "events", "relations")},
        }
        for document in documents
    ]


def connection_get(*, a: Actor, b: Actor, include_subordinates: bool) -> Connection:
    """Collect the evidence linking a and b (and, if asked, the units below each)."""
    a_ids, b_ids = _units(a, include_subordinates), _units(b, include_subordinates)
    claims = visible(claim_list()).filter(_between(a_ids, b_ids)).order_by("claim_date", "id")
    relations = actor_relations(a_ids).filter(_between(a_ids, b_ids))
    units = Actor.objects.in_bulk(a_ids + b_ids)
    connection = Connection(
        a=a,
        b=b,
        include_subordinates=include_subordinates,
        a_units=sorted((units[pk] for pk in a_ids), key=lambda actor: actor.name.casefold()),
        b_units=sorted((units[pk] for pk in b_ids), key=lambda actor: actor.name.casefold()),
        claims=list(claims),
        events=_shared_events(a_ids, b_ids),
        relations=list(relations),
    )
    connection.documents = _documents(connection)
    return connection
