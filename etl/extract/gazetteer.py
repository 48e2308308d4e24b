"""The gazetteer: every known name of every actor, weapon and place, and matching it in text.

Matching is case-, punctuation- and hyphen-tolerant ("al-Qaeda", "Al Qaeda", "al Qaida" once
listed as a variant), leftmost-longest ("al Qaeda in Iraq" is AQI, not al-Qaeda), and never
guesses: a name resolves only to the entity that lists it.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

from etl import budget
from etl.records import EntityRef, ReferenceData, Span

from .lexicons import section
from .text import Token, name_tokens, tokenize

INSTITUTION_HEADS = frozenset(
    word
    for kind in ("government_body", "organization")
    for word in section("organizations", "heads")[kind]
)
_GAP = re.compile(r"[\s\-‐‑–—/&]*")
_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9.\-]*$")
# The words that may join an adjective to the name sharing its noun ("Sunni and Shiite ...").
_ELISION_LINKS = (("as", "well", "as"), ("and", "even"), ("and", "also"), ("or", "even"))
_ELISION_LINKS += (("and",), ("or",))
_ELISION_RULE = "mention.gazetteer_elision"


@dataclass(frozen=True, slots=True)
class GazetteerName:
    """One name of an entity: its canonical name or an alias."""

    name: str
    ref: EntityRef
    alias_kind: str = "name"


@dataclass(frozen=True, slots=True)
class Entry:
    ref: EntityRef
    written: str  # the name as listed, for the case rules
    generated: bool = False  # a plural made by the matcher, not listed


@dataclass(frozen=True)
class Gazetteer:
    """Names by token tuple, plus each entity's parent (places and actors) for hierarchy."""

    entries: Mapping[tuple[str, ...], tuple[Entry, ...]]
    parents: Mapping[str, str]  # EntityRef.ident -> parent's ident
    longest: int
    kinds: Mapping[str, str] = field(default_factory=dict)  # EntityRef.ident -> kind

    def ancestors(self, ref: EntityRef) -> list[str]:
        """Return the idents of ref's parents, nearest first."""
        chain, current, seen = [], self.parents.get(ref.ident), {ref.ident}
        while current and current not in seen:
            chain.append(current)
            seen.add(current)
            current = self.parents.get(current)
        return chain

    @cached_property
    def place_words(self) -> frozenset[str]:
        """Return the places listed under a one-word name ("Baghdad", "Iran"), normalized."""
        return frozenset(
            key[0]
            for key, entries in self.entries.items()
            if len(key) == 1 and any(e.ref.entity == "place" and not e.generated for e in entries)
        )

    def lookup(self, name: str, entity: str) -> EntityRef | None:
        """Return the entity of that kind listing exactly this name, if any."""
        for entry in self.entries.get(name_tokens(name), ()):
            if entry.ref.entity == entity and not entry.generated:
                return entry.ref
        return None


@dataclass(frozen=True, slots=True)
class Match:
    """A run of tokens naming one or more entities (an actor and a place may share a name)."""

    span: Span
    refs: tuple[EntityRef, ...]
    first_token: int
    last_token: int
    rule: str = "mention.gazetteer"


def build_gazetteer(names: Iterable[GazetteerName], parents: Mapping[str, str]) -> Gazetteer:
    """Index names by their tokens; listed names win over generated plurals."""
    index: dict[tuple[str, ...], list[Entry]] = {}
    listed = list(names)
    for item in listed:
        _add(index, name_tokens(item.name), Entry(item.ref, item.name))
    for item in listed:
        for plural in _plurals(name_tokens(item.name)):
            _add(index, plural, Entry(item.ref, item.name, generated=True))
    entries = {key: tuple(value) for key, value in index.items() if key}
    longest = max((len(key) for key in entries), default=0)
    kinds = {item.ref.ident: item.ref.kind for item in listed}
    return Gazetteer(
        MappingProxyType(entries),
        MappingProxyType(dict(parents)),
        longest,
        MappingProxyType(kinds),
    )


def gazetteer_from_reference(data: ReferenceData) -> Gazetteer:
    """Build a gazetteer straight from the reference lists (keys as identities, no database)."""
    names, parents = [], {}
    for records in (data.places, data.actors, data.weapons):
        by_name = {record.name: record for record in records}
        for record in records:
            ref = EntityRef(record.entity, record.key, record.name, kind=record.kind)
            names.append(GazetteerName(record.name, ref))
            names.extend(GazetteerName(alias.name, ref, alias.kind) for alias in record.aliases)
            if record.parent:
                parents[ref.ident] = by_name[record.parent].key
    return build_gazetteer(names, parents)


def find_names(gazetteer: Gazetteer, text: str, span: Span) -> list[Match]:
    """Return the leftmost-longest gazetteer names in text[span], left to right."""
    budget.check()
    tokens = tokenize(text, *span)
    found, index = [], 0
    while index < len(tokens):
        match = _longest_at(gazetteer, text, tokens, index)
        if match is None:
            index += 1
            continue
        found.append(match)
        index = match.last_token + 1
    covered = {index for match in found for index in range(match.first_token, match.last_token + 1)}
    elided = [m for match in found if (m := _elided(gazetteer, tokens, match, covered))]
    return sorted(found + elided, key=lambda match: match.span)


