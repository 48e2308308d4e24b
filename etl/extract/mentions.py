"""Mentions of actors, weapons and places: gazetteer names, pattern hits, NER names, surnames.

Longest match wins; a pattern hit that overlaps a gazetteer name gives way to it, and a name
only the NER finds gives way to both. A name both an actor and a place ("Iran") is the place
after a locative preposition ("in Iran") and the actor otherwise ("Iran denied"). A surname
alone ("Lynch said") links to the one person of the document with that surname introduced
earlier; an ambiguous surname links to nobody. The document's header lines (its title,
byline and bio: heading.py) are read like the body; a surname in them links to the one
person of that surname the document names anywhere.
"""

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.text import slugify

from etl.records import EntityRef, MentionRecord, NewActorRecord, Span

from .gazetteer import Gazetteer, Match, find_names
from .people import NOT_NAMES, NameHit, find_people
from .placing import gazetteer_mention
from .proposals import NER_RULES, find_proposals

SURNAME_RULE = "mention.surname"


@dataclass(frozen=True, slots=True)
class Mentions:
    """The mentions of one text and the actors the patterns propose."""

    mentions: tuple[MentionRecord, ...]
    new_actors: tuple[NewActorRecord, ...]


def find_mentions(
    text: str,
    spans: Iterable[Span],
    gazetteer: Gazetteer,
    *,
    context: str = "",
    heading: Iterable[Span] = (),
    authors: Iterable[tuple[Span, str]] = (),
) -> Mentions:
    """Return the mentions in the body spans and the heading spans of a text.

    `context` (a title not in the text) helps link surnames; `authors` are the byline's
    names with their spans.
    """
    body = list(spans)
    heading = sorted(set(heading) - set(body))
    spans = sorted({*body, *heading})
    not_names = NOT_NAMES | gazetteer.place_words
    matches = [match for span in spans for match in find_names(gazetteer, text, span)]
    matches, hits = find_proposals(text, spans, gazetteer, matches, not_names, authors)
    people = _People(_known_people(text, matches, hits, context, gazetteer, not_names))
    mentions = [gazetteer_mention(text, match) for match in matches]
    new_actors: dict[str, NewActorRecord] = {}
    late = _Heading(heading)  # heading lines may name a person the body introduces later
    for hit in hits:
        ref, linked = _resolve_hit(hit, gazetteer, people, new_actors, late)
        if linked and hit.rule in NER_RULES.values():
            # A name only the NER read that is a known person's surname is a surname mention.
            mentions.append(_mention(text, ref, hit.span, "surname", SURNAME_RULE))
        else:
            mentions.append(_mention(text, ref, hit.span, "pattern", hit.rule))
    mentions += _surname_mentions(text, spans, people, mentions, new_actors, not_names, late)
    ordered = sorted(mentions, key=lambda mention: (mention.span, mention.entity.entity))
    return Mentions(tuple(ordered), tuple(new_actors.values()))


def find_comment_mentions(
    text: str, span: Span, gazetteer: Gazetteer, comment_key: str
) -> list[MentionRecord]:
    """Return the gazetteer mentions inside one comment (no patterns: a low-trust source)."""
    return [
        MentionRecord(m.entity, m.span, m.surface, m.source, comment_key, m.rule)
        for m in (gazetteer_mention(text, match) for match in find_names(gazetteer, text, span))
    ]


@dataclass(frozen=True, slots=True)
class _Person:
    ref: EntityRef
    surname: str
    introduced_at: int  # offset of the first full mention; -1 when known from the context
    record: NewActorRecord | None = None  # set when the gazetteer does not know the person


def _mention(text: str, ref: EntityRef, span: Span, source: str, rule: str) -> MentionRecord:
    return MentionRecord(ref, span, text[span[0] : span[1]], source, rule=rule)


def _known_people(
    text: str,
    matches: list[Match],
    hits: list[NameHit],
    context: str,
    gazetteer: Gazetteer,
    not_names: frozenset[str],
) -> list[_Person]:
    people = []
    for match in matches:
        person = next((ref for ref in match.refs if ref.kind == "person"), None)
        if person is not None:
            surname = text[match.span[0] : match.span[1]].split()[-1]
            people.append(_Person(person, _surname(surname), match.span[0]))
    context_hits = find_people(context, (0, len(context)), not_names) if context else []
    for hit, introduced_at in [(hit, hit.span[0]) for hit in hits] + [
        (hit, -1) for hit in context_hits
    ]:
        if hit.kind == "person" and not hit.single:
            people.append(_person_from_hit(hit, introduced_at, gazetteer))
    return people


def _person_from_hit(hit: NameHit, introduced_at: int, gazetteer: Gazetteer) -> _Person:
    known = gazetteer.lookup(hit.name, "actor")
    if known is not None:
        return _Person(known, _surname(hit.name), introduced_at)
    ref = _new_ref(hit)
    record = NewActorRecord(ref.key, hit.name, hit.kind, hit.title, hit.rule)
    return _Person(ref, _surname(hit.name), introduced_at, record)


