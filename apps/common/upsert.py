"""Idempotent writes by natural key that respect curators' decisions."""

from enum import StrEnum
from typing import TypeVar

from django.db import models
from simple_history.utils import bulk_create_with_history

from .models import CuratedModel, ReviewStatus, Tombstone
from .slugs import unique_slugs
from .text import normalize_name

M = TypeVar("M", bound=CuratedModel)


class Outcome(StrEnum):
    INSERTED = "inserted"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"


def is_tombstoned(model: type[models.Model], key: str) -> bool:
    """Return whether a curator deleted the row with this key."""
    return Tombstone.objects.filter(model=model._meta.label, key=key).exists()


def upsert(model: type[M], *, key: str, values: dict[str, object]) -> tuple[M | None, Outcome]:
    """Insert or update the row with `key`; never touch curated fields or revive a removed row.

    Contract: an unchanged row is not saved; a row a curator rejected is left alone
    (SKIPPED, returned); a row a curator deleted is not recreated (SKIPPED, None); fields in
    `locked_fields` keep the curator's value. `values` may use field names or attnames.
    """
    if not key:
        raise ValueError(f"upsert({model.__name__}) needs a non-blank key")
    row = model.objects.filter(key=key).first()
    if row is None:
        if is_tombstoned(model, key):
            return None, Outcome.SKIPPED
        row = model(key=key, **values)
        _validate(row)
        row.save()
        return row, Outcome.INSERTED
    return _update(model, row, values)


def upsert_many(
    model: type[M], items: list[tuple[str, dict[str, object]]]
) -> list[tuple[M | None, Outcome]]:
    """Upsert many rows of one model with the same contract as upsert(), in few queries.

    Existing rows and tombstones are read in one query each; new rows are inserted together
    (with their history records). For models whose save() does more than store the fields
    (aliases normalize their name), use upsert(). A key repeated in `items` counts once.
    """
    items = list(dict(items).items())
    if not items:
        return []
    if any(not key for key, _ in items):
        raise ValueError(f"upsert_many({model.__name__}) needs non-blank keys")
    keys = [key for key, _ in items]
    existing = {row.key: row for row in model.objects.filter(key__in=keys)}
    removed = set(
        Tombstone.objects.filter(
            model=model._meta.label, key__in=set(keys) - set(existing)
        ).values_list("key", flat=True)
    )
    results: dict[str, tuple[M | None, Outcome]] = {}
    new_rows = []
    for key, values in items:
        if key in existing:
            results[key] = _update(model, existing[key], values)
        elif key in removed:
            results[key] = (None, Outcome.SKIPPED)
        else:
            row = model(key=key, **values)
            _validate(row)
            new_rows.append(row)
            results[key] = (row, Outcome.INSERTED)
    if new_rows:
        bulk_create_with_history(new_rows, model, batch_size=500)
    return [results[key] for key in keys]


def entity_upsert_many(
    model: type[M], items: list[tuple[str, dict[str, object]]]
) -> list[tuple[M | None, Outcome]]:
    """upsert_many() for actors, weapons or places: each new row gets a unique slug."""
    slugs = unique_slugs(model, {key: values["name"] for key, values in items})
    return upsert_many(model, [(key, values | {"slug": slugs[key]}) for key, values in items])


def alias_upsert_many(
    model: type[M], items: list[tuple[str, dict[str, object]]]
) -> list[tuple[M | None, Outcome]]:
    """upsert_many() for aliases: an alias someone else already gave that name is skipped.

    The name a curator (or another entity's alias) already uses wins; the normalized form is
    computed here because bulk inserts do not run the alias's save().
    """
    normalized = {key: normalize_name(values["name"]) for key, values in items}
    taken = {
        row.normalized: row
        for row in model.objects.filter(normalized__in=normalized.values()).exclude(
            key__in=normalized
        )
    }
    fresh = [
        (key, values | {"normalized": normalized[key]})
        for key, values in items
        if normalized[key] not in taken
    ]
    written = dict(zip([key for key, _ in fresh], upsert_many(model, fresh), strict=True))
    return [written.get(key) or (taken[normalized[key]], Outcome.SKIPPED) for key, _ in items]


def _update(model: type[M], row: M, values: dict[str, object]) -> tuple[M, Outcome]:
    if row.review_status == ReviewStatus.REJECTED:
        return row, Outcome.SKIPPED
    changed = [
        name
        for name, value in values.items()
        if _field_name(model, name) not in row.locked_fields and getattr(row, name) != value
    ]
    if not changed:
        return row, Outcome.UNCHANGED
    for name in changed:
        setattr(row, name, values[name])
    _validate(row)
    row.save(update_fields=[_field_name(model, name) for name in changed] + ["updated_at"])
    return row, Outcome.UPDATED


def _foreign_keys(model: type[models.Model]) -> list[str]:
    return [field.name for field in model._meta.concrete_fields if field.is_relation]


def _field_name(model: type[models.Model], name: str) -> str:
    """Map an attname such as 'document_id' to its field name 'document'."""
    for field in model._meta.concrete_fields:
        if name in (field.name, field.attname):
            return field.name
    raise ValueError(f"{model.__name__} has no field {name!r}")


def _validate(row: models.Model) -> None:
    # Field-level checks (choices, lengths) run here; uniqueness, check constraints and
    # foreign keys are left to PostgreSQL, which enforces them without an extra query each.
    row.full_clean(
        exclude=_foreign_keys(type(row)), validate_unique=False, validate_constraints=False
    )
