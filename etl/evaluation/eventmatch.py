"""Match gold events to stored events through the passages that tell them.

A gold mention is located in the stored text of its document (the file's text, and for a
dossier also each row's text): its quote first (exact, then loosely), then its trigger inside
the quote. A stored event answers the mention when one of its reports in that document
contains the trigger (a mention without a trigger: a report overlapping its quote). Reports
inside a comment do not count. When several reports contain it, the tightest report's event
comes first.

Per document, gold events and the stored events reported there are paired one-to-one (a
largest matching over the events their mentions reach), so one stored event standing for two
gold events finds only one of them.
"""

from collections import Counter
from dataclasses import dataclass, field

from .corpus import Annotated
from .gold import GoldEvent, GoldMention
from .locate import locate
from .scores import max_matching
from .snapshot import Snapshot, StoredDocument, StoredReport

Place = tuple[int, int, int]  # (stored document pk, start, end)


@dataclass(frozen=True, slots=True)
class GoldEntry:
    """One gold event of one document; `identity` is shared by the same event elsewhere."""

    document: str
    event: GoldEvent

    @property
    def key(self) -> tuple[str, str]:
        return self.document, self.event.id

    @property
    def identity(self) -> str:
        return self.event.same_as or f"{self.document}#{self.event.id}"


@dataclass(slots=True)
class EventMatch:
    """Which stored events each gold mention and event reached, and the one-to-one pairs."""

    entries: list[GoldEntry] = field(default_factory=list)
    hits: dict[tuple[str, str], list[tuple[int, ...]]] = field(default_factory=dict)
    pairs: dict[tuple[str, str], int] = field(default_factory=dict)
    stored: dict[str, dict[int, StoredReport]] = field(default_factory=dict)

    def reached(self, key: tuple[str, str]) -> set[int]:
        """Return every stored event some mention of the gold event reached."""
        return {event for hit in self.hits.get(key, []) for event in hit}

    def first_events(self, key: tuple[str, str]) -> list[int]:
        """Return the event each mention reaches first (tightest report), for those reaching one."""
        return [hit[0] for hit in self.hits.get(key, []) if hit]

    def main_event(self, key: tuple[str, str]) -> int | None:
        """Return the event most of the gold event's mentions reach first (a tie: the earliest)."""
        ranked = Counter(self.first_events(key)).most_common(1)
        return ranked[0][0] if ranked else None


def mention_places(mention: GoldMention, family: list[StoredDocument]) -> list[Place]:
    """Return where the mention's trigger (or, without one, its quote) sits in stored texts."""
    places = []
    for index, document in enumerate(family):
        occurrence = (mention.passage.occurrence or 1) if index == 0 else 1
        span = locate(mention.passage.quote, document.text, occurrence)
        if span is None:
            continue
        if not mention.trigger:
            places.append((document.pk, *span))
            continue
        inner = locate(mention.trigger, document.text[span[0] : span[1]])
        if inner is not None:
            places.append((document.pk, span[0] + inner[0], span[0] + inner[1]))
    return places


def _reporting(place: Place, reports: list[StoredReport], has_trigger: bool) -> list[StoredReport]:
    if has_trigger:
        return [report for report in reports if report.span.contains(*place)]
    return [report for report in reports if report.span.overlap(*place) > 0]


def events_of_mention(
    mention: GoldMention, family: list[StoredDocument], reports: list[StoredReport]
) -> tuple[int, ...]:
    """Return the stored events whose reports contain the mention, tightest report first."""
    found = []
    for place in mention_places(mention, family):
        found += _reporting(place, reports, bool(mention.trigger))
    found.sort(key=lambda report: report.span.end - report.span.start)
    return tuple(dict.fromkeys(report.event for report in found))


def document_reports(file_id: str, snapshot: Snapshot) -> list[StoredReport]:
    """Return the reports in a file's own text (its document and rows, outside comments)."""
    documents = {document.pk for document in snapshot.family(file_id)}
    return [
        report
        for report in snapshot.reports
        if report.span.document in documents and not snapshot.in_comment(report.span)
    ]


def match_events(annotated: list[Annotated], snapshot: Snapshot) -> EventMatch:
    """Return the stored events each gold event reaches and the per-document pairs."""
    match = EventMatch()
    for item in annotated:
        family = snapshot.family(item.gold.id)
        reports = document_reports(item.gold.id, snapshot)
        match.stored[item.gold.id] = _first_reports(reports)
        entries = [GoldEntry(item.gold.id, event) for event in item.gold.events]
        for entry in entries:
            match.hits[entry.key] = [
                events_of_mention(mention, family, reports) for mention in entry.event.mentions
            ]
        match.entries += entries
        match.pairs.update(_pair(entries, match))
    return match


def _first_reports(reports: list[StoredReport]) -> dict[int, StoredReport]:
    first: dict[int, StoredReport] = {}
    for report in sorted(reports, key=lambda report: report.span.start):
        first.setdefault(report.event, report)
    return first


def _pair(entries: list[GoldEntry], match: EventMatch) -> dict[tuple[str, str], int]:
    """Pair a document's gold events with stored events, most-reached candidates first."""

    def candidates(key: tuple[str, str]) -> list[int]:
        ranked = [event for event, _ in Counter(match.first_events(key)).most_common()]
        return ranked + sorted(match.reached(key) - set(ranked))

    return max_matching([entry.key for entry in entries], candidates)
