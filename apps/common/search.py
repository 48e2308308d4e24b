"""Search: stored full-text vectors kept current by PostgreSQL itself, ranked matches with
highlighted snippets, and names ranked exact > prefix > word > elsewhere."""

import re

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import models
from django.db.models import Case, Exists, F, FloatField, OuterRef, Q, QuerySet, Value, When
from django.db.models.functions import Replace

from .selectors import visible
from .text import normalize_name

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


RANK, SNIPPET = "search_rank", "search_snippet"
MARK_START, MARK_STOP = "<mark>", "</mark>"
EXACT, PREFIX, WORD, ELSEWHERE = 4.0, 3.0, 2.0, 1.0
# The ampersand first, or the other entities would be escaped twice.
HTML_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))


def html_escaped(field: str) -> Replace | F:
    """Return the field's text with &, < and > escaped, as PostgreSQL computes it."""
    expression = F(field)
    for raw, entity in HTML_ESCAPES:
        expression = Replace(expression, Value(raw), Value(entity))
    return expression


def ranked_text_search(queryset: QuerySet, value: str, snippet_field: str) -> QuerySet:
    """Return the rows whose stored vector matches, with their rank and a highlighted snippet.

    The rank is PostgreSQL's ts_rank of the stored vector (title or author words weigh more
    than body words); the snippet is up to two passages of `snippet_field` with the matched
    words between <mark> and </mark>, and the text HTML-escaped (so the snippet is safe HTML:
    a `<script>` or a literal `<mark>` in the text cannot pass for markup). PostgreSQL
    computes the snippet only for the rows a page returns.
    """
    query = search_query(value)
    headline = SearchHeadline(
        html_escaped(snippet_field),
        query,
        config=SEARCH_CONFIG,
        start_sel=MARK_START,
        stop_sel=MARK_STOP,
        max_fragments=2,
        max_words=30,
        min_words=12,
    )
    return queryset.filter(search_vector=query).annotate(
        **{RANK: SearchRank(F("search_vector"), query), SNIPPET: headline}
    )


def ranked_name_search(queryset: QuerySet, value: str, alias_model, owner: str, *also: str):
    """Return the rows whose name, an alias or one of the `also` fields contains the text,
    ranked: the name or an alias is the text (4), starts with it (3), has a word starting
    with it (2), or the text is elsewhere (1). No snippet (null)."""
    text = value.strip(" ")
    aliases = visible(alias_model.objects.filter(**{owner: OuterRef("pk")}))
    key = normalize_name(text)
    word = r"\m" + re.escape(text)
    named = Q(name__iexact=text) | Q(slug=key.replace(" ", "-"))
    exact = named | Exists(aliases.filter(normalized=key))
    prefix = Q(name__istartswith=text) | Exists(aliases.filter(name__istartswith=text))
    starts_word = Q(name__iregex=word) | Exists(aliases.filter(name__iregex=word))
    contains = Q(name__icontains=text) | Q(aliases__name__icontains=text)
    for field in also:
        contains |= Q(**{f"{field}__icontains": text})
    matches = queryset.model.objects.filter(contains).values("pk")
    rank = Case(
        When(exact, then=Value(EXACT)),
        When(prefix, then=Value(PREFIX)),
        When(starts_word, then=Value(WORD)),
        default=Value(ELSEWHERE),
        output_field=FloatField(),
    )
    return queryset.filter(pk__in=matches).annotate(
        **{RANK: rank, SNIPPET: Value(None, output_field=models.TextField())}
    )
