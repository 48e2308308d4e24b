"""Records of the reference lists in seeds/reference/: actors, weapons and places with aliases."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReferenceAlias:
    """Another name of a reference entity, with its apps.common AliasKind value."""

    name: str
    kind: str  # "name" | "abbreviation" | "transliteration" | "surname"


@dataclass(frozen=True, slots=True)
class ReferenceEntity:
    """One actor, weapon or place of a reference list, validated."""

    entity: str  # "actor" | "weapon" | "place"
    key: str  # "actor:<slug>", stable as long as the slug is
    slug: str
    name: str
    kind: str  # actor kind, weapon category or place kind
    description: str = ""
    parent: str = ""  # canonical name of the parent entity of the same list
    country: str = ""  # actors only: canonical name of a place
    latitude: float | None = None
    longitude: float | None = None
    aliases: tuple[ReferenceAlias, ...] = ()


@dataclass(frozen=True, slots=True)
class ReferenceData:
    """The three reference lists, each in file order (parents before children is not required)."""

    places: tuple[ReferenceEntity, ...] = ()
    actors: tuple[ReferenceEntity, ...] = ()
    weapons: tuple[ReferenceEntity, ...] = ()
