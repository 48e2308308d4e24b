"""Keyset pages over any list ordering: the rows after (or before) a sort key, by index.

A list is sorted by a few keys, each ascending or descending with nulls last, and always ends
on the id (StrictOrderingFilter), so a row's sort key is unique. The rows after a key are, in
order: those equal to it on every key but the last and past it on the last, then those equal on
every key but the last two and past it on the one before, and so on; where a key may be null,
its nulls come after its values. Each of these segments is one range of an index on the sort
keys (`date_start = d AND id > i`, `date_start > d`, `date_start IS NULL`), so PostgreSQL reads
only the rows a page shows, however deep it is; a single `(a, b) > (x, y) OR a IS NULL` would
make it scan every row before the page. The segments are one UNION ALL query, each part
ordered and limited to a page.
"""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.db import models
from django.db.models import F, Q, QuerySet, Value
from django.db.models.expressions import OrderBy

SEGMENT = "keyset_segment"
TYPES = (
    (models.DateTimeField, datetime),
    (models.DateField, date),
    (models.DecimalField, Decimal),
    (models.FloatField, float),
    (models.IntegerField, int),
    (models.AutoField, int),
    (models.CharField, str),
    (models.TextField, str),
)


@dataclass(frozen=True, slots=True)
class SortKey:
    """One key of a list's order: a column or annotation, its direction, its value type."""

    name: str
    descending: bool
    kind: type
    nullable: bool = False

    def order(self, reverse: bool) -> OrderBy:
        """Return the ORDER BY term: nulls last going forward, so first going back."""
        nulls = {"nulls_first": True} if reverse else {"nulls_last": True}
        if self.descending != reverse:
            return F(self.name).desc(**nulls)
        return F(self.name).asc(**nulls)

    @property
    def value_type(self) -> type:
        """The type of the key's values, as decode_cursor() checks them."""
        return self.kind | None if self.nullable else self.kind


def sort_keys(queryset: QuerySet) -> list[SortKey]:
    """Return the sort keys of an ordered queryset (its order_by() terms, ending on the id)."""
    keys = []
    for term in queryset.query.order_by or queryset.model._meta.ordering:
        if isinstance(term, str):
            name, descending = term.removeprefix("-"), term.startswith("-")
        elif isinstance(term, OrderBy) and isinstance(term.expression, F):
            name, descending = term.expression.name, term.descending
        else:
            raise ValueError(f"Cannot page by {term!r}.")
        keys.append(_sort_key(queryset, "pk" if name in ("id", "pk") else name, descending))
    if not keys or keys[-1].name != "pk":
        keys.append(SortKey("pk", False, int))
    return keys


def _sort_key(queryset: QuerySet, name: str, descending: bool) -> SortKey:
    if name == "pk":
        return SortKey(name, descending, int)
    field = queryset.query.resolve_ref(name).output_field
    kind = next((kind for base, kind in TYPES if isinstance(field, base)), None)
    if kind is None:
        raise ValueError(f"Cannot page by {name}.")
    return SortKey(name, descending, kind, nullable=field.null)


def page_keys(
    queryset: QuerySet, keys: list[SortKey], after: tuple | None, size: int, reverse: bool = False
) -> list[tuple]:
    """Return the sort keys of the first `size` rows after `after` (before it when reverse).

    Without `after`, from the start (the end when reverse). Each key tuple ends on the pk.
    Rows come in list order going forward, nearest first going back.
    """
    names = {f"keyset_{position}": F(key.name) for position, key in enumerate(keys[:-1])}
    columns = ["pk", *names]
    ordered = queryset.annotate(**names).order_by(*[key.order(reverse) for key in keys])
    if after is None:
        return [_key(row) for row in ordered.values_list(*columns)[:size]]
    parts = [
        ordered.filter(segment).annotate(**{SEGMENT: Value(position)})
        for position, segment in enumerate(segments(keys, after, reverse))
    ]
    queries = [part.values_list(*columns, SEGMENT)[:size] for part in parts]
    rows = list(queries[0].union(*queries[1:], all=True)) if len(queries) > 1 else [*queries[0]]
    # Each part comes back in its own order; the parts are put in theirs (a stable sort).
    rows.sort(key=lambda row: row[-1])
    return [_key(row[:-1]) for row in rows[:size]]


def _key(row: tuple) -> tuple:
    """Reorder (pk, key 0, key 1, ...) to the sort key (key 0, key 1, ..., pk)."""
    return (*row[1:], row[0])


def segments(keys: list[SortKey], after: tuple, reverse: bool = False) -> list[Q]:
    """Return the conditions of the rows after `after`, nearest segment first."""
    found = []
    for position in range(len(keys) - 1, -1, -1):
        prefix = Q()
        for key, value in zip(keys[:position], after[:position], strict=True):
            prefix &= _equal(key, value)
        found += [prefix & part for part in _past(keys[position], after[position], reverse)]
    return found


def _equal(key: SortKey, value) -> Q:
    return Q(**{f"{key.name}__isnull": True}) if value is None else Q(**{key.name: value})


def _past(key: SortKey, value, reverse: bool) -> list[Q]:
    """Return the conditions of the values past `value` on one key, in order."""
    if value is None:
        # Nulls are last going forward (nothing is past them), first going back.
        return [Q(**{f"{key.name}__isnull": False})] if reverse else []
    lookup = "lt" if key.descending != reverse else "gt"
    past = [Q(**{f"{key.name}__{lookup}": value})]
    if key.nullable and not reverse:
        past.append(Q(**{f"{key.name}__isnull": True}))
    return past


def section_of(keys: list[SortKey]) -> str:
    """Return the name of an ordering, so a cursor is only read by the list it came from."""
    return ",".join(f"{'-' if key.descending else ''}{key.name}" for key in keys)
