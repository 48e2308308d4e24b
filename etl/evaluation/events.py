"""Score events: found, then date, type, place, counts, participants and weapons on the pairs;
events several documents tell folded into one; distinct events wrongly merged; split events.

Found (see eventmatch): precision over (document, stored event) for the stored events with a
report in an annotated document, recall over the gold events of each document.
On the pairs:
- date: right when the stored date states the gold date at the gold's precision (stored
  precision at least as fine); when the gold has no date, right when none is stored;
- type: equal; place: a name or alias of the stored place equals the gold place after name
  normalisation (no gold place: right when none is stored);
- each count (killed, wounded, captured, detained): right when equal; a number stored where
  the gold has none is an invention, a gold number not stored (or different) a miss;
- participants: (actor, role) pairs, an actor matching by name or alias as for actors;
  weapons likewise.
Across documents, a gold event of a document stands for its main stored event: the one most
of its mentions reach first (tightest report; a tie: the earliest mention's). A sentence
telling two events (an arrest and the anger it caused) thus does not undo a fold.
- merged: a gold event told by several documents (one `same_as`) whose entries in every one
  of them have the same main stored event;
- wrongly merged: per stored event, the distinct gold events (by `same_as`, else by document
  and id) having it as their main event, beyond the first;
- split: a document's gold event whose mentions reach more than one stored event first.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from apps.common.text import normalize_name

from .corpus import Annotated
from .entities import gold_keys
from .eventmatch import EventMatch, GoldEntry, match_events
from .gold import COUNT_FIELDS, GoldDocument
from .headers import date_at_precision
from .locate import trim
from .scores import PRF, Figure, Finding, KindResult, Share, max_matching, one_to_one
from .snapshot import Snapshot, StoredEvent


def _date_right(entry: GoldEntry, event: StoredEvent) -> bool:
    gold = entry.event.date
    if gold is None:
        return event.date_start is None
    return date_at_precision(gold, event.date_start, event.date_precision)


def _place_right(entry: GoldEntry, event: StoredEvent, snapshot: Snapshot) -> bool:
    gold = entry.event.place
    if gold is None or event.place is None:
        return gold is None and event.place is None
    place = snapshot.places.get(event.place)
    return place is not None and normalize_name(gold) in place.keys


def _counts(entry: GoldEntry, event: StoredEvent) -> dict[str, PRF]:
    gold = dict(entry.event.counts)
    result = {}
    for name, stored in zip(COUNT_FIELDS, event.counts, strict=True):
        expected = gold.get(name)
        right = expected is not None and stored == expected
        result[name] = PRF(
            int(right), int(stored is not None), int(right), int(expected is not None)
        )
    return result


def _roles(gold_pairs, stored_pairs, keys_of, entities) -> PRF:
    """Return the one-to-one matching counts of (entity, role) pairs."""

    def candidates(index: int) -> list[int]:
        keys, role = keys_of(gold_pairs[index][0]), gold_pairs[index][1]
        return [
            number
            for number, (pk, stored_role) in enumerate(stored_pairs)
            if stored_role == role and pk in entities and entities[pk].keys & keys
        ]

    matched = max_matching(range(len(gold_pairs)), candidates)
    return one_to_one(len(matched), len(stored_pairs), len(gold_pairs))


def _participants(gold: GoldDocument, entry: GoldEntry, event: StoredEvent, snapshot) -> PRF:
    def keys_of(actor_id: str) -> frozenset[str]:
        actor = gold.actor(actor_id)
        return gold_keys(actor) if actor else frozenset()

    return _roles(
        list(entry.event.participants), list(event.participants), keys_of, snapshot.actors
    )


def _weapons(gold: GoldDocument, entry: GoldEntry, event: StoredEvent, snapshot) -> PRF:
    def keys_of(weapon_id: str) -> frozenset[str]:
        weapon = gold.weapon(weapon_id)
        return gold_keys(weapon) if weapon else frozenset()

    gold_pairs = [(weapon, "") for weapon in entry.event.weapons]
    return _roles(gold_pairs, [(pk, "") for pk in event.weapons], keys_of, snapshot.weapons)


@dataclass(slots=True)
class _PairTotals:
    """What the matched pairs add up to."""

    dates: Share = Share()
    types: Share = Share()
    places: Share = Share()
    counts: dict[str, PRF] = field(default_factory=lambda: dict.fromkeys(COUNT_FIELDS, PRF()))
    participants: PRF = PRF()
    weapons: PRF = PRF()

    def add(self, gold: GoldDocument, entry: GoldEntry, event: StoredEvent, snapshot) -> None:
        self.dates = self.dates.add(_date_right(entry, event))
        self.types = self.types.add(event.type == entry.event.type)
        self.places = self.places.add(_place_right(entry, event, snapshot))
        for name, counts in _counts(entry, event).items():
            self.counts[name] += counts
        self.participants += _participants(gold, entry, event, snapshot)
        self.weapons += _weapons(gold, entry, event, snapshot)

    def figures(self) -> dict[str, Figure]:
        figures = {
            "events.date.accuracy": self.dates.value,
            "events.type.accuracy": self.types.value,
            "events.place.accuracy": self.places.value,
        }
        for name, counts in self.counts.items():
            figures.update(counts.figures(f"events.{name}"))
        figures.update(self.participants.figures("events.participants"))
        figures.update(self.weapons.figures("events.weapons"))
        return figures


def score_events(
    annotated: list[Annotated], snapshot: Snapshot, match: EventMatch | None = None
) -> KindResult:
    """Return the event figures of the annotated documents."""
    match = match or match_events(annotated, snapshot)
    golds = {item.gold.id: item.gold for item in annotated}
    stored = sum(len(reports) for reports in match.stored.values())
    found = one_to_one(len(match.pairs), stored, len(match.entries))
    totals, findings = _PairTotals(), []
    for entry in match.entries:
        if entry.key in match.pairs:
            event = snapshot.events[match.pairs[entry.key]]
            totals.add(golds[entry.document], entry, event, snapshot)
            findings += _wrong(entry, event, snapshot)
        else:
            what = f"{entry.event.type} {entry.event.id}"
            quote = trim(entry.event.mentions[0].passage.quote)
            findings.append(Finding(entry.document, "miss", what, quote))
    findings += _inventions(match, snapshot)
    merges, merge_findings = merge_figures(match, snapshot)
    figures = {**found.figures("events.found"), **totals.figures()}
    figures["events.merged.share"] = Share(merges["merged"], merges["multi_document"]).value
    figures["events.wrongly_merged"] = merges["wrongly_merged"]
    figures["events.split"] = merges["split"]
    counts = {
        "events.gold": found.gold,
        "events.stored": found.stored,
        "events.found": found.gold_found,
        "events.dates_right": totals.dates.right,
        "events.multi_document": merges["multi_document"],
        "events.merged": merges["merged"],
    }
    return KindResult(figures=figures, counts=counts, findings=findings + merge_findings)


def _inventions(match: EventMatch, snapshot: Snapshot) -> list[Finding]:
    paired = {(document, pk) for (document, _), pk in match.pairs.items()}
    return [
        Finding(document, "invention", snapshot.events[pk].type, trim(report.span.quote))
        for document, reports in match.stored.items()
        for pk, report in reports.items()
        if (document, pk) not in paired
    ]


def merge_figures(match: EventMatch, snapshot: Snapshot) -> tuple[dict[str, int], list[Finding]]:
    """Return merged / multi-document / wrongly merged / split counts and their findings."""
    main = {entry.key: match.main_event(entry.key) for entry in match.entries}
    groups, reaching = defaultdict(list), defaultdict(set)
    for entry in match.entries:
        groups[entry.identity].append(entry)
        if main[entry.key] is not None:
            reaching[main[entry.key]].add(entry.identity)
    multi = {
        identity: entries
        for identity, entries in groups.items()
        if len({entry.document for entry in entries}) > 1
    }
    findings, merged = [], 0
    for identity, entries in multi.items():
        events = {main[entry.key] for entry in entries}
        if len(events) == 1 and None not in events:
            merged += 1
            continue
        documents = ", ".join(sorted({entry.document for entry in entries}))
        findings.append(Finding(documents, "miss", f"not merged into one event: {identity}"))
    for event, identities in reaching.items():
        if len(identities) > 1:
            names = ", ".join(sorted(identities))
            what = f"one stored {snapshot.events[event].type} event merges {names}"
            findings.append(
                Finding(_first_document(event, match), "wrong", what, _first_quote(event, match))
            )
    split = [entry for entry in match.entries if len(set(match.first_events(entry.key))) > 1]
    findings += [
        Finding(entry.document, "wrong", f"split: {entry.event.id} is several stored events")
        for entry in split
    ]
    counts = {
        "merged": merged,
        "multi_document": len(multi),
        "wrongly_merged": sum(len(identities) - 1 for identities in reaching.values()),
        "split": len(split),
    }
    return counts, findings


def _first_document(event: int, match: EventMatch) -> str:
    return next((doc for doc, reports in match.stored.items() if event in reports), "")


def _first_quote(event: int, match: EventMatch) -> str:
    document = _first_document(event, match)
    return trim(match.stored[document][event].span.quote) if document else ""


def _wrong(entry: GoldEntry, event: StoredEvent, snapshot: Snapshot) -> list[Finding]:
    gold, problems = entry.event, []
    if not _date_right(entry, event):
        stored = f"{event.date_start} ({event.date_precision})" if event.date_start else "(none)"
        expected = f"{gold.date.value} ({gold.date.precision})" if gold.date else "(none)"
        problems.append(f"date: gold {expected}, stored {stored}")
    if event.type != gold.type:
        problems.append(f"type: gold {gold.type}, stored {event.type}")
    if not _place_right(entry, event, snapshot):
        place = snapshot.places.get(event.place)
        problems.append(f"place: gold {gold.place}, stored {place.name if place else None}")
    quote = trim(gold.mentions[0].passage.quote)
    return [
        Finding(entry.document, "wrong", f"{gold.id}: {problem}", quote) for problem in problems
    ]
