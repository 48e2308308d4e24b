"""Which fields a curator's edit locks against the loader."""

from django.db import models

REVIEW_FIELDS = ("review_status", "reviewed_by", "reviewed_at", "review_note", "locked_fields")
NOT_LOCKABLE = frozenset({"id", "key", "created_at", "updated_at", *REVIEW_FIELDS})

# Fields that database checks tie together lock as a unit: a curator's quote with the loader's
# offsets (or a curator's date with the loader's precision) would break the check on re-load.
LOCKED_TOGETHER = (
    frozenset({"document", "span_start", "span_end", "quote"}),
    frozenset({"date_start", "date_end", "date_precision"}),
    frozenset({"published_on", "published_precision"}),
    frozenset({"claim_date", "claim_date_precision"}),
    frozenset({"latitude", "longitude"}),
)


def lockable_fields(model: type[models.Model]) -> list[str]:
    """Return the fields the loader writes, which a curator's edit therefore locks."""
    return [
        f.name
        for f in model._meta.concrete_fields
        if f.name not in NOT_LOCKABLE and not f.primary_key and not f.generated
    ]


def fields_to_lock(model: type[models.Model], changed: list[str]) -> set[str]:
    """Return the lockable fields among `changed`, with the fields locked together with them."""
    lockable = set(lockable_fields(model))
    locked = {name for name in changed if name in lockable}
    for group in LOCKED_TOGETHER:
        if locked & group and group <= lockable:
            locked |= group
    return locked
