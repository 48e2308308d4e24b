"""Read helpers shared by every app's selectors: visibility, hierarchy walks, mentions."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.db import connection
from django.db.models import F, Func, IntegerField, Model, OuterRef, Q, QuerySet, Subquery
from django.db.models.expressions import RawSQL

from .models import Change, ChangeAction, ChangeSet, ReviewStatus

REMOVALS = (ChangeAction.DELETED, ChangeAction.MERGED)
# The output fields a read must produce (the API's ?fields= and ?omit=); None: all of them.
Wanted = frozenset[str] | None
MAX_MERGE_HOPS = 20


def visible(queryset: QuerySet) -> QuerySet:
    """Drop rows a curator rejected and stale rows (kept so nothing is lost or revived)."""
    return current(queryset.exclude(review_status=ReviewStatus.REJECTED))


def current(queryset: QuerySet) -> QuerySet:
    """Drop rows the loader no longer finds in their source, unless a curator confirmed them."""
    return queryset.exclude(Q(is_stale=True) & ~Q(review_status=ReviewStatus.CONFIRMED))


def defer_all_but(queryset: QuerySet, path: str, keep: Iterable[str]) -> QuerySet:
    """Defer every column of the related rows at `path` except `keep` (what a brief shows).

    Lists a page of rows with their related briefs at a fraction of the model-building cost.
    """
    model = queryset.model
    for part in path.split("__"):
        model = model._meta.get_field(part).related_model
    kept = {"id", *keep}
    fields = [f"{path}__{field.name}" for field in model._meta.concrete_fields]
    return queryset.defer(*[name for name in fields if name.rsplit("__", 1)[1] not in kept])


def subtree_ids(model: type[Model], root_ids: Iterable[int]) -> RawSQL:
    """Return a subquery of the roots' ids and every id below them in `model.parent`.

    A recursive CTE walks the tree inside PostgreSQL, so filtering on it costs no extra round
    trip. UNION (not UNION ALL) makes it stop on a cycle a curator might create by mistake.
    """
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    parent = quote(model._meta.get_field("parent").column)
    sql = (
        f"WITH RECURSIVE tree(id) AS (SELECT id FROM {table} WHERE id = ANY(%s) "
        f"UNION SELECT child.id FROM {table} child JOIN tree ON child.{parent} = tree.id) "
        "SELECT id FROM tree"
    )
    return RawSQL(sql, (list(root_ids),))


def subtree_id_list(model: type[Model], root_ids: Iterable[int]) -> list[int]:
    """Return the roots' ids and every id below them, evaluated now."""
    roots = list(root_ids)
    if not roots:
        return []
    return list(model.objects.filter(id__in=subtree_ids(model, roots)).values_list("id", flat=True))


def count_rows(queryset: QuerySet, distinct: str | None = None) -> Subquery:
    """Return a subquery counting queryset's rows (correlate it with OuterRef in its filters).

    With `distinct`, count the distinct values of that column instead (e.g. documents).
    A subquery, unlike a join + COUNT, never multiplies with other annotations or filters.
    """
    extra = {"template": "%(function)s(DISTINCT %(expressions)s)"} if distinct else {}
    counted = Func(F(distinct or "pk"), function="COUNT", output_field=IntegerField(), **extra)
    rows = queryset.order_by().annotate(n=counted).values("n")
    return Subquery(rows, output_field=IntegerField())


def count_of(queryset: QuerySet, field: str, distinct: str | None = None) -> Subquery:
    """Return a subquery counting rows of queryset whose `field` is the outer row."""
    return count_rows(queryset.filter(**{field: OuterRef("pk")}), distinct)


@dataclass(frozen=True, slots=True)
class Removal:
    """How a row left the API: deleted, or merged into a survivor (which may have moved on)."""

    action: str
    at: datetime | None
    survivor_id: int | None


def removal_of(kind: str, pk: int) -> Removal | None:
    """Return how the row of that kind and id was removed, or None if no row ever had it.

    A merge points to the row that absorbed it, following that row's own later merges; when
    the last of them was deleted, the merge points nowhere (survivor_id None).
    """
    first = _removal_change(kind, pk)
    if first is None:
        return None
    change, survivor = first, None
    for _ in range(MAX_MERGE_HOPS):
        if change is None or change.action != ChangeAction.MERGED:
            break
        survivor = change.merged_into
        change = _removal_change(kind, survivor)
    if change is not None:
        survivor = None
    return Removal(first.action, first.committed_at, survivor)


def _removal_change(kind: str, pk: int) -> Change | None:
    # A change is numbered when its transaction commits: read its time without requiring it.
    committed_at = ChangeSet.objects.filter(pk=OuterRef("changeset_id")).values("committed_at")
    return (
        Change.objects.filter(kind=kind, object_id=pk, action__in=REMOVALS)
        .annotate(committed_at=Subquery(committed_at))
        .order_by("-id")
        .first()
    )


def wants(wanted: Wanted, *names: str) -> bool:
    """Tell whether a read must produce any of these output fields (None: it needs all)."""
    return wanted is None or any(name in wanted for name in names)


def wanted_of(wanted: Wanted, *names: str) -> list[str]:
    """Return the names among `names` the read must produce (for select_related and such)."""
    return [name for name in names if wants(wanted, name)]


def with_counts(queryset: QuerySet, wanted: Wanted, **counts) -> QuerySet:
    """Annotate the counts the read shows; only alias the others (still there to filter and
    order by, but not computed for the rows returned)."""
    shown = {name: count for name, count in counts.items() if wants(wanted, name)}
    hidden = {name: count for name, count in counts.items() if name not in shown}
    return queryset.annotate(**shown).alias(**hidden)


def keyset_after(fields: list[str], key: tuple) -> Q:
    """Return the condition 'row comes after `key`' for rows sorted by `fields` descending.

    (a, b) < (x, y) spelled out as a < x OR (a = x AND b < y), which the ORM can express.
    """
    condition = Q(pk__in=[])
    for position, name in enumerate(fields):
        equal = dict(zip(fields[:position], key[:position], strict=True))
        condition |= Q(**equal, **{f"{name}__lt": key[position]})
    return condition


ENTITY_MODELS = {"actor": "actors.Actor", "place": "places.Place", "weapon": "weapons.Weapon"}
Located = tuple[int, int, int]  # (document id, span start, span end)


def entity_mention_spans(
    entity_ids: dict[str, set[int]], document_ids: set[int]
) -> dict[tuple[str, int], list[Located]]:
    """Return where the entities are mentioned in those documents, one query per kind.

    `entity_ids` maps a kind ("actor", "place", "weapon") to ids; the result maps
    (kind, id) to the (document id, start, end) of each mention.
    """
    found: dict[tuple[str, int], list[Located]] = defaultdict(list)
    for kind, ids in sorted(entity_ids.items()):
        if not ids or not document_ids:
            continue
        entity = apps.get_model(ENTITY_MODELS[kind])
        mentions = entity._meta.get_field("mentions").related_model._base_manager
        rows = mentions.filter(document_id__in=document_ids, **{f"{kind}_id__in": ids})
        for pk, document, start, end in rows.values_list(
            f"{kind}_id", "document_id", "span_start", "span_end"
        ):
            found[kind, pk].append((document, start, end))
    return found
