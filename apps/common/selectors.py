"""Read helpers shared by every app's selectors: visibility, hierarchy walks, mentions."""

from collections import defaultdict
from collections.abc import Iterable

from django.apps import apps
from django.db import connection
from django.db.models import F, Func, IntegerField, Model, OuterRef, Q, QuerySet, Subquery
from django.db.models.expressions import RawSQL

from .models import ReviewStatus


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
