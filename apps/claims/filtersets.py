"""Query parameters of /api/v1/claims/."""

from django.db.models import Q

from apps.actors.models import Actor
from apps.common.api.filters import (
    ALWAYS,
    ID_OR_SLUG,
    OPTIONAL,
    SEVERAL,
    BooleanFilter,
    ChoicesFilter,
    EvidenceFilterSet,
    RefFilter,
    include_subordinates_filter,
    rule_filter,
    search_filter,
)
from apps.common.lookups import DATE_LOOKUPS
from apps.documents.models import Document
from apps.events.models import Event

from .models import Claim, ObjectKind, Predicate, Stance
from .selectors import claim_with_counter_claims

WIDENED = " With include_subordinates, units below it count too."


def _actor_filter(field: str, what: str) -> RefFilter:
    return RefFilter(
        field, model=Actor, subtree=OPTIONAL, help_text=what + WIDENED + ID_OR_SLUG + SEVERAL
    )


class ClaimFilterSet(EvidenceFilterSet):
    snippet_field = "quote"
    claimant = _actor_filter("claimant", "Who makes the claim.")
    subject = _actor_filter("subject", "Who the claim is about (the 'X' of 'X supports Y').")
    object = _actor_filter("object", "The other party (the 'Y' of 'X supports Y').")
    object_event = RefFilter(
        "object_event",
        model=Event,
        by_slug=False,
        help_text="Id of the event that is the claim's object ('X was behind the attack')."
        + SEVERAL,
    )
    object_kind = ChoicesFilter(
        choices=ObjectKind.choices,
        method="filter_object_kind",
        help_text="What the object is: an actor, an event or a thing named in words." + SEVERAL,
    )
    include_subordinates = include_subordinates_filter()
    predicate = ChoicesFilter(choices=Predicate.choices, help_text="What is claimed." + SEVERAL)
    stance = ChoicesFilter(
        choices=Stance.choices, help_text="Asserts, denies, disputes or is uncertain." + SEVERAL
    )
    document = RefFilter(
        "document",
        model=Document,
        by_slug=False,
        subtree=ALWAYS,
        help_text="Id of the document quoted (a dossier includes its rows)." + SEVERAL,
    )
    event = RefFilter(
        "event", model=Event, by_slug=False, help_text="Id of the event the claim is about."
    )
    has_counter_claims = BooleanFilter(
        method="filter_has_counter_claims",
        help_text="true: only claims whose proposition is also stated with another stance "
        "(asserted by some, denied by others).",
    )
    is_hedged = BooleanFilter(
        method="filter_is_hedged",
        help_text="true: only claims with hedging words ('allegedly', 'believed to').",
    )
    rule = rule_filter("the claim")
    q = search_filter("the quote and the claimant as written")

    class Meta:
        model = Claim
        fields = {"claim_date": DATE_LOOKUPS}

    def filter_has_counter_claims(self, queryset, name, value):
        disputed = claim_with_counter_claims().values("pk")
        return queryset.filter(pk__in=disputed) if value else queryset.exclude(pk__in=disputed)

    def filter_object_kind(self, queryset, name, value):
        kinds = {
            ObjectKind.ACTOR: Q(object__isnull=False),
            ObjectKind.EVENT: Q(object_event__isnull=False),
            ObjectKind.THING: ~Q(object_text=""),
        }
        condition = Q(pk__in=[])
        for kind in value:
            condition |= kinds[kind]
        return queryset.filter(condition) if value else queryset

    def filter_is_hedged(self, queryset, name, value):
        return queryset.filter(hedges__len__gt=0) if value else queryset.filter(hedges__len=0)
