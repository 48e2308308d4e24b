"""Stable keys of extracted rows: the document's key, the passage's offsets and a kind.

    mention          mention:<doc key>:<start>-<end>:<actor|weapon|place>
    relation         relation:<doc key>:<subject start>-<end>:<predicate>:<object start>-<end>
    event            event:<doc key>:<start>-<end>       (the first report that told it)
    report           report:<doc key>:<start>-<end>
    participant      participant:<doc key>:<start>-<end>:<role>
    event weapon     event-weapon:<doc key>:<start>-<end>
    claim            claim:<doc key>:<start>-<end>:<predicate>:<subject start>:<object start>:<kind>
    reference rows   actor:<slug>, actor-alias:<normalized name> (weapon-, place- alike)
    extracted actor  actor:<slug of the name>

Never built from the resolved entity, so a curator's merge keeps every key valid. A key
longer than the column is shortened to its prefix and a SHA-1 of the whole.
"""

import hashlib

from etl.records import Span

MAX_KEY = 255


def make_key(prefix: str, *parts: object) -> str:
    """Return "<prefix>:<part>:<part>...", hashed when too long for the column."""
    key = ":".join([prefix, *(str(part) for part in parts)])
    if len(key) <= MAX_KEY:
        return key
    return f"{prefix}:sha1:{hashlib.sha1(key.encode()).hexdigest()}"


def span_part(span: Span) -> str:
    """Return "<start>-<end>"."""
    return f"{span[0]}-{span[1]}"
