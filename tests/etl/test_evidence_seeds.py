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
from apps.events.models import Event, EventParticipant
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
    [event] = Event.objects.filter(reports__quote__contains="SCIRI compound").distinct()
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


def test_a_news_article_retelling_the_capture_adds_reports_to_the_same_event(loads):
    event = Event.objects.get(reports__quote__contains="SCIRI compound")
    row = event.reports.get(quote__contains="American forces had captured Iranians").document
    quotes = event.reports.filter(document=row).values_list("quote", flat=True)
    assert any("top Quds Force commander" in quote for quote in quotes)
    assert not Event.objects.filter(reports__quote__contains="captured Iranians in Iraq").exclude(
        pk=event.pk
    )


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
    about_iran = claims.filter(subject__key__in=["actor:iran", "actor:qods-force"])
    assert about_iran.exists()
    assert not about_iran.filter(stance="asserts").exists()
    doubt = claims.get(quote__contains="did not think it was likely")
    assert (doubt.stance, doubt.subject.key, doubt.predicate) == (
        "disputes",
        "actor:qods-force",
        "supports",
    )
    # The quotation he goes on with is his too, not the reporter's.
    assert claims.filter(quote__contains="I saw evidence that Moqtada al Sadr").exists()


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


def test_a_transcript_turn_speaks_for_its_speaker(loads):
    claim = Claim.objects.get(quote__startswith="GEN. CALDWELL: We have, in fact, found")
    assert (claim.claimant.name, claim.claimant.kind) == ("William Caldwell", "person")
    assert (claim.subject.key, claim.predicate, claim.object.key, claim.stance) == (
        "actor:iranian-intelligence-services",
        "supports",
        "actor:sunni-insurgents",
        "asserts",
    )
    assert not Claim.objects.filter(quote__regex=r"^Q\\s").exists()  # questions assert nothing


def test_the_intelligence_estimate_that_iran_shelters_al_qaeda_keeps_its_hedge(loads):
    sheltering = Claim.objects.filter(
        subject__key="actor:iran", predicate="shelters", object__key="actor:al-qaeda"
    )
    estimate = sheltering.get(quote__contains="reportedly finds")
    assert estimate.claimant_text == "The National Intelligence Estimate"
    assert (estimate.stance, estimate.hedges) == ("uncertain", ["reportedly"])
    community = sheltering.get(claimant__key="actor:us-intelligence-community")
    assert (community.stance, community.hedges) == ("uncertain", ["believes"])
    # "The judgment that Iran has hosted ... is likely to draw criticism": the judgment is
    # the estimate's, and "likely" is about the criticism.
    judgment = sheltering.get(quote__startswith="The judgment that Iran has hosted")
    assert "National Intelligence Estimate" in judgment.claimant_text
    assert (judgment.stance, judgment.hedges) == ("asserts", [])


def test_group_opinions_are_claimed_by_the_group_not_the_author(loads):
    wisdom = Claim.objects.get(quote__contains="conventional wisdom", stance="denies")
    assert wisdom.claimant_text == (
        "The conventional wisdom in media and some intelligence circles"
    )
    assert (wisdom.subject.key, wisdom.predicate, wisdom.object.key, wisdom.stance) == (
        "actor:iran",
        "cooperates_with",
        "actor:al-qaeda",
        "denies",
    )
    media = Claim.objects.get(quote__startswith="It is widely speculated in the media")
    assert (media.claimant, media.claimant_text, media.stance) == (None, "The media", "denies")
    assert (media.subject.key, media.object.key) == ("actor:iran", "actor:al-qaeda-in-iraq")
    doubters = Claim.objects.get(claimant_text="Those outside the government")
    assert (doubters.stance, doubters.predicate) == ("disputes", "supports")


def test_the_authors_hedged_conclusion_resolves_the_groups(loads):
    conclusion = Claim.objects.filter(quote__contains="suggest possible links exist between the")
    pairs = {(c.subject.key, c.object.key, c.stance) for c in conclusion}
    assert ("actor:al-qaeda-in-iraq", "actor:iran", "uncertain") in pairs
    assert {c.claimant_text for c in conclusion} == {"Marisa Cochrane"}


def test_according_to_names_the_source_at_the_end_of_the_sentence(loads):
    claims = Claim.objects.filter(quote__contains="according to secret Iranian documents")
    assert {(c.subject.key, c.object.key) for c in claims} == {
        ("actor:iran", "actor:sunni-insurgents"),
        ("actor:iran", "actor:shiite-militias"),
    }
    assert {c.claimant_text for c in claims} == {
        "Secret Iranian documents captured by Americans in Iraq"
    }


def test_wrong_subjects_and_claimants_are_avoided(loads):
    assert not Claim.objects.filter(quote__contains="began actively investigating links")
    blame = Claim.objects.filter(quote__contains="blaming the Shiite-dominated Iraqi government")
    assert blame.exists()
    assert set(blame.values_list("claimant__key", flat=True)) == {"actor:sunni-insurgents"}


def test_event_participants_have_a_role_from_the_sentence_and_appear_once(loads):
    assert not EventParticipant.objects.filter(role="other").exists()
    for event in Event.objects.prefetch_related("participants"):
        actors = [p.actor_id for p in event.participants.all()]
        assert len(actors) == len(set(actors)), event
    detained = Event.objects.get(reports__quote__contains="attack on a convoy that killed")
    assert not detained.participants.filter(actor__key="actor:united-states").exists()
