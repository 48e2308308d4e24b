"""One search box across every kind: each kind ranked, with its hits highlighted.

Documents, comments and claims are matched on their stored tsvector columns (GIN indexed),
ranked by ts_rank and shown with ts_headline. Actors, weapons, places and events are found by
the API's own `q` filters, an exact name or alias first. One query per kind, whatever the
data: each returns its first rows and, in a window count, how many matched.
"""

from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchHeadline, SearchRank, SearchVector
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
    Window,
)

from apps.actors.filtersets import ActorFilterSet
from apps.actors.models import Actor, ActorAlias
from apps.claims.models import Claim
from apps.comments.models import Comment
from apps.common.search import SEARCH_CONFIG, search_query
from apps.common.selectors import visible
from apps.documents.models import Document
from apps.events.filtersets import EventFilterSet
from apps.events.selectors import event_brief_list
from apps.places.filtersets import PlaceFilterSet
from apps.places.models import Place, PlaceAlias
from apps.weapons.filtersets import WeaponFilterSet
from apps.weapons.models import Weapon, WeaponAlias

from .text import HIT_START, HIT_STOP

PER_KIND = 10


@dataclass
class SearchSection:
    """The best rows of one kind for the query, and how many rows of that kind matched."""

    kind: str
    label: str
    api: str
    rows: list = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.rows[0].total if self.rows else 0


def _headline(column: str, query, words: int = 30) -> SearchHeadline:
    return SearchHeadline(
        column,
        query,
        config=SEARCH_CONFIG,
        start_sel=HIT_START,
        stop_sel=HIT_STOP,
        max_words=words,
        min_words=min(15, words),
        max_fragments=2,
        fragment_delimiter=" \u2026 ",
    )


def _top(queryset: QuerySet, *ordering) -> list:
    counted = queryset.annotate(total=Window(Count("pk")))
    return list(counted.order_by(*ordering)[:PER_KIND])


def _entities(model, alias_model, filterset_class, text: str) -> list:
    """Rows of an entity the API's q filter finds; exact names and aliases first."""
    found = filterset_class(data={"q": text}, queryset=visible(model.objects.all())).qs
    owner = model._meta.model_name
    aliases = visible(alias_model.objects.filter(**{owner: OuterRef("pk")}))
    rank = Case(
        When(Q(name__iexact=text) | Exists(aliases.filter(name__iexact=text)), then=Value(3)),
        When(Q(name__istartswith=text) | Exists(aliases.filter(name__istartswith=text)), then=2),
        default=Value(1),
        output_field=IntegerField(),
    )
    alias = Subquery(aliases.filter(name__icontains=text).order_by("name").values("name")[:1])
    return _top(found.annotate(rank=rank, matched_alias=alias), "-rank", "name", "pk")


def _documents(query) -> list:
    rows = visible(Document.objects.filter(search_vector=query)).only(
        "id", "title", "kind", "publisher", "published_on", "parent_id"
    )
    rows = rows.annotate(
        rank=SearchRank(F("search_vector"), query), snippet=_headline("body", query)
    )
    return _top(rows, "-rank", "pk")


def _comments(query) -> list:
    rows = visible(Comment.objects.filter(search_vector=query)).select_related("document")
    rows = rows.only("id", "author", "position", "document__id", "document__title")
    rows = rows.annotate(
        rank=SearchRank(F("search_vector"), query), snippet=_headline("body", query)
    )
    return _top(rows, "-rank", "pk")


def _claims(query) -> list:
    rows = visible(Claim.objects.filter(search_vector=query)).select_related(
        "document", "subject", "object"
    )
    rows = rows.only(
        "id",
        "stance",
        "predicate",
        "claimant_text",
        "document__id",
        "document__title",
        "subject__name",
        "subject__slug",
        "object__name",
        "object__slug",
        "object_text",
    )
    rows = rows.annotate(
        rank=SearchRank(F("search_vector"), query), snippet=_headline("quote", query, 40)
    )
    return _top(rows, "-rank", "pk")


def _events(text: str, query) -> list:
    found = EventFilterSet(data={"q": text}, queryset=visible(event_brief_list())).qs
    vector = SearchVector("summary", "date_text", config=SEARCH_CONFIG)
    rows = found.annotate(rank=SearchRank(vector, query), snippet=_headline("summary", query))
    return _top(rows, "-rank", F("date_start").desc(nulls_last=True), "pk")


def search_all(text: str) -> list[SearchSection]:
    """Return one section per kind for the free text (words, "phrases", OR, -word)."""
    query = search_query(text)
    entity = [
        ("actor", "Actors", "actors", _entities(Actor, ActorAlias, ActorFilterSet, text)),
        ("weapon", "Weapons", "weapons", _entities(Weapon, WeaponAlias, WeaponFilterSet, text)),
        ("place", "Places", "places", _entities(Place, PlaceAlias, PlaceFilterSet, text)),
    ]
    text_kinds = [
        ("event", "Events", "events", _events(text, query)),
        ("claim", "Claims", "claims", _claims(query)),
        ("document", "Documents", "documents", _documents(query)),
        ("comment", "Comments", "comments", _comments(query)),
    ]
    return [SearchSection(kind, label, api, rows) for kind, label, api, rows in entity + text_kinds]
