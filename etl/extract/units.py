"""Names of military units: "82nd Airborne Division", "Multi-National Division - Baghdad".

A unit name is an ordinal or capitalized words before an echelon noun ("2nd Battalion",
"Zafr Command", "4th Iraqi Army Division"), a region after a dash ("Multi-National
Division-North"), or "Task Force" and a name. "Group" needs an ordinal ("5th Special Forces
Group"; "the Iraq Study Group" is no unit), and a unit name before the head of an
institution is part of its name ("Marine Corps University"). A unit written with the unit
above it is one actor, named as written: "2nd Brigade Combat Team, 82nd Airborne Division",
"2nd Battalion, 325th Airborne Infantry Regiment", "3rd Brigade of the Georgian Army"; the
possessive form ("the 82nd Airborne Division's 2nd Brigade Combat Team") names the division
and the brigade (as "2nd Brigade Combat Team, 82nd Airborne Division").
"""

import re
from dataclasses import dataclass

from etl.records import Span

# Echelons from the smallest up; a unit is written with the one above it after a comma.
ECHELONS = (
    ("Team", 1),
    ("Company", 1),
    ("Battery", 1),
    ("Troop", 1),
    ("Squadron", 2),
    ("Battalion", 2),
    ("Regiment", 3),
    ("Brigade Combat Team", 3),
    ("Brigade", 3),
    ("Group", 3),
    ("Cavalry Division", 4),
    ("Cavalry", 4),
    ("Division", 4),
    ("Corps", 5),
    ("Command", 5),
    ("Headquarters", 5),
    ("Army", 6),
)
RANKS = dict(ECHELONS)
# Echelon words that name a unit only after an ordinal ("5th Special Forces Group").
NEEDS_ORDINAL = frozenset({"Group"})
# A unit name followed by the head of an institution is part of that institution's name.
_PART_OF_NAME = re.compile(
    r"[ \t]+(?:University|College|School|Academy|Institute|Museum|Hospital|Center|Centre|"
    r"Library|Foundation|Association|Band)\b|[ \t]+and[ \t]+(?:Staff|General)[ \t]+College\b"
)
_ORDINAL = (
    r"(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|"
    r"Eleventh|Twelfth)"
)
_CAP = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*|[A-Z]{2,5})"
_ECHELON = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name, _ in ECHELONS)
_UNIT = re.compile(
    rf"\b(?P<name>(?:(?P<ordinal>{_ORDINAL})\s+)?(?P<words>(?:{_CAP}\s+){{0,5}})"
    rf"(?P<echelon>{_ECHELON})(?!\w|-[a-z])"
    rf"(?:[ \t]*[-–—][ \t]*(?P<region>[A-Z][a-z]+)\b)?"
    rf"|Task\s+Force\s+{_CAP}(?:\s+{_CAP})?)"
)
NOT_UNIT_WORDS = frozenset(
    "the a an this that his her their its our and of in at by for with from to".split()
)
_COMMA = re.compile(r",[ \t]+")
_OF_THE = re.compile(r"[ \t]+of[ \t]+the[ \t]+")
_POSSESSIVE = re.compile(r"['’]s[ \t]+")


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit name as written: where, the name, its echelon's rank."""

    span: Span
    name: str
    rank: int


def find_units(text: str, span: Span, known: list[Span] = ()) -> list[Unit]:
    """Return the unit names of text[span], a unit with the one above it as one name.

    `known` are the spans of units the gazetteer names ("Georgian Army"): a unit "of the"
    one of them is named with it.
    """
    units = [unit for match in _UNIT.finditer(text, *span) if (unit := _unit(match))]
    units += [Unit(where, text[where[0] : where[1]], RANKS["Army"]) for where in known]
    units.sort(key=lambda unit: unit.span)
    found, index = [], 0
    while index < len(units):
        unit = units[index]
        above = units[index + 1] if index + 1 < len(units) else None
        joined = _joined(text, unit, above) if above else None
        if joined is not None:
            found.append(joined)
            index += 2
            continue
        if unit.span not in known:
            found.append(unit)
        index += 1
    return found


def _unit(match: re.Match) -> Unit | None:
    if match.group("name").startswith("Task"):
        return Unit(match.span("name"), " ".join(match.group("name").split()), RANKS["Group"])
    words = [word for word in re.finditer(r"\S+", match.group("words"))]
    while words and words[0].group().casefold() in NOT_UNIT_WORDS:
        words = words[1:]
    if not match.group("ordinal") and not words:
        return None  # "the Division", "Command"
    echelon = " ".join(match.group("echelon").split())
    if echelon in NEEDS_ORDINAL and not match.group("ordinal"):
        return None  # "the Iraq Study Group", "Operations Group": not units
    if _PART_OF_NAME.match(match.string, match.end("name")):
        return None  # "Marine Corps University", "Army Command and Staff College"
    if match.group("ordinal"):
        start = match.start("ordinal")
    else:
        start = match.start("words") + words[0].start()
    end = match.end("name")
    parts = [match.group("ordinal") or "", *(word.group() for word in words), echelon]
    name = " ".join(part for part in parts if part)
    if match.group("region"):
        name += "-" + " ".join(match.group("region").split())
    return Unit((start, end), name, RANKS[echelon])


def _joined(text: str, unit: Unit, above: Unit) -> Unit | None:
    gap = text[unit.span[1] : above.span[0]]
    if above.rank > unit.rank and (_COMMA.fullmatch(gap) or _OF_THE.fullmatch(gap)):
        name = f"{unit.name}{gap}{above.name}" if _OF_THE.fullmatch(gap) else None
        return Unit((unit.span[0], above.span[1]), name or f"{unit.name}, {above.name}", unit.rank)
    return None


def possessed_units(text: str, units: list[Unit]) -> dict[Span, str]:
    """Return the new names of units written after their parent's possessive (by span)."""
    names = {}
    for parent, unit in zip(units, units[1:], strict=False):
        gap = text[parent.span[1] : unit.span[0]]
        if parent.rank > unit.rank and _POSSESSIVE.fullmatch(gap):
            names[unit.span] = f"{unit.name}, {parent.name}"
    return names
