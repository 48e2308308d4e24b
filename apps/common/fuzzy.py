"""Fuzzy name matching (rapidfuzz) for duplicate suggestions and claimant linking."""

from collections.abc import Callable

from rapidfuzz import fuzz, process

from .text import normalize_name

ARTICLES = frozenset({"the", "a", "an"})
Scorer = Callable[..., float]


def match_key(name: str) -> str:
    """Return the normalized name without leading articles ("The Media" -> "media")."""
    words = normalize_name(name).split()
    while len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def similar(
    query: str,
    choices: list[str],
    *,
    cutoff: float,
    scorer: Scorer = fuzz.token_sort_ratio,
    limit: int | None = None,
) -> list[tuple[int, float]]:
    """Return (index, score) of the choices at least `cutoff` (0-100) alike to query, best first."""
    found = process.extract(query, choices, scorer=scorer, score_cutoff=cutoff, limit=limit)
    return [(index, score) for _, score, index in found]
