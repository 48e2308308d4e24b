"""Idempotent writes by natural key that respect curators' decisions."""

from enum import StrEnum
from typing import TypeVar

from django.db import models

from .models import CuratedModel, ReviewStatus, Tombstone

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


def _field_name(model: type[models.Model], name: str) -> str:
    """Map an attname such as 'document_id' to its field name 'document'."""
    for field in model._meta.concrete_fields:
        if name in (field.name, field.attname):
            return field.name
    raise ValueError(f"{model.__name__} has no field {name!r}")


def _validate(row: models.Model) -> None:
    # Field-level checks (choices, lengths) run here; uniqueness and check constraints are
    # left to PostgreSQL, which enforces them without an extra query per row.
    row.full_clean(validate_unique=False, validate_constraints=False)
