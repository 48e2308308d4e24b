"""Reads: likely duplicate actors, weapons or places, minus the pairs curators dismissed.

Two entities are suggested when one of them is not from the reference lists (those are
curated: two of their rows are never suggested) and either their names or aliases are alike
(rapidfuzz; for people, one name may also be part of the other: "Petraeus", "David
Petraeus"), or the loader linked the same words of a document to both. Parents and children
and entities of different kinds are never paired.
"""

import re
from collections import defaultdict
from dataclasses import dataclass

from django.db import connection, models
from django.db.models import Count
from rapidfuzz import fuzz

from .fuzzy import match_key, similar
from .models import DuplicateDismissal, EntityModel, Origin, ReviewStatus

NAME_CUTOFF = 85
CONTAINED_SCORE = 88
SHARED_MENTION_BONUS = 10
OPEN_KINDS = frozenset({"", "other"})


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Two rows that are probably one: the suggested survivor first, the score, the reasons."""

    survivor: models.Model
    other: models.Model
    score: int
    reasons: tuple[str, ...]


def natural_key(row: models.Model) -> str:
    """Return the key a dismissal names a row by: loader key, else slug, else "#id"."""
    return getattr(row, "key", "") or getattr(row, "slug", "") or f"#{row.pk}"


def pair_keys(first: models.Model, second: models.Model) -> tuple[str, str]:
    """Return the natural keys of two rows, sorted, as a dismissal stores them."""
    low, high = sorted((natural_key(first), natural_key(second)))
    return low, high


def dismissed_pairs(model: type[models.Model]) -> set[tuple[str, str]]:
    """Return the pairs of natural keys curators dismissed for this model."""
    rows = DuplicateDismissal.objects.filter(model=model._meta.label)
    return set(rows.values_list("first_key", "second_key"))


def ranked_pair(
    first: models.Model, second: models.Model, score: float, reasons: list[str], rank
) -> Suggestion:
    """Return the Suggestion with the row that ranks lowest under `rank` as the survivor."""
    survivor, other = sorted((first, second), key=rank)
    return Suggestion(survivor, other, round(min(score, 100)), tuple(reasons))


def entity_duplicates(model: type[EntityModel], *, limit: int = 100) -> list[Suggestion]:
    """Return likely duplicate pairs of an entity model (actor, weapon, place), best first."""
    rows = {
        row.pk: row
        for row in model.objects.exclude(review_status=ReviewStatus.REJECTED)
        .annotate(mention_count=Count("mentions", distinct=True))
        .prefetch_related("aliases")
    }
    found: dict[tuple[int, int], list] = defaultdict(lambda: [0.0, []])
    for (a, b), (score, reason) in _similar_names(rows).items():
        found[a, b][0] = score
        found[a, b][1].append(reason)
    for (a, b), count in _shared_mentions(model, rows).items():
        found[a, b][0] = max(found[a, b][0], NAME_CUTOFF) + SHARED_MENTION_BONUS
        found[a, b][1].append(f"the loader linked the same words to both ({count}×)")
    dismissed = dismissed_pairs(model)
    suggestions = [
        ranked_pair(rows[a], rows[b], score, reasons, _entity_rank)
        for (a, b), (score, reasons) in found.items()
        if _compatible(rows[a], rows[b]) and pair_keys(rows[a], rows[b]) not in dismissed
    ]
    suggestions.sort(key=lambda s: (-s.score, str(s.survivor), s.survivor.pk, s.other.pk))
    return suggestions[:limit]


def _names(rows: dict[int, EntityModel]) -> list[tuple[str, int]]:
    names = set()
    for row in rows.values():
        for name in [row.name, *(alias.name for alias in row.aliases.all())]:
            if key := match_key(name):
                names.add((key, row.pk))
    return sorted(names)


def _similar_names(rows: dict[int, EntityModel]) -> dict[tuple[int, int], tuple[float, str]]:
    names = _names(rows)
    keys = [key for key, _ in names]
    best: dict[tuple[int, int], tuple[float, str]] = {}
    for key, pk in names:
        if rows[pk].origin == Origin.REFERENCE:
            continue  # a reference row is found from the other side of the pair
        matches = similar(key, keys, cutoff=NAME_CUTOFF)
        if getattr(rows[pk], "kind", "") == "person":
            contained = similar(key, keys, cutoff=100, scorer=fuzz.token_set_ratio)
            matches += [(index, CONTAINED_SCORE) for index, _ in contained]
        for index, score in matches:
            other = names[index][1]
            pair = (min(pk, other), max(pk, other))
            if other == pk or _numbers(key) != _numbers(keys[index]):
                continue  # "Misagh-1" and "Misagh-2" are two weapons, "Brigade 3" not "Brigade 4"
            if score > best.get(pair, (0, ""))[0]:
                best[pair] = (score, f"names alike: “{key}” ~ “{keys[index]}” ({round(score)}%)")
    return best


def _numbers(name: str) -> list[str]:
    return re.findall(r"\d+", name)


def _shared_mentions(model: type[EntityModel], rows: dict) -> dict[tuple[int, int], int]:
    """Count, per pair of entities, the mentions of both at overlapping places of a document."""
    fk = model._meta.get_field("mentions").field
    quote = connection.ops.quote_name
    table, column = quote(fk.model._meta.db_table), quote(fk.column)
    sql = (
        f"SELECT a.{column}, b.{column}, COUNT(*) FROM {table} a JOIN {table} b "
        "ON a.document_id = b.document_id AND a.span_start < b.span_end "
        f"AND b.span_start < a.span_end AND a.{column} < b.{column} GROUP BY 1, 2"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return {(a, b): n for a, b, n in cursor.fetchall() if a in rows and b in rows}


def _compatible(first: EntityModel, second: EntityModel) -> bool:
    if first.origin == second.origin == Origin.REFERENCE:
        return False
    kinds = {getattr(first, "kind", ""), getattr(second, "kind", "")}
    if len(kinds) > 1 and not kinds & OPEN_KINDS:
        return False
    parents = {getattr(first, "parent_id", None), getattr(second, "parent_id", None)}
    return not parents & {first.pk, second.pk}


def _entity_rank(row: EntityModel) -> tuple:
    # The survivor: the reference-list row, else the confirmed, most mentioned one.
    return (
        row.origin != Origin.REFERENCE,
        row.review_status != ReviewStatus.CONFIRMED,
        -row.mention_count,
        row.pk,
    )
