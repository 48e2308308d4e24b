"""Reads of events, with participants, weapons, reports and their corroboration; and the
reads the loader makes to find the event a new report tells."""

from datetime import date

from django.db.models import Prefetch, Q, QuerySet

from apps.claims.models import Claim
from apps.common.selectors import Wanted, count_of, visible, wanted_of, wants, with_counts
from apps.documents.selectors import without_document_text

from .models import Event, EventParticipant, EventReport, EventWeapon


def _sourced(queryset: QuerySet, *related: str, with_document: bool) -> QuerySet:
    queryset = visible(queryset).select_related(*related) if related else visible(queryset)
    if not with_document:
        return queryset
    return without_document_text(queryset.select_related("document"), "document")


def _brief(entity: str, *columns: str) -> list[str]:
    """Columns a list row needs of a participant or weapon: fewer columns, cheaper rows."""
    related = [f"{entity}__{column}" for column in ("id", "name", "slug")]
    return ["id", "event_id", f"{entity}_id", *columns, *related]


def _prefetches(wanted: Wanted, *, with_document: bool) -> list[Prefetch]:
    participants = EventParticipant.objects.order_by("role", "actor__name", "id")
    weapons = EventWeapon.objects.order_by("weapon__name", "id")
    if not with_document:
        participants = participants.only(*_brief("actor", "role"))
        weapons = weapons.only(*_brief("weapon"))
    prefetches = []
    if wants(wanted, "participants"):
        participants = _sourced(participants, "actor", with_document=with_document)
        prefetches.append(Prefetch("participants", participants, to_attr="visible_participants"))
    if wants(wanted, "weapons"):
        weapons = _sourced(weapons, "weapon", with_document=with_document)
        prefetches.append(Prefetch("weapons", weapons, to_attr="visible_weapons"))
    return prefetches


def _events(wanted: Wanted, *, with_document: bool) -> QuerySet[Event]:
    events = Event.objects.select_related(*wanted_of(wanted, "place")).prefetch_related(
        *_prefetches(wanted, with_document=with_document)
    )
    return with_counts(
        events,
        wanted,
        report_count=count_of(visible(EventReport.objects.all()), "event", "document"),
        claim_count=count_of(visible(Claim.objects.all()), "event"),
    )


def event_list(wanted: Wanted = None) -> QuerySet[Event]:
    """Events with place, participants, weapons and the number of independent reports.

    The number of independent reports is the number of distinct documents reporting the
    event: three passages of one article are one report, a dossier row is its own source.
    """
    return _events(wanted, with_document=False)


def event_detail(wanted: Wanted = None) -> QuerySet[Event]:
    """Events as in event_list(), with every report and the passages naming each participant."""
    events = _events(wanted, with_document=True)
    if not wants(wanted, "reports"):
        return events
    reports = EventReport.objects.order_by("document__published_on", "document_id", "span_start")
    return events.prefetch_related(
        Prefetch("reports", _sourced(reports, with_document=True), to_attr="visible_reports")
    )


def event_candidates(
    *, event_types: list[str], date_from: date | None, date_to: date | None, month: int | None
) -> QuerySet[Event]:
    """Return the events a new report could belong to, with what matching compares.

    A read used by the loader's writes: events of those types whose dates may overlap the
    report's (undated events and, for a report without a year, those of that month too).
    """
    events = Event.objects.filter(event_type__in=event_types).exclude(review_status="rejected")
    if date_from is not None and date_to is not None:
        window = Q(date_start__lte=date_to, date_end__gte=date_from)
    elif month is not None:
        window = Q(date_start__month__lte=month, date_end__month__gte=month)
    else:
        window = Q(pk__in=[])
    participants = EventParticipant.objects.select_related("actor")
    reports = EventReport.objects.only("id", "event_id", "document_id", "key")
    return (
        events.filter(window | Q(date_start__isnull=True))
        .select_related("place")
        .prefetch_related(
            Prefetch("participants", queryset=participants),
            Prefetch("reports", queryset=reports),
        )
        .order_by("id")
    )


def event_report_get(*, key: str) -> EventReport | None:
    """Return the stored report with this key (how a re-load finds its event again)."""
    return EventReport.objects.select_related("event").filter(key=key).first()
