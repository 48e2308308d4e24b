"""Reads of events, with participants, weapons, reports and their corroboration; and the
reads the loader makes to find the event a new report tells."""

from collections import defaultdict
from datetime import date
from itertools import combinations

from django.db.models import Count, Prefetch, Q, QuerySet
from rapidfuzz import fuzz

from apps.claims.models import Claim
from apps.common.duplicates import Suggestion, dismissed_pairs, pair_keys, ranked_pair
from apps.common.models import ReviewStatus
from apps.common.selectors import count_of, visible
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


def _prefetches(*, with_document: bool) -> list[Prefetch]:
    participants = EventParticipant.objects.order_by("role", "actor__name", "id")
    weapons = EventWeapon.objects.order_by("weapon__name", "id")
    if not with_document:
        participants = participants.only(*_brief("actor", "role"))
        weapons = weapons.only(*_brief("weapon"))
    return [
        Prefetch(
            "participants",
            _sourced(participants, "actor", with_document=with_document),
            to_attr="visible_participants",
        ),
        Prefetch(
            "weapons",
            _sourced(weapons, "weapon", with_document=with_document),
            to_attr="visible_weapons",
        ),
    ]


def _events(*, with_document: bool) -> QuerySet[Event]:
    return (
        Event.objects.select_related("place")
        .prefetch_related(*_prefetches(with_document=with_document))
        .annotate(
            report_count=count_of(visible(EventReport.objects.all()), "event", "document"),
            claim_count=count_of(visible(Claim.objects.all()), "event"),
        )
    )


def event_rows() -> QuerySet[Event]:
    """Events alone, for aggregates over the filtered rows (the timeline)."""
    return Event.objects.all()


def event_brief_list() -> QuerySet[Event]:
    """Events with only what their brief form shows (no counts, no participants)."""
    return Event.objects.only("id", "event_type", "date_start", "summary")


def event_list() -> QuerySet[Event]:
    """Events with place, participants, weapons and the number of independent reports.

    The number of independent reports is the number of distinct documents reporting the
    event: three passages of one article are one report, a dossier row is its own source.
    """
    return _events(with_document=False)


def event_detail() -> QuerySet[Event]:
    """Events as in event_list(), with every report and the passages naming each participant."""
    reports = EventReport.objects.order_by("document__published_on", "document_id", "span_start")
    return _events(with_document=True).prefetch_related(
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


DUPLICATE_CUTOFF = 50
SAME_DATE_POINTS = {"day": 20, "month": 10, "year": 0}


def event_duplicates(*, limit: int = 100) -> list[Suggestion]:
    """Return likely duplicate events, best first, minus the pairs curators dismissed.

    Candidates share type and dates (start, end). Points: 20 for the same day (10 for a
    month), 20 for the same place (different places: -30), 30 for each actor in the same
    role in both (10 for a perpetrator; 40 at most), and the summaries' likeness above 50%
    (rapidfuzz token set ratio). Pairs under DUPLICATE_CUTOFF are left out.
    """
    events = (
        Event.objects.exclude(review_status=ReviewStatus.REJECTED)
        .filter(date_start__isnull=False)
        .select_related("place")
        .prefetch_related(Prefetch("participants", _participants_with_actors()))
        .annotate(report_count=Count("reports", distinct=True))
    )
    groups = defaultdict(list)
    for event in events:
        groups[event.event_type, event.date_start, event.date_end].append(event)
    dismissed = dismissed_pairs(Event)
    suggestions = []
    for group in groups.values():
        for first, second in combinations(group, 2):
            score, reasons = _likeness(first, second)
            if score >= DUPLICATE_CUTOFF and pair_keys(first, second) not in dismissed:
                suggestions.append(ranked_pair(first, second, score, reasons, _event_rank))
    suggestions.sort(key=lambda s: (-s.score, s.survivor.date_start, s.survivor.pk, s.other.pk))
    return suggestions[:limit]


def _likeness(first: Event, second: Event) -> tuple[int, list[str]]:
    score = SAME_DATE_POINTS.get(first.date_precision, 0)
    reasons = [f"same type and dates ({_when(first)})"]
    if first.place_id and second.place_id:
        same = first.place_id == second.place_id
        score += 20 if same else -30
        reasons.append(f"same place: {first.place}" if same else "different places")
    shared = {(p.actor_id, p.role): p for p in first.participants.all()}
    both = [p for p in second.participants.all() if (p.actor_id, p.role) in shared]
    if both:
        score += min(40, sum(10 if p.role == "perpetrator" else 30 for p in both))
        reasons.append("both name " + ", ".join(f"{p.actor} ({p.role})" for p in both))
    alike = fuzz.token_set_ratio(first.summary.casefold(), second.summary.casefold())
    if alike > 50:
        score += round(alike) - 50
        reasons.append(f"summaries {round(alike)}% alike")
    return score, reasons


def _event_rank(event: Event) -> tuple:
    # The survivor: the confirmed event, else the one more documents report.
    return (event.review_status != ReviewStatus.CONFIRMED, -event.report_count, event.pk)


def _when(event: Event) -> str:
    shown = {"day": 10, "month": 7, "year": 4}.get(event.date_precision, 10)
    return event.date_start.isoformat()[:shown]


def _participants_with_actors() -> QuerySet[EventParticipant]:
    return EventParticipant.objects.select_related("actor")
