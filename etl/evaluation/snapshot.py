"""Read what the loader stored into plain dataclasses: the one place the evaluation reads rows.

Only visible rows count (not rejected, not stale). Documents are grouped by file: a dossier's
rows belong to the file they were read from. Attributes a later claim model may add (an event
or a text as the claim's object) are read when present.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from apps.actors.models import Actor, ActorMention
from apps.claims.models import Claim
from apps.comments.models import Comment
from apps.common.selectors import visible
from apps.common.text import normalize_name
from apps.documents.models import Document
from apps.events.models import Event, EventParticipant, EventReport, EventWeapon
from apps.places.models import Place
from apps.weapons.models import Weapon, WeaponMention

COUNTS = ("killed", "wounded", "captured", "detained")


@dataclass(frozen=True, slots=True)
class StoredDocument:
    pk: int
    file_id: str  # the file name without .txt: the gold id
    parent: int | None
    title: str
    author: str
    publisher: str
    published_on: date | None
    published_precision: str
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class Span:
    """A stored passage: document, offsets in its text, quote."""

    document: int
    start: int
    end: int
    quote: str

    def contains(self, document: int, start: int, end: int) -> bool:
        return self.document == document and self.start <= start and end <= self.end

    def overlap(self, document: int, start: int, end: int) -> int:
        if self.document != document:
            return 0
        return max(0, min(self.end, end) - max(self.start, start))


@dataclass(frozen=True, slots=True)
class StoredComment:
    pk: int
    span: Span
    position: int
    author: str
    kind: str
    reply_to: int | None


@dataclass(frozen=True, slots=True)
class StoredEntity:
    """An actor, weapon or place; `keys` are its name and aliases, normalised."""

    pk: int
    name: str
    kind: str
    keys: frozenset[str]


@dataclass(frozen=True, slots=True)
class StoredMention:
    entity: int
    span: Span
    in_comment: bool


@dataclass(frozen=True, slots=True)
class StoredEvent:
    pk: int
    type: str
    date_start: date | None
    date_end: date | None
    date_precision: str
    place: int | None
    counts: tuple[int | None, ...]  # in the order of COUNTS
    participants: tuple[tuple[int, str], ...]  # (actor pk, role)
    weapons: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class StoredReport:
    event: int
    span: Span


@dataclass(frozen=True, slots=True)
class StoredClaim:
    pk: int
    span: Span
    claimant: int | None
    claimant_text: str
    relayed_by: str
    subject: int
    predicate: str
    object_actor: int | None
    object_event: int | None
    object_text: str
    stance: str


@dataclass(slots=True)
class Snapshot:
    """Every visible row the evaluation compares, read once after a load."""

    documents: dict[int, StoredDocument] = field(default_factory=dict)
    comments: list[StoredComment] = field(default_factory=list)
    actors: dict[int, StoredEntity] = field(default_factory=dict)
    weapons: dict[int, StoredEntity] = field(default_factory=dict)
    places: dict[int, StoredEntity] = field(default_factory=dict)
    actor_mentions: list[StoredMention] = field(default_factory=list)
    weapon_mentions: list[StoredMention] = field(default_factory=list)
    events: dict[int, StoredEvent] = field(default_factory=dict)
    reports: list[StoredReport] = field(default_factory=list)
    claims: list[StoredClaim] = field(default_factory=list)
    _comment_spans: dict[int, list[Span]] | None = field(default=None, repr=False)

    def family(self, file_id: str) -> list[StoredDocument]:
        """Return the stored document of a file, then its dossier rows; empty if not loaded."""
        files = [d for d in self.documents.values() if d.parent is None and d.file_id == file_id]
        if not files:
            return []
        return files + [d for d in self.documents.values() if d.parent == files[0].pk]

    def in_comment(self, span: Span) -> bool:
        """Return whether a passage lies inside a stored comment of its document."""
        if self._comment_spans is None:
            self._comment_spans = defaultdict(list)
            for comment in self.comments:
                self._comment_spans[comment.span.document].append(comment.span)
        inside = (
            c.contains(span.document, span.start, span.end)
            for c in self._comment_spans[span.document]
        )
        return any(inside)


def read_snapshot() -> Snapshot:
    """Read every visible document, comment, entity, mention, event and claim."""
    snapshot = Snapshot(
        documents={d.pk: _document(d) for d in visible(Document.objects.all())},
        actors=_entities(Actor, "kind"),
        weapons=_entities(Weapon, "category"),
        places=_entities(Place, "kind"),
        events=_events(),
    )
    snapshot.comments = [_comment(c) for c in visible(Comment.objects.all())]
    snapshot.actor_mentions = _mentions(ActorMention, "actor_id")
    snapshot.weapon_mentions = _mentions(WeaponMention, "weapon_id")
    snapshot.reports = [
        StoredReport(event=r.event_id, span=_span(r)) for r in visible(EventReport.objects.all())
    ]
    snapshot.claims = [_claim(claim) for claim in visible(Claim.objects.all())]
    return snapshot


def _span(row) -> Span:
    return Span(document=row.document_id, start=row.span_start, end=row.span_end, quote=row.quote)


def _document(row: Document) -> StoredDocument:
    return StoredDocument(
        pk=row.pk,
        file_id=Path(row.source_file).stem,
        parent=row.parent_id,
        title=row.title,
        author=row.author,
        publisher=row.publisher,
        published_on=row.published_on,
        published_precision=row.published_precision,
        kind=row.kind,
        text=row.text,
    )


def _comment(row: Comment) -> StoredComment:
    return StoredComment(
        pk=row.pk,
        span=_span(row),
        position=row.position,
        author=row.author,
        kind=row.kind,
        reply_to=row.reply_to_id,
    )


def _entities(model, kind_field: str) -> dict[int, StoredEntity]:
    rows = visible(model.objects.all()).prefetch_related("aliases")
    return {
        row.pk: StoredEntity(
            pk=row.pk,
            name=row.name,
            kind=getattr(row, kind_field),
            keys=frozenset(
                {normalize_name(row.name)} | {alias.normalized for alias in row.aliases.all()}
            )
            - {""},
        )
        for row in rows
    }


def _mentions(model, entity_field: str) -> list[StoredMention]:
    return [
        StoredMention(
            entity=getattr(row, entity_field),
            span=_span(row),
            in_comment=row.comment_id is not None,
        )
        for row in visible(model.objects.all())
    ]


def _events() -> dict[int, StoredEvent]:
    participants, weapons = defaultdict(list), defaultdict(list)
    for row in visible(EventParticipant.objects.all()):
        participants[row.event_id].append((row.actor_id, row.role))
    for row in visible(EventWeapon.objects.all()):
        weapons[row.event_id].append(row.weapon_id)
    return {
        row.pk: StoredEvent(
            pk=row.pk,
            type=row.event_type,
            date_start=row.date_start,
            date_end=row.date_end,
            date_precision=row.date_precision,
            place=row.place_id,
            counts=tuple(getattr(row, count) for count in COUNTS),
            participants=tuple(sorted(participants[row.pk])),
            weapons=tuple(sorted(weapons[row.pk])),
        )
        for row in visible(Event.objects.all())
    }


def _claim(row: Claim) -> StoredClaim:
    # A model with an object event keeps `event` for the event a claim belongs to; before it,
    # `event` is the only link from a claim to what it is about.
    if hasattr(row, "object_event_id"):
        object_event = row.object_event_id
    else:
        object_event = getattr(row, "event_id", None)
    return StoredClaim(
        pk=row.pk,
        span=_span(row),
        claimant=row.claimant_id,
        claimant_text=row.claimant_text,
        relayed_by=row.relayed_by,
        subject=row.subject_id,
        predicate=row.predicate,
        object_actor=getattr(row, "object_id", None),
        object_event=object_event,
        object_text=getattr(row, "object_text", "") or "",
        stance=row.stance,
    )
