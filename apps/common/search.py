"""Stored full-text vectors: generated columns kept current by PostgreSQL itself."""

from django.contrib.postgres.search import SearchQuery, SearchVector, SearchVectorField
from django.db import models

SEARCH_CONFIG = "english"


def search_vector_field(*weighted: tuple[str, str]) -> models.GeneratedField:
    """Return a stored tsvector column over (field, weight) pairs, for a GIN index.

    A generated column needs no triggers or signals, so bulk updates, the admin and raw SQL
    all keep it current.
    """
    vector = None
    for field, weight in weighted:
        part = SearchVector(field, weight=weight, config=SEARCH_CONFIG)
        vector = part if vector is None else vector + part
    return models.GeneratedField(
        expression=vector, output_field=SearchVectorField(), db_persist=True, editable=False
    )


def search_query(value: str) -> SearchQuery:
    """Return the query for a client's free text: words, "quoted phrases", OR and -negation."""
    return SearchQuery(value, search_type="websearch", config=SEARCH_CONFIG)
