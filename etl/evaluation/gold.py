"""Gold annotations: one JSON file per document (eval/schema/gold.schema.json), as dataclasses.

`parse_gold` expects data the schema accepts (see `etl.evaluation.goldcheck`); it keeps the
annotation's own words and ids and computes nothing.
"""

import json
from dataclasses import dataclass
from pathlib import Path

COUNT_FIELDS = ("killed", "wounded", "captured", "detained")
PRECISIONS = ("year", "month", "day")  # coarse to fine


@dataclass(frozen=True, slots=True)
class GoldDate:
    """A date at a precision: '2007' (year), '2007-05' (month), '2007-05-12' (day)."""

    value: str
    precision: str

    @property
    def parts(self) -> tuple[int, ...]:
        """Return (year,), (year, month) or (year, month, day), as the precision says."""
        return tuple(int(part) for part in self.value.split("-"))[: self.depth]

    @property
    def depth(self) -> int:
        return PRECISIONS.index(self.precision) + 1


@dataclass(frozen=True, slots=True)
class Passage:
    """An exact passage of the document file; `occurrence` (1-based) picks among repeats."""

    quote: str
    occurrence: int | None = None


@dataclass(frozen=True, slots=True)
class GoldHeader:
    title: str | None
    author: str | None
    publisher: str | None
    published: GoldDate | None
    kind: str


@dataclass(frozen=True, slots=True)
class GoldComment:
    n: int
    author: str
    kind: str
    reply_to: int | None
    passage: Passage


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """An actor (kind) or a weapon (its category in `kind`), with every form the text uses."""

    id: str
    name: str
    kind: str
    surface: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.surface)


@dataclass(frozen=True, slots=True)
class GoldMention:
    passage: Passage
    trigger: str | None


@dataclass(frozen=True, slots=True)
class GoldEvent:
    id: str
    same_as: str | None
    type: str
    date: GoldDate | None
    place: str | None
    participants: tuple[tuple[str, str], ...]  # (actor id, role)
    weapons: tuple[str, ...]
    counts: tuple[tuple[str, int], ...]  # (count field, number) for the numbers stated
    mentions: tuple[GoldMention, ...]


@dataclass(frozen=True, slots=True)
class GoldParty:
    """A claimant or reporter: an actor id, a description as written, or the author's voice."""

    actor: str | None = None
    text: str | None = None
    is_author: bool = False


@dataclass(frozen=True, slots=True)
class GoldObject:
    """What a claim is about: exactly one of an actor id, an event id or a thing (text)."""

    actor: str | None = None
    event: str | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class GoldClaim:
    claimant: GoldParty
    reporter: GoldParty | None
    subject: str
    predicate: str
    object: GoldObject
    stance: str
    hedges: tuple[str, ...]
    passage: Passage


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    header: GoldHeader
    comments: tuple[GoldComment, ...]
    actors: tuple[GoldEntity, ...]
    weapons: tuple[GoldEntity, ...]
    events: tuple[GoldEvent, ...]
    claims: tuple[GoldClaim, ...]

    def actor(self, actor_id: str) -> GoldEntity | None:
        return next((actor for actor in self.actors if actor.id == actor_id), None)

    def weapon(self, weapon_id: str) -> GoldEntity | None:
        return next((weapon for weapon in self.weapons if weapon.id == weapon_id), None)


def read_gold(path: Path) -> GoldDocument:
    """Read one gold file (assumed valid: check it with goldcheck first)."""
    return parse_gold(json.loads(path.read_text(encoding="utf-8")))


def parse_gold(data: dict) -> GoldDocument:
    """Return the dataclasses of one schema-valid gold annotation."""
    return GoldDocument(
        id=data["id"],
        header=_header(data["header"]),
        comments=tuple(_comment(item) for item in data["comments"]),
        actors=tuple(_entity(item, "kind") for item in data["actors"]),
        weapons=tuple(_entity(item, "category") for item in data["weapons"]),
        events=tuple(_event(item) for item in data["events"]),
        claims=tuple(_claim(item) for item in data["claims"]),
    )


def _date(data: dict | None) -> GoldDate | None:
    return GoldDate(value=data["value"], precision=data["precision"]) if data else None


def _passage(data: dict) -> Passage:
    return Passage(quote=data["quote"], occurrence=data.get("occurrence"))


def _header(data: dict) -> GoldHeader:
    return GoldHeader(
        title=data["title"],
        author=data.get("author"),
        publisher=data.get("publisher"),
        published=_date(data["published"]),
        kind=data["kind"],
    )


def _comment(data: dict) -> GoldComment:
    return GoldComment(
        n=data["n"],
        author=data["author"],
        kind=data["kind"],
        reply_to=data["reply_to"],
        passage=_passage(data),
    )


def _entity(data: dict, kind_field: str) -> GoldEntity:
    return GoldEntity(
        id=data["id"], name=data["name"], kind=data[kind_field], surface=tuple(data["surface"])
    )


def _event(data: dict) -> GoldEvent:
    return GoldEvent(
        id=data["id"],
        same_as=data.get("same_as"),
        type=data["type"],
        date=_date(data["date"]),
        place=data["place"],
        participants=tuple((item["actor"], item["role"]) for item in data["participants"]),
        weapons=tuple(data["weapons"]),
        counts=tuple(
            (field, data["counts"][field]) for field in COUNT_FIELDS if field in data["counts"]
        ),
        mentions=tuple(
            GoldMention(passage=_passage(item), trigger=item.get("trigger"))
            for item in data["mentions"]
        ),
    )


def _party(data: dict | None) -> GoldParty | None:
    if data is None:
        return None
    return GoldParty(actor=data.get("actor"), text=data.get("text"), is_author="author" in data)


def _claim(data: dict) -> GoldClaim:
    return GoldClaim(
        claimant=_party(data["claimant"]),
        reporter=_party(data.get("reporter")),
        subject=data["subject"],
        predicate=data["predicate"],
        object=GoldObject(**data["object"]),
        stance=data["stance"],
        hedges=tuple(data["hedges"]),
        passage=_passage(data),
    )
