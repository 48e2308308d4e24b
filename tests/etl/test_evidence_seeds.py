"""The seeds, loaded twice: real facts about actors, events and claims, with provenance.

Nothing here names a seed file: documents are found by what they contain.
"""

from datetime import date

import pytest
from django.db import transaction
from django.db.models import Q

from apps.actors.models import Actor, ActorMention, ActorRelation
from apps.claims.models import Claim
from apps.documents.models import Document
from apps.events.models import Event
from etl import pipeline
from etl.report import OUTCOMES

from .evidence_spans import assert_every_span_slices_back

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def loads(django_db_setup, django_db_blocker):
    """Load the seeds twice in one transaction rolled back after the module's tests."""
    with django_db_blocker.unblock(), transaction.atomic():
        first = pipeline.run()
        second = pipeline.run()
        yield first, second
        transaction.set_rollback(True)


def actor(key: str) -> Actor:
    return Actor.objects.get(key=key)


def root(document: Document) -> int:
    return document.parent_id or document.pk


def test_the_seeds_load_without_errors_and_yield_evidence(loads):
    first, _ = loads
    assert first.errors == []
    for kind in ("actor_mention", "place_mention", "weapon_mention", "event", "claim"):
        assert first.count(kind, "inserted") > 10, kind


def test_reloading_the_seeds_changes_nothing(loads):
    _, second = loads
    for kind, outcomes in second.to_dict()["counts"].items():
        assert outcomes["inserted"] == outcomes["updated"] == 0, (kind, outcomes)
        assert sum(outcomes[o] for o in OUTCOMES) == outcomes["unchanged"] + outcomes["skipped"]
    assert second.count("actor_mention", "unchanged") > 100


def test_khazali_and_qazali_are_one_person(loads):
    khazali = actor("actor:qais-khazali")
    quotes = set(khazali.mentions.values_list("quote", flat=True))
    assert {"Qais Khazali", "Qais Qazali"} <= quotes
    assert not Actor.objects.filter(name__in=["Qais Qazali", "Qais Khazali"]).exclude(pk=khazali.pk)


def test_spelling_variants_of_other_people_resolve_to_one_actor(loads):
    assert {"Mussa Ali Daqduq", "Ali Mussa Daqduq"} <= set(
        actor("actor:ali-mussa-daqduq").mentions.values_list("quote", flat=True)
    )
    assert "Qassim Sulleimani" in set(
        actor("actor:qassem-soleimani").mentions.values_list("quote", flat=True)
    )
    assert not Actor.objects.filter(name__in=["Mussa Ali Daqduq", "Qassim Sulleimani"])


def test_the_sciri_compound_capture_is_one_event_with_reports_from_three_documents(loads):
    [event] = Event.objects.filter(participants__actor__key="actor:sciri").distinct()
    reports = list(event.reports.select_related("document"))
    assert len({root(report.document) for report in reports}) == 3
    assert any(report.document.parent_id for report in reports)  # one is a dossier row
    assert event.event_type in ("arrest", "capture")
    assert (event.date_start, event.date_end, event.date_precision) == (
        date(2006, 12, 1),
        date(2006, 12, 31),
        "month",
    )
    assert event.place.name == "Baghdad"
    targets = set(event.participants.filter(role="target").values_list("actor__key", flat=True))
    assert "actor:qods-force" in targets
    assert 2 in (event.captured, event.detained)


def test_a_timeline_raid_has_its_counts_in_words_and_digits(loads):
    event = Event.objects.get(killed=27)
    assert (event.captured, event.event_type, event.place.name) == (17, "raid", "Baghdad")
    assert (event.date_start, event.date_precision) == (date(2007, 6, 1), "month")


def test_irans_denial_is_a_claim_with_stance_denies(loads):
    iran = actor("actor:iran")
    denials = Claim.objects.filter(claimant=iran, stance="denies")
    assert denials.filter(quote__contains="Iran denied they had any links to insurgents").exists()
    denied = set(
        denials.filter(object__key="actor:special-groups").values_list("predicate", flat=True)
    )
    assert {"funds", "trains", "arms"} <= denied


def test_wayne_whites_doubt_is_not_an_assertion(loads):
    white = Actor.objects.get(name="Wayne White")
    claims = Claim.objects.filter(Q(claimant=white) | Q(claimant_text="Wayne White"))
    assert claims.exists()
    assert not claims.filter(stance="asserts").exists()
    doubt = claims.get(quote__contains="did not think it was likely")
    assert (doubt.stance, doubt.subject.key, doubt.predicate) == (
        "disputes",
        "actor:qods-force",
        "supports",
    )


def test_assertions_and_denials_of_one_proposition_can_be_found_together(loads):
    counter = Claim.objects.filter(
        subject__key="actor:iran", predicate="arms", object__key="actor:special-groups"
    )
    assert {"asserts", "denies"} <= set(counter.values_list("stance", flat=True))


def test_titled_people_and_named_groups_are_extracted_unreviewed(loads):
    extracted = Actor.objects.filter(origin="extracted", review_status="unreviewed")
    names = set(extracted.values_list("name", flat=True))
    assert {"Rick Lynch", "Kevin Bergner", "Mark Fox", "Hassan Kazemi-Qomi"} <= names
    assert {"Christopher Garver", "Qazali network", "Sheibani network"} <= names
    assert extracted.get(name="Rick Lynch").kind == "person"
    assert extracted.get(name="Qazali network").kind == "armed_group"


def test_a_surname_alone_links_to_the_person_named_before(loads):
    lynch = Actor.objects.get(name="Rick Lynch")
    assert lynch.mentions.filter(quote="Lynch").count() >= 3


def test_relations_are_stated_with_evidence(loads):
    relations = {
        (r.subject.name, r.predicate, r.object.name)
        for r in ActorRelation.objects.select_related("subject", "object")
    }
    assert {
        ("Qassem Soleimani", "commands", "Qods Force"),
        ("Zafr Command", "part_of", "Ramazan Corps"),
        ("Hassan Kazemi-Qomi", "member_of", "Qods Force"),
        ("Hezbollah", "proxy_of", "Qods Force"),
        ("Mahmud Farhadi", "member_of", "Ramazan Corps"),
    } <= relations


def test_mentions_in_comments_are_marked_as_low_trust(loads):
    in_comments = ActorMention.objects.filter(comment__isnull=False)
    assert in_comments.count() > 20
    assert all(
        m.comment.document_id == m.document_id for m in in_comments.select_related("comment")
    )


def test_every_span_slices_back_to_its_quote(loads):
    assert assert_every_span_slices_back() > 1000
