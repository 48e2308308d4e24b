"""The loader's keys: stable fingerprints of the rows it writes, never built from database ids.

    document         doc:<path relative to the seeds folder, else absolute path>
    dossier row      doc:<path>#row-<position>
    comment          comment:<path>#<author>.<n>   (the author's n-th comment in the thread)
    reference row    actor:<slug>, place:<slug>, weapon:<slug>
    alias            actor-alias:<normalized name> (weapon-alias:, place-alias: alike)
    extracted actor  actor:<slug of the name>       (proposed by etl/extract/mentions.py)
    mention          mention:<doc key>:<anchor>:<actor|weapon|place>
    relation         relation:<doc key>:<anchor>:<subject offset>:<predicate>:<object offset>
    event            event:<doc key>:<anchor>       (the first report that told it)
    report           report:<doc key>:<anchor>
    participant      participant:<doc key>:<anchor>:<role>
    event weapon     event-weapon:<doc key>:<anchor>
    claim            claim:<doc key>:<anchor>:<predicate>:<subject offset>:<object offset>:<kind>

A comment is keyed by its author and their own count, not by its place in the thread: a
comment removed or inserted by the site shifts no other author's keys, so an edited comment
updates in place and a curator's rejection stays with the comment it was made on.

An anchor is the passage's own text (as a digest) and its rank among the passages of the same
kind of record in the document with that very text (almost always 0), not its offsets: an
edit elsewhere in the file moves every offset but keeps the keys, so the rows are updated in
place (new offsets) and curators' decisions stay attached. Offsets inside a passage (subject,
object) are counted from the passage's start.

Never built from the resolved entity, so a curator's merge keeps every key valid. A path too
long for a key is replaced by `sha1:<hex digest of the path>`; a key longer than the column
is shortened to its prefix and a SHA-1 of the whole.
"""

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from apps.common.text import normalize_name
from etl.records import (
    ClaimRecord,
    EventRecord,
    EventWeaponRecord,
    EvidenceRecord,
    MentionRecord,
    ParticipantRecord,
    RelationRecord,
    Span,
)

DOCUMENT = "doc:"
COMMENT = "comment:"
MAX_PATH_CHARS = 200
MAX_KEY = 255


def document_key(relative_path: str) -> str:
    """Return the key of the document loaded from this file."""
    if len(relative_path) > MAX_PATH_CHARS:
        relative_path = "sha1:" + hashlib.sha1(relative_path.encode()).hexdigest()
    return DOCUMENT + relative_path


def row_key(document: str, position: int) -> str:
    """Return the key of the dossier row at `position` (from 1) of the document."""
    return f"{document}#row-{position}"


def comment_key_prefix(document: str) -> str:
    """Return the prefix of the keys of a document's comments."""
    return COMMENT + document.removeprefix(DOCUMENT) + "#"


def comment_key(prefix: str, author: str, nth: int) -> str:
    """Return the key of the author's nth comment (from 1) under a comment_key_prefix."""
    name = normalize_name(author).replace(" ", "-")[:60] or "anonymous"
    return f"{prefix}{name}.{nth}"


def entity_key(entity: str, slug: str) -> str:
    """Return the key of a reference actor, place or weapon."""
    return f"{entity}:{slug}"


def alias_key(entity: str, name: str) -> str:
    """Return the key of another name of a reference actor, place or weapon."""
    return f"{entity}-alias:{normalize_name(name)}"


def make_key(prefix: str, *parts: object) -> str:
    """Return "<prefix>:<part>:<part>...", hashed when too long for the column."""
    key = ":".join([prefix, *(str(part) for part in parts)])
    if len(key) <= MAX_KEY:
        return key
    return f"{prefix}:sha1:{hashlib.sha1(key.encode()).hexdigest()}"


class Anchors:
    """The anchors of one kind of record's passages in one document: "<digest>.<rank>".

    Ranks count only the records' own passages, never scan the text, so anchoring costs the
    same in a 5 MB document as in a short one.
    """

    def __init__(self, text: str, spans: Iterable[Span]) -> None:
        starts: defaultdict[str, set[int]] = defaultdict(set)
        for start, end in spans:
            starts[text[start:end]].add(start)
        self._anchors: dict[Span, str] = {}
        for passage, found in starts.items():
            digest = hashlib.sha1(passage.encode()).hexdigest()[:12]
            for rank, start in enumerate(sorted(found)):
                self._anchors[(start, start + len(passage))] = f"{digest}.{rank}"

    def __getitem__(self, span: Span) -> str:
        return self._anchors[span]


class EvidenceKeys:
    """The keys of the rows extracted from one document (a file or a dossier row)."""

    def __init__(self, document: str, text: str, evidence: EvidenceRecord) -> None:
        self.document = document
        events = evidence.events
        spans = {
            "mention": [m.span for m in evidence.mentions],
            "relation": [r.span for r in evidence.relations],
            "claim": [c.span for c in evidence.claims],
            "report": [span for e in events for span in (e.span, *e.also)],
            "participant": [p.span for e in events for p in e.participants],
            "event-weapon": [w.span for e in events for w in e.weapons],
        }
        self.anchors = {kind: Anchors(text, found) for kind, found in spans.items()}

    def mention(self, mention: MentionRecord) -> str:
        anchor = self.anchors["mention"][mention.span]
        return make_key("mention", self.document, anchor, mention.entity.entity)

    def relation(self, relation: RelationRecord) -> str:
        return make_key(
            "relation",
            self.document,
            self.anchors["relation"][relation.span],
            _inner(relation.subject_span, relation.span),
            relation.predicate,
            _inner(relation.object_span, relation.span),
        )

    def claim(self, claim: ClaimRecord) -> str:
        return make_key(
            "claim",
            self.document,
            self.anchors["claim"][claim.span],
            claim.predicate,
            _inner(claim.subject_span, claim.span),
            _inner(claim.object_span, claim.span),
            claim.kind,
        )

    def event(self, event: EventRecord) -> str:
        return make_key("event", self.document, self.anchors["report"][event.span])

    def report(self, span: Span) -> str:
        return make_key("report", self.document, self.anchors["report"][span])

    def participant(self, participant: ParticipantRecord) -> str:
        anchor = self.anchors["participant"][participant.span]
        return make_key("participant", self.document, anchor, participant.role)

    def event_weapon(self, weapon: EventWeaponRecord) -> str:
        anchor = self.anchors["event-weapon"][weapon.span]
        return make_key("event-weapon", self.document, anchor)


def _inner(span: Span, within: Span) -> int:
    """Return where `span` starts, counted from the start of the passage `within`."""
    return span[0] - within[0]