def _resolve_hit(
    hit: NameHit,
    gazetteer: Gazetteer,
    people: "_People",
    new_actors: dict[str, NewActorRecord],
    late: "_Heading | None" = None,
) -> tuple[EntityRef, bool]:
    """Return the actor a proposed name is, and whether it linked to a surname."""
    if hit.single:
        linked = people.link(hit.name, _linked_from(hit.span[0], late))
        if linked is not None:
            return _register(linked, new_actors), True
    known = gazetteer.lookup(hit.name, "actor")
    if known is not None:
        return known, False
    ref = _new_ref(hit)
    record = NewActorRecord(ref.key, hit.name, hit.kind, hit.title, hit.rule)
    return _register(_Person(ref, _surname(hit.name), hit.span[0], record), new_actors), False


def _register(person: _Person, new_actors: dict[str, NewActorRecord]) -> EntityRef:
    record = person.record
    if record is not None:
        known = new_actors.get(record.key)
        if known is None or (record.title and not known.title):
            new_actors[record.key] = record
    return person.ref


def _new_ref(hit: NameHit) -> EntityRef:
    return EntityRef("actor", f"actor:{slugify(hit.name)}", hit.name, kind=hit.kind)


class _People:
    """The document's people by surname: a surname links in log time, whatever the length.

    people.link(word, offset) is the one person with that surname introduced before the
    offset (the last such entry of the list), or None when none or several are.
    """

    def __init__(self, people: list[_Person]) -> None:
        self.all = people
        by_ident: dict[str, dict[str, list[tuple[int, int, _Person]]]] = {}
        for order, person in enumerate(people):
            idents = by_ident.setdefault(surname_key(person.surname), {})
            idents.setdefault(person.ref.ident, []).append((person.introduced_at, order, person))
        self._firsts: dict[str, list[tuple[int, str]]] = {}
        self._latest: dict[tuple[str, str], tuple[list[int], list[_Person]]] = {}
        for surname, idents in by_ident.items():
            self._firsts[surname] = sorted((min(e)[0], ident) for ident, e in idents.items())
            for ident, entries in idents.items():
                entries.sort(key=lambda entry: entry[0])
                best, latest = entries[0], []
                for entry in entries:
                    best = max(best, entry, key=lambda item: item[1])
                    latest.append(best[2])
                self._latest[surname, ident] = ([entry[0] for entry in entries], latest)

    def link(self, word: str, offset: int) -> _Person | None:
        surname = surname_key(word)
        firsts = self._firsts.get(surname, [])
        if bisect_left(firsts, (offset, "")) != 1:
            return None
        introduced, latest = self._latest[surname, firsts[0][1]]
        return latest[bisect_left(introduced, offset) - 1]


def _surname_mentions(
    text: str,
    spans: list[Span],
    people: _People,
    mentions: list[MentionRecord],
    new_actors: dict[str, NewActorRecord],
    not_names: frozenset[str],
    late: "_Heading | None" = None,
) -> list[MentionRecord]:
    surnames = {person.surname for person in people.all if len(person.surname) > 2}
    if not surnames:
        return []
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, surnames)) + r")(?![\w-])")
    taken = _Taken(len(text), [mention.span for mention in mentions])
    found = []
    for span in spans:
        for match in pattern.finditer(text, *span):
            if taken.overlaps(match.span()) or _in_longer_name(text, match, not_names):
                continue
            person = people.link(match.group(), _linked_from(match.start(), late))
            if person is not None:
                ref = _register(person, new_actors)
                found.append(_mention(text, ref, match.span(), "surname", SURNAME_RULE))
    return found


def _linked_from(offset: int, late: "_Heading | None") -> int:
    """Return where a surname at `offset` looks back from: the end for a heading line."""
    return 1 << 62 if late is not None and late.holds(offset) else offset


class _Heading:
    """The heading spans of a document, to ask whether an offset is in one."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.starts = [span[0] for span in spans]

    def holds(self, offset: int) -> bool:
        index = bisect_left(self.starts, offset + 1) - 1
        return index >= 0 and offset < self.spans[index][1]


def _in_longer_name(text: str, match: re.Match, not_names: frozenset[str]) -> bool:
    # "Laith Qazali" is not the surname "Qazali" alone; "But Lynch" is.
    before = re.search(r"([A-Z][\w.-]*)[ \t]+$", text[max(0, match.start() - 40) : match.start()])
    after = re.match(r"[ \t]+([A-Z][\w-]*)", text[match.end() : match.end() + 40])
    return any(
        word is not None and word.group(1).casefold().strip(".") not in not_names
        for word in (before, after)
    )


_ARTICLE = re.compile(r"^(?:al|el)(?:-|\s+)(?=\w)", re.I)


def surname_key(surname: str) -> str:
    """Return how a surname is compared: "al-Masri", "al Masri" and "Masri" are one."""
    return _ARTICLE.sub("", surname.casefold().strip())


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].strip(",.") if words else name


class _Taken:
    """The characters already covered by mentions: an overlap check costs the span's length,
    not the number of mentions (a 5 MB document has tens of thousands)."""

    def __init__(self, size: int, spans: Iterable[Span]) -> None:
        self.mask = bytearray(size)
        for span in spans:
            self.add(span)

    def overlaps(self, span: Span) -> bool:
        return 1 in self.mask[span[0] : span[1]]

    def add(self, span: Span) -> None:
        self.mask[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
