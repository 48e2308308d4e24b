"""Unique slugs for entities the loader creates (reference lists and extracted actors)."""

from django.db import models
from django.utils.text import slugify


def unique_slug(model: type[models.Model], name: str, *, key: str) -> str:
    """Return a slug for the row with `key`: its current slug, else one no other row has.

    Deterministic for a given database state, so re-loading computes the same slug and the
    row stays unchanged.
    """
    current = model.objects.filter(key=key).values_list("slug", flat=True).first()
    if current:
        return current
    base = (slugify(name) or "entity")[:240]
    slug, number = base, 1
    while model.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug
