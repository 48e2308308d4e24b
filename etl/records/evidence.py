"""Records of the loader's second half: what extraction finds in one document's text.

Every span is a (start, end) pair of offsets into the text of the DocumentRecord the evidence
was extracted from; text[start:end] is the record's quote.
"""

from dataclasses import dataclass
from datetime import date

from .documents import Span


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An actor, weapon or place: a known row (id) or one a pattern proposes (key only)."""

    entity: str  # "actor" | "weapon" | "place"
    key: str  # the loader key ("actor:rick-lynch"); may be blank for curator-made rows
    name: str
    id: int | None = None  # database id when the gazetteer was built from the database
    kind: str = ""  # actor kind, weapon category or place kind

    @property
    def ident(self) -> str:
        """Return what identifies the entity inside one run: its id, else its key."""
        return f"{self.entity}#{self.id}" if self.id is not None else self.key


@dataclass(frozen=True, slots=True)
class NewActorRecord:
    """An actor the gazetteer does not know, found by a pattern; loaded as unreviewed."""

    key: str
    name: str
    kind: str  # guessed from the pattern: person, armed_group, military_unit...
    title: str = ""  # rank or office as written ("Maj. Gen.")
    rule: str = ""  # id of the extraction rule that proposed it (etl/extract/rules)


@dataclass(frozen=True, slots=True)
class MentionRecord:
    """One occurrence of an entity in the text, with its surface form."""

    entity: EntityRef
    span: Span
    surface: str  # == text[span[0]:span[1]]
    source: str = "gazetteer"  # "gazetteer" | "pattern" | "surname"
    comment_key: str = ""  # set when the mention is inside a reader comment (low trust)
    rule: str = ""  # id of the extraction rule that found it


@dataclass(frozen=True, slots=True)
class RelationRecord:
    """A relation between two actors stated in the text ("X, the commander of Y")."""

    subject: EntityRef
    predicate: str  # apps.actors.models.RelationType value
    object: EntityRef
    span: Span  # the sentence stating the relation
    subject_span: Span  # where subject and object are named: keeps relation keys apart
    object_span: Span
    rule: str = ""  # id of the extraction rule that found it


@dataclass(frozen=True, slots=True)
class DateRecord:
    """A date or date range found in the text, resolved against the document's date.

    `start`/`end` are None when the year could not be known ("at the end of December" in an
    undated post); `month` then still says which month was meant.
    """

    text: str  # as written ("Sept. 22", "at the end of December")
    precision: str  # "day" | "month" | "year"
    start: date | None = None
    end: date | None = None
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True, slots=True)
class ParticipantRecord:
    """An actor's part in an event, with the passage naming it."""

    actor: EntityRef
    role: str  # apps.events.models.ParticipantRole value
    span: Span
    rule: str = ""  # id of the extraction rule that gave the role


@dataclass(frozen=True, slots=True)
class EventWeaponRecord:
    """A weapon named in an event's report."""

    weapon: EntityRef
    span: Span
    rule: str = ""  # id of the extraction rule that tied the weapon to the event


@dataclass(frozen=True, slots=True)
class EventRecord:
    """An event as one passage of one document reports it (its report span)."""

    event_type: str  # apps.events.models.EventType value
    span: Span  # the report: the sentence telling the event
    summary: str
    segment: str  # the paragraph or timeline entry; events of two segments never merge
    date: DateRecord | None = None
    place: EntityRef | None = None
    participants: tuple[ParticipantRecord, ...] = ()
    weapons: tuple[EventWeaponRecord, ...] = ()
    killed: int | None = None
    wounded: int | None = None
    captured: int | None = None
    detained: int | None = None
    # Narrative prose with its own date (no timeline entry, no "in another operation"): it
    # may retell an event another paragraph of the same document tells.
    narrative: bool = False
    also: tuple[Span, ...] = ()  # more sentences of the document reporting this event
    rule: str = ""  # id of the extraction rule that found the report at `span`
    also_rules: tuple[str, ...] = ()  # the rule of each report in `also`, in the same order


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """Who asserts, denies or doubts that subject-predicate-object, quoted."""

    subject: EntityRef
    predicate: str  # apps.claims.models.Predicate value
    object: EntityRef
    stance: str  # "asserts" | "denies" | "disputes" | "uncertain"
    span: Span  # the sentence making the claim
    subject_span: Span  # where the subject and object are named: keeps claim keys apart
    object_span: Span
    claimant: EntityRef | None = None
    claimant_text: str = ""
    relayed_by: str = ""
    hedges: tuple[str, ...] = ()
    claim_date: DateRecord | None = None
    kind: str = "stated"  # "stated", or "counter": a denial the sentence reports in passing
    rule: str = ""  # id of the extraction rule that found it


@dataclass(frozen=True, slots=True)
class EvidenceRecord:
    """Everything extracted from one DocumentRecord's text (a file or one dossier row)."""

    document_key: str
    new_actors: tuple[NewActorRecord, ...] = ()
    mentions: tuple[MentionRecord, ...] = ()
    relations: tuple[RelationRecord, ...] = ()
    events: tuple[EventRecord, ...] = ()
    claims: tuple[ClaimRecord, ...] = ()
