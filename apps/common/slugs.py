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


def free_slug(model: type[models.Model], name: str) -> str:
    """Return a slug for a new row without a loader key (a curator's): one no row has."""
    base = (slugify(name) or "entity")[:240]
    slug, number = base, 1
    while model._base_manager.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def unique_slugs(model: type[models.Model], names: dict[str, str]) -> dict[str, str]:
    """Return {key: slug} for many rows at once, with the same rules as unique_slug()."""
    slugs = dict(model.objects.filter(key__in=names).values_list("key", "slug"))
    wanted = {
        key: (slugify(name) or "entity")[:240] for key, name in names.items() if key not in slugs
    }
    taken = set(model.objects.filter(slug__in=wanted.values()).values_list("slug", flat=True))
    taken |= set(slugs.values())
    for key, base in wanted.items():
        slug, number = base, 1
        # Rare: look further in the database only when the plain slug is taken.
        while slug in taken or (number > 1 and model.objects.filter(slug=slug).exists()):
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        slugs[key] = slug
    return slugs
