"""Actor links: the triggers keep them equal to their definition whatever writes the rows."""

import random

import pytest

from apps.analysis.models import ActorLink
from apps.analysis.selectors import actor_link_drift
from apps.analysis.services import actor_link_rebuild, actor_links_paused
from apps.claims.models import Claim, Stance
from apps.claims.selectors import claim_counts, claim_list
from apps.events.models import EventParticipant
from tests.factories import (
    make_actor,
    make_actor_relation,
    make_claim,
    make_event,
    make_event_participant,
)

pytestmark = pytest.mark.django_db
STATUSES = ["unreviewed", "confirmed", "rejected"]


def busy_world(rng: random.Random) -> dict:
    """A few actors with many claims, relations and shared events between them."""
    actors = [make_actor() for _ in range(5)]
    events = [make_event() for _ in range(6)]

    for _ in range(25):
        subject, obj = rng.sample(actors, 2)
        make_claim(
            subject=subject,
            object=obj,
            claimant=rng.choice([None, *actors]),
            stance=rng.choice(Stance.values),
            predicate=rng.choice(["supports", "arms"]),
        )
    # Claims about an event or a thing link no second actor.
    for _ in range(8):
        other = {"object_event": rng.choice(events)} if rng.random() < 0.5 else {}
        make_claim(
            subject=rng.choice(actors),
            claimant=rng.choice(actors),
            stance=rng.choice(Stance.values),
            **(other or {"object_text": rng.choice(["rockets", "EFPs"])}),
        )
    for _ in range(8):
        subject, obj = rng.sample(actors, 2)
        make_actor_relation(subject=subject, object=obj)
    for event in events:
        for actor in rng.sample(actors, 3):
            for role in rng.sample(["agent", "target"], rng.randint(1, 2)):
                make_event_participant(event=event, actor=actor, role=role)
    return {"actors": actors, "events": events}


def test_inserts_give_the_links_their_definition():
    busy_world(random.Random(1))
    assert ActorLink.objects.exists()
    assert actor_link_drift() == []


@pytest.mark.parametrize("seed", [2, 3, 4])
def test_curation_edits_merges_and_deletions_keep_the_links_exact(seed):
    rng = random.Random(seed)
    world = busy_world(rng)
    for claim in rng.sample(list(Claim.objects.all()), 10):
        claim.review_status = rng.choice(STATUSES)
        claim.is_stale = rng.random() < 0.3
        claim.stance = rng.choice(Stance.values)
        claim.save()
    # One UPDATE hiding many participants at once (the loader marking rows stale).
    EventParticipant.objects.filter(event=world["events"][0]).update(is_stale=True)
    EventParticipant.objects.filter(role="target").update(review_status=rng.choice(STATUSES))
    # A merge moves every row of one actor to another in single statements.
    survivor, duplicate = world["actors"][:2]
    EventParticipant.objects.filter(actor=duplicate).exclude(
        event__in=EventParticipant.objects.filter(actor=survivor).values("event")
    ).update(actor=survivor)
    Claim.objects.filter(claimant=duplicate).update(claimant=survivor)
    world["actors"][2].delete()
    world["events"][1].delete()
    assert actor_link_drift() == []


def test_a_rebuild_after_a_paused_bulk_write_gives_the_same_links():
    world = busy_world(random.Random(5))
    with actor_links_paused():
        EventParticipant.objects.bulk_create(
            [
                EventParticipant(
                    event=world["events"][0],
                    actor=actor,
                    role="other",
                    document=Claim.objects.first().document,
                    span_start=0,
                    span_end=10,
                    quote="Qods Force",
                )
                for actor in world["actors"]
            ],
            ignore_conflicts=True,
        )
        Claim.objects.update(review_status="rejected")
    assert actor_link_drift() == []
    actor_link_rebuild()
    assert actor_link_drift() == []


def test_counter_claim_counts_of_a_page_equal_the_per_row_definition():
    busy_world(random.Random(6))
    Claim.objects.filter(pk__in=Claim.objects.order_by("?")[:5].values("pk")).update(is_stale=True)
    expected = {claim.pk: claim.counter_claim_count for claim in claim_list()}
    page = list(Claim.objects.all())
    claim_counts(page)
    assert {claim.pk: claim.counter_claim_count for claim in page} == expected
