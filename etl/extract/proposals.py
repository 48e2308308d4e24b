"""Actors a document names that the gazetteer does not know, by rule, longest first.

In order of trust: unit names (units.py), the byline's authors, the name patterns of
people.py (titled people, speakers, captives, named groups), then the people and
organisations only the NER finds (entities.py, named.py). A name of an earlier kind wins
over an overlapping name of a later one; a gazetteer name wins over all of them, except
inside a longer unit name ("4th Iraqi Army Division" is not the Iraqi Army) or an
organisation the NER finds right after a state's or place's name, which is part of it
("the Iraqi Foreign Ministry", "the Iranian Liaison Office").
"""

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

from etl.records import Span

from .entities import text_entities
from .gazetteer import Gazetteer, Match
from .people import NameHit, find_groups, find_people
from .units import find_units, possessed_units

NER_RULES = {"PERSON": "mention.ner_person", "ORG": "mention.ner_organization"}
UNIT_RULE = "mention.military_unit"
AUTHOR_RULE = "mention.byline_author"
_JOINING = re.compile(r"[ \t]{1,3}$")
_ARTICLE_NAME = re.compile(r"^(?:Al|El)[- ][A-Z][\w'’-]+$")
_PREFIX_KINDS = frozenset({"state", "country", "city", "province", "region", "town"})


def find_proposals(
    text: str,
    spans: list[Span],
    gazetteer: Gazetteer,
    matches: list[Match],
    not_names: frozenset[str],
    authors: Iterable[tuple[Span, str]] = (),
) -> tuple[list[Match], list[NameHit]]:
    """Return the gazetteer matches that stand and the proposed names, in text order."""
    units = _unit_hits(text, spans, matches)
    matches = _outside(matches, units)
    kept = _keep(units, matches, len(text))
    kept = _keep(
        [NameHit(span, name, "person", rule=AUTHOR_RULE) for span, name in authors],
        matches,
        len(text),
        kept,
    )
    patterns = [
        hit
        for span in spans
        for hit in find_people(text, span, not_names) + find_groups(text, span, not_names)
    ]
    kept = _keep(patterns, matches, len(text), kept)
    found = _ner_hits(text, spans, gazetteer)
    ends = {match.span[1]: match for match in matches}
    found = [_extended(text, hit, ends) for hit in found]
    matches = _outside(matches, [hit for hit in found if hit.rule == NER_RULES["ORG"]])
    return matches, _keep(found, matches, len(text), kept)


def _unit_hits(text: str, spans: list[Span], matches: list[Match]) -> list[NameHit]:
    known = [
        match.span
        for match in matches
        if any(ref.entity == "actor" and ref.kind == "military_unit" for ref in match.refs)
    ]
    hits = []
    for span in spans:
        inside = [where for where in known if span[0] <= where[0] and where[1] <= span[1]]
        units = find_units(text, span, inside)
        renamed = possessed_units(text, units)
        hits += [
            NameHit(unit.span, renamed.get(unit.span, unit.name), "military_unit", rule=UNIT_RULE)
            for unit in units
        ]
    exact = {match.span for match in matches}
    return [hit for hit in hits if hit.span not in exact]


def _ner_hits(text: str, spans: list[Span], gazetteer: Gazetteer) -> list[NameHit]:
    """Return the people and organisations only the NER finds, with their kinds."""
    hits = []
    for entity in text_entities(text, spans, gazetteer):
        if entity.rule != "entity.ner" or not entity.kind or entity.label not in NER_RULES:
            continue
        name = " ".join(entity.text.split())
        if name.isupper() and entity.kind == "person":
            name = name.title()  # "LOLITA C. BALDOR"
        single = entity.kind == "person" and (
            len(name.split()) == 1 or bool(_ARTICLE_NAME.match(name))
        )  # "Al Masri" is a surname: it links to the one al-Masri of the document
        rule = NER_RULES[entity.label]
        hits.append(NameHit(entity.span, name, entity.kind, single=single, rule=rule))
    return hits


def _extended(text: str, hit: NameHit, ends: dict[int, Match]) -> NameHit:
    """Return an organisation with the state or place named right before it, if any."""
    if hit.rule != NER_RULES["ORG"]:
        return hit
    gap = _JOINING.search(text, max(0, hit.span[0] - 3), hit.span[0])
    before = ends.get(gap.start()) if gap is not None else None
    if before is None or not any(ref.kind in _PREFIX_KINDS for ref in before.refs):
        return hit
    span = (before.span[0], hit.span[1])
    name = " ".join(text[span[0] : span[1]].split())
    return NameHit(span, name, hit.kind, rule=hit.rule)


def _outside(matches: list[Match], wider: list[NameHit]) -> list[Match]:
    """Return the matches not strictly inside one of the wider names."""
    spans = sorted(hit.span for hit in wider)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # furthest end so far
    exact = set(spans)

    def inside(span: Span) -> bool:
        index = bisect_right(starts, span[0]) - 1
        return index >= 0 and reach[index] >= span[1] and span not in exact

    return [match for match in matches if not inside(match.span)]


def _keep(
    hits: list[NameHit], matches: list[Match], size: int, kept: Iterable[NameHit] = ()
) -> list[NameHit]:
    """Return `kept` and the longest of `hits` overlapping no match nor any hit kept before."""
    kept = list(kept)
    taken = bytearray(size)
    for start, end in [match.span for match in matches] + [hit.span for hit in kept]:
        taken[start:end] = b"\x01" * (end - start)
    for hit in sorted(hits, key=lambda hit: (-(hit.span[1] - hit.span[0]), hit.span)):
        if 1 in taken[hit.span[0] : hit.span[1]]:
            continue
        taken[hit.span[0] : hit.span[1]] = b"\x01" * (hit.span[1] - hit.span[0])
        kept.append(hit)
    return sorted(kept, key=lambda hit: hit.span)
