"""The evidence between two actors: a verdict in aggregates, then the evidence in pages.

Every list is a keyset page (`apps.common.api.cursor`): the claims of each stance strongest
first, the shared events most reported first, the relations confirmed first. The summary
and the counts come from grouped queries, so the answer costs the same for 10 claims or 10,000.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

from apps.actors.models import Actor, ActorRelation
from apps.actors.selectors import actor_relations
from apps.claims.models import Claim, Stance
from apps.claims.selectors import claim_rows
from apps.common.api.cursor import Cursor, KeysetPage, keyset_page
from apps.common.models import ReviewStatus
from apps.common.selectors import keyset_after, subtree_id_list, visible
from apps.events.models import Event, EventParticipant, EventReport
from apps.events.selectors import event_brief_list

from .documents import cited_documents
from .ranking import claim_ranking, event_ranking
from .summary import claim_summary

EVENTS, RELATIONS = "events", "relations"
CURSOR_SECTIONS = {
    **{stance: (int, int, date, int) for stance in Stance.values},
    EVENTS: (int, date, int),
    RELATIONS: (int, int),
}


@dataclass
class Scope:
    """The two actors, the units counted as each, and the rows linking them."""

    a: Actor
    b: Actor
    include_subordinates: bool
    a_ids: list[int]
    b_ids: list[int]

    def between(self, first: str = "subject_id", second: str = "object_id") -> Q:
        return Q(**{f"{first}__in": self.a_ids, f"{second}__in": self.b_ids}) | Q(
            **{f"{first}__in": self.b_ids, f"{second}__in": self.a_ids}
        )

    def claims(self) -> QuerySet[Claim]:
        return visible(Claim.objects.filter(self.between()))

    def claim_values(self, *fields: str, **expressions) -> QuerySet:
        """Return `fields` of the claims between a and b, one direction after the other.

        Two plain index ranges instead of one OR: each is an index-only scan of claims_between.
        A claim both directions match (units a and b share) comes from the first only.
        """
        claims = visible(Claim.objects.order_by())
        forward = claims.filter(subject_id__in=self.a_ids, object_id__in=self.b_ids)
        backward = claims.filter(subject_id__in=self.b_ids, object_id__in=self.a_ids).exclude(
            subject_id__in=self.a_ids, object_id__in=self.b_ids
        )
        return forward.values(*fields, **expressions).union(
            backward.values(*fields, **expressions), all=True
        )

    def relations(self) -> QuerySet[ActorRelation]:
        return actor_relations(self.a_ids).filter(self.between())

    def events(self) -> QuerySet[Event]:
        participants = visible(EventParticipant.objects.all())
        with_b = participants.filter(actor_id__in=self.b_ids).values("event_id")
        both = participants.filter(actor_id__in=self.a_ids, event_id__in=with_b)
        return visible(Event.objects.filter(pk__in=both.values("event_id")))

    def reports(self) -> QuerySet[EventReport]:
        return visible(EventReport.objects.filter(event__in=self.events().values("pk")))


@dataclass
class StanceGroup:
    """One page of the claims taking one stance, with how many there are in all."""

    stance: str
    count: int
    page: KeysetPage
    next: str | None = None


@dataclass
class Connection:
    """Everything the corpus says links actor `a` to actor `b`, summarized, then paged."""

    scope: Scope
    a_units: list[Actor]
    b_units: list[Actor]
    summary: dict
    groups: list[StanceGroup]
    events: dict | None
    relations: dict | None
    documents: list[dict] = field(default_factory=list)

    @property
    def a(self) -> Actor:
        return self.scope.a

    @property
    def b(self) -> Actor:
        return self.scope.b

    @property
    def include_subordinates(self) -> bool:
        return self.scope.include_subordinates


def _summary(scope: Scope) -> dict:
    documents = (
        scope.claim_values("document_id")
        .union(scope.relations().order_by().values("document_id"))
        .union(scope.reports().order_by().values("document_id"))
    )
    return {
        **claim_summary(scope),
        "events": scope.events().count(),
        "relations": scope.relations().count(),
        "documents": documents.count(),
    }


def _groups(scope: Scope, stances: list[str], size: int, after: Cursor | None) -> list:
    key = after.key if after else None
    ranked = claim_ranking(scope, stances, size + 1, key)
    rows = claim_rows().in_bulk([row.id for row in ranked])
    by_stance: dict[str, list] = {stance: [] for stance in stances}
    for row in ranked:
        claim = rows[row.id]
        claim.counter_claim_count, claim.corroboration = row.counter_claims, row.corroboration
        claim.rank_key = row.key
        by_stance[row.stance].append(claim)
    return [
        StanceGroup(stance, 0, keyset_page(claims, size, stance, lambda c: c.rank_key))
        for stance, claims in by_stance.items()
    ]


def _events(scope: Scope, size: int, after: Cursor | None) -> KeysetPage:
    key = after.key if after else None
    ranked = event_ranking(scope.events(), size + 1, key)
    rows = event_brief_list().in_bulk([row.id for row in ranked])
    events = []
    for row in ranked:
        event = rows[row.id]
        event.rank_key, event.report_count = row.key, row.reports
        events.append(event)
    return keyset_page(events, size, EVENTS, lambda event: event.rank_key)


def _relations(scope: Scope, size: int, after: Cursor | None) -> KeysetPage:
    confirmed = Case(
        When(review_status=ReviewStatus.CONFIRMED, then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    relations = scope.relations().annotate(confirmed=confirmed)
    if after is not None:
        relations = relations.filter(keyset_after(["confirmed", "id"], after.key))
    rows = list(relations.order_by("-confirmed", "-id")[: size + 1])
    return keyset_page(rows, size, RELATIONS, lambda relation: (relation.confirmed, relation.pk))


def _units(actor: Actor, include_subordinates: bool) -> list[int]:
    return subtree_id_list(Actor, [actor.pk]) if include_subordinates else [actor.pk]


def connection_get(
    *,
    a: Actor,
    b: Actor,
    include_subordinates: bool,
    stances: list[str] | None = None,
    page_size: int = 20,
    cursor: Cursor | None = None,
) -> Connection:
    """Collect the evidence linking a and b (and, if asked, the units below each).

    Without a cursor: the summary and the first page of every list (the stance groups in
    `stances`, default all). With one: the summary and the next page of that list only.
    """
    a_ids, b_ids = _units(a, include_subordinates), _units(b, include_subordinates)
    scope = Scope(a, b, include_subordinates, a_ids, b_ids)
    section = cursor.section if cursor else None
    if section is None:
        stances = [stance for stance in Stance.values if not stances or stance in stances]
    else:
        stances = [section] if section in Stance.values else []
    summary = _summary(scope)
    groups = _groups(scope, stances, page_size, cursor) if stances else []
    for group in groups:
        group.count = summary["by_stance"][group.stance]
    events = relations = None
    if section in (None, EVENTS):
        page = _events(scope, page_size, cursor if section else None)
        events = {"count": summary["events"], "page": page}
    if section in (None, RELATIONS):
        page = _relations(scope, page_size, cursor if section else None)
        relations = {"count": summary["relations"], "page": page}
    units = Actor.objects.in_bulk(a_ids + b_ids)
    return Connection(
        scope=scope,
        a_units=sorted((units[pk] for pk in a_ids), key=lambda actor: actor.name.casefold()),
        b_units=sorted((units[pk] for pk in b_ids), key=lambda actor: actor.name.casefold()),
        summary=summary,
        groups=groups,
        events=events,
        relations=relations,
        documents=cited_documents(groups, events, relations),
    )
