"""Score document headers: title, publication date, author, publisher, kind.

Per annotated document, each field the gold gives (not null) is a gold item and each field
the loader stored (not blank) a stored item; a stored value is right when it matches:
- title: equal after loose normalisation (case, whitespace, typographic quotes and dashes);
- published date: stored precision at least as fine as the gold's, and the same year (year),
  year and month (month) or day (day) as the gold;
- author, publisher: one loose form contains the other.
A wrong value is a miss and an invention at once. `kind` is an accuracy over documents.
"""

from collections.abc import Callable

from .corpus import Annotated
from .gold import PRECISIONS, GoldDate, GoldHeader
from .locate import loose
from .scores import PRF, Finding, KindResult, Share
from .snapshot import Snapshot, StoredDocument

FIELDS = ("title", "published", "author", "publisher")


def same_title(gold: str, stored: str) -> bool:
    return loose(gold) == loose(stored)


def contains_either(gold: str, stored: str) -> bool:
    a, b = loose(gold), loose(stored)
    return bool(a and b) and (a in b or b in a)


def date_at_precision(gold: GoldDate, stored, precision: str) -> bool:
    """Return whether a stored date (with its precision) states the gold date."""
    if stored is None or precision not in PRECISIONS:
        return False
    if PRECISIONS.index(precision) < PRECISIONS.index(gold.precision):
        return False
    return (stored.year, stored.month, stored.day)[: gold.depth] == gold.parts


def _published(document: StoredDocument) -> tuple | None:
    if document.published_on is None:
        return None
    return document.published_on, document.published_precision


def _values(header: GoldHeader, document: StoredDocument | None) -> dict[str, tuple]:
    """Return per field (gold value or None, stored value or None, rule)."""
    stored = document or StoredDocument(0, "", None, "", "", "", None, "", "", "")
    return {
        "title": (header.title, stored.title or None, same_title),
        "published": (
            header.published,
            _published(stored),
            lambda gold, value: date_at_precision(gold, *value),
        ),
        "author": (header.author, stored.author or None, contains_either),
        "publisher": (header.publisher, stored.publisher or None, contains_either),
    }


def _field_counts(gold, stored, rule: Callable) -> tuple[PRF, bool]:
    right = gold is not None and stored is not None and rule(gold, stored)
    counts = PRF(int(right), int(stored is not None), int(right), int(gold is not None))
    return counts, right


def _shown(value) -> str:
    if isinstance(value, GoldDate):
        return f"{value.value} ({value.precision})"
    if isinstance(value, tuple):
        return f"{value[0].isoformat()} ({value[1]})"
    return "(none)" if value is None else repr(value)


def score_headers(annotated: list[Annotated], snapshot: Snapshot) -> KindResult:
    """Return the header figures of the annotated documents."""
    totals = {name: PRF() for name in FIELDS}
    kinds = Share()
    findings = []
    for item in annotated:
        gold = item.gold
        family = snapshot.family(gold.id)
        document = family[0] if family else None
        for name, (gold_value, stored_value, rule) in _values(gold.header, document).items():
            counts, right = _field_counts(gold_value, stored_value, rule)
            totals[name] += counts
            if not right and (gold_value is not None or stored_value is not None):
                what = f"{name}: gold {_shown(gold_value)}, stored {_shown(stored_value)}"
                findings.append(Finding(gold.id, _verdict(gold_value, stored_value), what))
        kind_right = document is not None and document.kind == gold.header.kind
        kinds = kinds.add(kind_right)
        if not kind_right:
            stored_kind = document.kind if document else "(not loaded)"
            what = f"kind: gold {gold.header.kind}, stored {stored_kind}"
            findings.append(Finding(gold.id, "wrong", what))
    figures = {}
    for name, counts in totals.items():
        figures.update(counts.figures(f"headers.{name}"))
    figures["headers.kind.accuracy"] = kinds.value
    return KindResult(figures=figures, counts={"headers.documents": kinds.total}, findings=findings)


def _verdict(gold, stored) -> str:
    if stored is None:
        return "miss"
    return "invention" if gold is None else "wrong"
