"""Stable keys of extracted rows: the document's key, an anchor of the passage and a kind.

    mention          mention:<doc key>:<anchor>:<actor|weapon|place>
    relation         relation:<doc key>:<anchor>:<subject offset>:<predicate>:<object offset>
    event            event:<doc key>:<anchor>       (the first report that told it)
    report           report:<doc key>:<anchor>
    participant      participant:<doc key>:<anchor>:<role>
    event weapon     event-weapon:<doc key>:<anchor>
    claim            claim:<doc key>:<anchor>:<predicate>:<subject offset>:<object offset>:<kind>
    reference rows   actor:<slug>, actor-alias:<normalized name> (weapon-, place- alike)
    extracted actor  actor:<slug of the name>

An anchor is the passage's own text (as a digest) and its rank among the passages of the same
kind of record in the document with that very text (almost always 0), not its offsets: an
edit elsewhere in the file moves every offset but keeps the keys, so the rows are updated in
place (new offsets) and curators' decisions stay attached.
Offsets inside a passage (subject, object) are counted from the passage's start.

Never built from the resolved entity, so a curator's merge keeps every key valid. A key
longer than the column is shortened to its prefix and a SHA-1 of the whole.
"""

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from etl.records import Span

MAX_KEY = 255


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


def inner(span: Span, within: Span) -> int:
    """Return where `span` starts, counted from the start of the passage `within`."""
    return span[0] - within[0]