def _elided(
    gazetteer: Gazetteer, tokens: list[Token], match: Match, covered: set[int]
) -> Match | None:
    # "Sunni and Shiite extremists", "Shia and even Sunni insurgents": the first adjective
    # shares the noun of the name after it, so it names what "<adjective> <noun>" names.
    first = match.first_token
    words = [token.norm for token in tokens[max(0, first - 4) : first]]
    skip = next((len(tail) for tail in _ELISION_LINKS if tuple(words[-len(tail) :]) == tail), 0)
    index = first - skip - 1
    if not skip or index < 0 or match.last_token == first:
        return None
    adjective = tokens[index]
    if not adjective.text[:1].isupper() or index in covered:
        return None
    head = tuple(token.norm for token in tokens[first + 1 : match.last_token + 1])
    for size in range(len(head), 0, -1):
        entries = gazetteer.entries.get((adjective.norm, *head[-size:]), ())
        refs = _unique(entry.ref for entry in entries if entry.ref.entity == "actor")
        if refs:
            return Match((adjective.start, adjective.end), refs, index, index, _ELISION_RULE)
    return None


def _longest_at(gazetteer: Gazetteer, text: str, tokens: list[Token], index: int) -> Match | None:
    limit = min(gazetteer.longest, len(tokens) - index)
    for length in range(limit, 0, -1):
        last = index + length - 1
        key = tuple(token.norm for token in tokens[index : last + 1])
        entries = gazetteer.entries.get(key)
        if not entries or not _joined(text, tokens, index, last):
            continue
        surface = text[tokens[index].start : tokens[last].end]
        fitting = [entry for entry in entries if _case_fits(entry, surface)]
        listed = [entry for entry in fitting if not entry.generated]
        refs = _unique(entry.ref for entry in listed or fitting)
        if refs:
            return Match((tokens[index].start, tokens[last].end), refs, index, last)
    return None


def _joined(text: str, tokens: list[Token], first: int, last: int) -> bool:
    # A name may be split by spaces, line breaks, hyphens or dashes, never by other punctuation
    # (a comma or full stop ends it), except the dot of an initial ("U.S.").
    for left, right in zip(tokens[first:last], tokens[first + 1 : last + 1], strict=True):
        gap = text[left.end : right.start]
        if _GAP.fullmatch(gap):
            continue
        if len(left.text) == 1 and _GAP.fullmatch(gap.removeprefix(".")):
            continue
        return False
    return True


def _case_fits(entry: Entry, surface: str) -> bool:
    # Acronyms must be written in capitals ("US" is not "us", "JAM" is not "jam"), and the
    # one-word proper name of an actor or place must be capitalized ("Bush", not "bush");
    # weapons are common nouns ("Mortar" matches "mortars").
    written = entry.written
    letters = [ch for ch in written if ch.isalpha()]
    if _ACRONYM.match(written) and letters:
        if entry.generated and surface.endswith("s"):
            surface = surface[:-1]  # "AK-47s", "IEDs"
        capitals = sum(ch.isupper() for ch in surface)
        return surface.isupper() or (len(letters) > 2 and capitals >= 2)
    if entry.ref.entity != "weapon" and " " not in written.strip() and written[:1].isupper():
        return surface[:1].isupper()
    if entry.ref.entity == "actor" and surface.islower() and _is_institution(written):
        return False  # "the Iranian national security council" is not the Security Council
    return True


def _is_institution(written: str) -> bool:
    """Return whether a listed name is an institution's proper name ("Security Council",
    "Defense Department"): several capitalized words ending in an institution's head noun.
    Written all in lower case it is a description of some such body, not that one."""
    words = written.split()
    return (
        len(words) > 1
        and all(word[:1].isupper() for word in words)
        and words[-1].casefold() in INSTITUTION_HEADS
    )


def _plurals(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    if tokens and tokens[-1].isalnum() and tokens[-1][-1:].isdigit():
        return [(*tokens[:-1], tokens[-1] + "s")]  # "AK-47s", "RPG-7s"
    if not tokens or not tokens[-1].isalpha() or len(tokens[-1]) < 3:
        return []
    *head, last = tokens
    forms = [last + "s"] if not last.endswith("s") else []
    if last.endswith(("s", "x", "ch", "sh")):
        forms.append(last + "es")
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        forms.append(last[:-1] + "ies")
    return [(*head, form) for form in forms]


def _add(index: dict, key: tuple[str, ...], entry: Entry) -> None:
    bucket = index.setdefault(key, [])
    if all(existing.ref.ident != entry.ref.ident for existing in bucket):
        bucket.append(entry)


def _unique(refs: Iterable[EntityRef]) -> tuple[EntityRef, ...]:
    seen, unique = set(), []
    for ref in refs:
        if ref.ident not in seen:
            seen.add(ref.ident)
            unique.append(ref)
    return tuple(unique)
