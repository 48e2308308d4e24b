"""Reads the explorer's pages need beyond the API's selectors (which they call first).

Each function is one query whatever the data's size; lists are capped and say how many rows
there are in all, so a page's query count never grows with the corpus.
"""

from django.db import connection
from django.db.models import Count, F, Max, Q, QuerySet, Value, Window
from django.db.models.functions import Greatest, Substr

from apps.actors.models import Actor, ActorMention, ActorRelation
from apps.actors.selectors import actor_list
from apps.claims.models import Claim
from apps.claims.selectors import claim_rows
from apps.comments.models import Comment
from apps.comments.selectors import comment_list
from apps.common.selectors import count_of, visible
from apps.documents.models import Document
from apps.documents.selectors import document_detail, without_document_text
from apps.events.models import Event, EventParticipant, EventReport
from apps.events.selectors import event_list
from apps.places.models import Place, PlaceMention
from apps.weapons.models import Weapon, WeaponMention

from .text import passage

LIST_LIMIT = 100
PASSAGE_WIDTH = 240


def explorer_counts() -> dict:
    """Return the visible rows per kind, the documents loaded and when they last changed."""
    kinds = {
        "documents": visible(Document.objects.filter(parent__isnull=True)),
        "dossier_rows": visible(Document.objects.filter(parent__isnull=False)),
        "comments": visible(Comment.objects.all()),
        "actors": visible(Actor.objects.all()),
        "weapons": visible(Weapon.objects.all()),
        "places": visible(Place.objects.all()),
        "events": visible(Event.objects.all()),
        "claims": visible(Claim.objects.all()),
    }
    parts, params = [], []
    for name, queryset in kinds.items():
        sql, part_params = queryset.order_by().values("pk").query.sql_with_params()
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) {name}) AS {name}")
        params.extend(part_params)
    last, last_params = (
        Document.objects.order_by().values("pk").annotate(m=Max("updated_at")).values("m")
    ).query.sql_with_params()
    parts.append(f"(SELECT MAX(m) FROM ({last}) last) AS last_load")
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts), params + list(last_params))
        row = cursor.fetchone()
    return dict(zip([*kinds, "last_load"], row, strict=True))


def with_passages(queryset: QuerySet) -> QuerySet:
    """Annotate sourced rows with the document text just before and after their quote."""
    start = Greatest(F("span_start") - PASSAGE_WIDTH, 0)
    return queryset.annotate(
        text_before=Substr("document__text", start + 1, F("span_start") - start),
        text_after=Substr("document__text", F("span_end") + 1, PASSAGE_WIDTH),
    )


def set_passages(rows: list) -> None:
    """Set `passage` on rows annotated by with_passages()."""
    for row in rows:
        row.passage = passage(row.text_before, row.quote, row.text_after)


def claim_passages(claims: list[Claim]) -> None:
    """Set `passage` on each claim (the quote in its surrounding text), in one query."""
    found = with_passages(Claim.objects.filter(pk__in=[c.pk for c in claims])).values_list(
        "pk", "text_before", "text_after"
    )
    around = {pk: (before, after) for pk, before, after in found}
    for claim in claims:
        before, after = around.get(claim.pk, ("", ""))
        claim.passage = passage(before, claim.quote, after)


def actor_page_get(slug: str) -> Actor | None:
    """Return the actor with aliases, counts and three levels of parent units, or None."""
    actors = actor_list().select_related("parent__parent__parent")
    return actors.filter(slug=slug).first()


def actor_participations(actor: Actor) -> list[EventParticipant]:
    """Return the events the actor took part in, newest first, with its role (capped)."""
    rows = visible(EventParticipant.objects.filter(actor=actor)).select_related("event")
    rows = rows.annotate(total=Window(Count("pk")))
    rows = rows.order_by("role", F("event__date_start").desc(nulls_last=True), "event_id")
    return list(rows[:LIST_LIMIT])


def actor_claims(actor: Actor) -> list[Claim]:
    """Return the claims the actor makes or is subject or object of, newest first (capped)."""
    claims = claim_rows().filter(Q(claimant=actor) | Q(subject=actor) | Q(object=actor))
    claims = visible(claims).annotate(total=Window(Count("pk")))
    return list(claims.order_by(F("claim_date").desc(nulls_last=True), "-pk")[:LIST_LIMIT])


