"""Mark the rows a file's earlier loads produced that this load no longer finds: stale.

The loader never deletes stored data. When a file changes, or the extraction rules do, rows
extracted before but not now are flagged `is_stale` (and hidden from the API) instead; a later
load that finds them again clears the flag. Runs inside the file's transaction, after every
other step, over the documents (file and dossier rows) the load did not skip.
"""

from django.db.models import CharField, Exists, OuterRef, Q, QuerySet, Value

from apps.actors.models import ActorMention, ActorRelation
from apps.claims.models import Claim
from apps.comments.models import Comment
from apps.common.models import CuratedModel
from apps.documents.models import Document
from apps.events.models import Event, EventParticipant, EventReport, EventWeapon
from apps.places.models import PlaceMention
from apps.weapons.models import WeaponMention
from etl.report import Tally

# Report kind of each model whose rows hang off a document (`document`, or `parent` for rows).
KINDS: dict[type[CuratedModel], str] = {
    Document: "dossier_row",
    Comment: "comment",
    ActorMention: "actor_mention",
    WeaponMention: "weapon_mention",
    PlaceMention: "place_mention",
    ActorRelation: "actor_relation",
    Claim: "claim",
    EventReport: "event_report",
    EventParticipant: "event_participant",
    EventWeapon: "event_weapon",
}
MODELS_BY_KIND = {kind: model for model, kind in KINDS.items()}


def mark_stale(tally: Tally, *, loaded: list[Document], reloaded: list[Document]) -> None:
    """Flag unseen rows of the loaded documents stale, unflag seen ones; then their events.

    `loaded`: the file's stored documents (file and dossier rows) the load did not skip;
    `reloaded`: those of them stored before this load. Documents this load inserted have no
    earlier rows, so a first load only checks the events it reported (one may have been stale
    and is reported again).
    The stored state of every kind comes from one query and is compared with what the load
    produced here (cheaper than asking the database with every key); writes only for flips.
    """
    flips: dict[str, dict[int, bool]] = {}
    for pk, key, stale, kind in _stored(reloaded):
        seen = key in tally.seen.get(MODELS_BY_KIND[kind]._meta.label, ())
        if stale == seen:  # stale but produced again, or current but no longer produced
            flips.setdefault(kind, {})[pk] = stale
    for kind, changes in flips.items():
        _flip(MODELS_BY_KIND[kind], changes, kind, tally)
    if loaded:
        _mark_events(loaded, tally)


def _stored(documents: list[Document]) -> QuerySet | list:
    """Return (pk, key, is_stale, kind) of the keyed rows of these documents, of every kind."""
    if not documents:
        return []
    parts = [
        _rows_of(model, documents)
        .exclude(key="")
        .annotate(report_kind=Value(kind, output_field=CharField()))
        .values_list("pk", "key", "is_stale", "report_kind")
        .order_by()
        for model, kind in KINDS.items()
    ]
    return parts[0].union(*parts[1:], all=True)


def _rows_of(model: type[CuratedModel], documents: list[Document]) -> QuerySet:
    if model is Document:
        return Document.objects.filter(parent__in=[d for d in documents if d.parent_id is None])
    return model.objects.filter(document__in=documents)


def _mark_events(documents: list[Document], tally: Tally) -> None:
    """An event is stale when none of its loaded reports is current any more."""
    touched = EventReport.objects.filter(document__in=documents).values("event_id")
    current = Exists(EventReport.objects.filter(event=OuterRef("pk"), is_stale=False))
    flips = Q(is_stale=True, has_current=True) | Q(is_stale=False, has_current=False)
    events = Event.objects.exclude(key="").filter(pk__in=touched).annotate(has_current=current)
    _flip(Event, dict(events.filter(flips).values_list("pk", "is_stale")), "event", tally)


def _flip(model: type[CuratedModel], changes: dict[int, bool], kind: str, tally: Tally) -> None:
    """Invert is_stale on these rows (pk: current is_stale); count the newly stale ones."""
    if not changes:
        return
    model.objects.filter(pk__in=[pk for pk, stale in changes.items() if stale]).update(
        is_stale=False
    )
    newly = [pk for pk, stale in changes.items() if not stale]
    if newly:
        model.objects.filter(pk__in=newly).update(is_stale=True)
        tally.add(kind, "stale", len(newly))
