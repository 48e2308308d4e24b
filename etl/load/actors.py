"""Actors the documents propose (names no reference list knows), inserted once per run."""

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from apps.actors.services import actor_ensure
from apps.common.models import ReviewStatus
from etl.records import EntityRef, NewActorRecord
from etl.report import Tally


@dataclass
class ProposedActors:
    """The ids of the actors proposed during this run, by key (None: rejected or deleted)."""

    ids: dict[str, int | None] = field(default_factory=dict)

    def ensure(self, actors: Iterable[NewActorRecord], tally: Tally) -> None:
        """Insert the proposed actors this run has not seen yet (or leave them as they are)."""
        for actor in actors:
            if actor.key in self.ids:
                continue
            row, outcome = actor_ensure(
                key=actor.key,
                name=actor.name,
                kind=actor.kind,
                title=actor.title,
                rule=actor.rule,
            )
            tally.add("actor", outcome)
            usable = row is not None and row.review_status != ReviewStatus.REJECTED
            self.ids[actor.key] = row.pk if usable else None

    def resolve(self, ref: EntityRef) -> EntityRef | None:
        """Return the entity with its database id, or None when it is not (or no longer) there."""
        if ref.id is not None:
            return ref
        pk = self.ids.get(ref.key) if ref.entity == "actor" else None
        return replace(ref, id=pk) if pk is not None else None