def actor_relation_list(actor: Actor) -> list[ActorRelation]:
    """Return the actor's relations both ways, with their documents, capped."""
    relations = visible(ActorRelation.objects.filter(Q(subject=actor) | Q(object=actor)))
    relations = relations.select_related("subject", "object", "document")
    relations = without_document_text(relations, "document")
    return list(relations.order_by("predicate", "pk")[:LIST_LIMIT])


def actor_documents(actor: Actor) -> list[Document]:
    """Return the documents mentioning the actor, most mentions first (capped)."""
    mentions = visible(ActorMention.objects.filter(actor=actor))
    documents = without_document_text(visible(Document.objects.all())).filter(
        pk__in=mentions.values("document_id")
    )
    documents = documents.annotate(
        mentions=count_of(mentions, "document"), total=Window(Count("pk"))
    )
    return list(documents.order_by("-mentions", "pk")[:LIST_LIMIT])


def event_page_get(pk: int) -> Event | None:
    """Return the event with place, participants, weapons and report count, or None."""
    return event_list().filter(pk=pk).first()


def event_reports(event: Event) -> list[EventReport]:
    """Return every visible report of the event with its passage, oldest document first."""
    reports = visible(EventReport.objects.filter(event=event)).select_related("document")
    reports = with_passages(without_document_text(reports, "document"))
    rows = list(reports.order_by(F("document__published_on").asc(nulls_last=True), "pk"))
    set_passages(rows)
    return rows


def event_claims(event: Event) -> list[Claim]:
    """Return the claims about the event or tied to it (capped)."""
    claims = visible(claim_rows().filter(Q(event=event) | Q(object_event=event)))
    return list(
        claims.annotate(total=Window(Count("pk"))).order_by("claim_date", "pk")[:LIST_LIMIT]
    )


def document_page_get(pk: int) -> Document | None:
    """Return the document with its text, counts and dossier rows, or None."""
    return document_detail().filter(pk=pk).first()


def document_comments(document: Document) -> list[Comment]:
    """Return the document's comment thread in order."""
    return list(visible(comment_list().filter(document=document)).order_by("position", "pk"))


def document_claims(document: Document) -> list[Claim]:
    """Return the claims extracted from the document, in text order."""
    return list(visible(claim_rows().filter(document=document)).order_by("span_start", "pk"))


def document_reports(document: Document) -> list[EventReport]:
    """Return the event reports extracted from the document, in text order."""
    reports = visible(EventReport.objects.filter(document=document)).select_related("event")
    return list(reports.defer("event__summary").order_by("span_start", "pk"))


def document_mentions(document: Document) -> list[dict]:
    """Return the actor, weapon and place mentions of the document in one query."""
    parts = []
    for kind, model in (
        ("actor", ActorMention),
        ("weapon", WeaponMention),
        ("place", PlaceMention),
    ):
        rows = visible(model.objects.filter(document=document)).order_by()
        parts.append(
            rows.values(
                "pk",
                "span_start",
                "span_end",
                "quote",
                kind=Value(kind),
                name=F(f"{kind}__name"),
                slug=F(f"{kind}__slug"),
            )
        )
    first, *rest = parts
    rows = first.union(*rest, all=True)
    return sorted(rows, key=lambda row: (row["span_start"], row["kind"], row["pk"]))


def document_relations(document: Document) -> list[ActorRelation]:
    """Return the relations extracted from the document, in text order."""
    relations = visible(ActorRelation.objects.filter(document=document))
    return list(relations.select_related("subject", "object").order_by("span_start", "pk"))


def map_places(events: QuerySet[Event]) -> tuple[list[Place], dict[str, int]]:
    """Return the places with coordinates, each with how many of `events` happened there,
    and how many events have a located place, a place without coordinates or none."""
    counts = dict(events.order_by().values_list("place_id").annotate(n=Count("pk")))
    places = list(
        visible(Place.objects.filter(latitude__isnull=False, longitude__isnull=False)).order_by(
            "name", "pk"
        )
    )
    for place in places:
        place.event_count = counts.get(place.pk, 0)
    located = sum(place.event_count for place in places)
    total = sum(counts.values())
    unplaced = counts.get(None, 0)
    return places, {"total": total, "located": located, "unplaced": unplaced}
