"""Claims: claimant, relay, subject-predicate-object, stance, hedges, date, quote."""

from datetime import date

import pytest

from etl.extract import extract_document

from .evidence_samples import document, invented_gazetteer, quote

GAZETTEER = invented_gazetteer()


def claims(text: str, **options):
    return extract_document(document(text, **options), GAZETTEER).claims


def propositions(text: str, **options) -> set[tuple[str, str, str, str]]:
    return {(c.subject.name, c.predicate, c.object.name, c.stance) for c in claims(text, **options)}


def test_an_attributed_assertion_names_its_claimant_and_relay():
    text = "Colonel Sam Ray said Sylvania is arming the Valley Militias."
    [claim] = claims(text, published=date(2007, 5, 9))
    assert (claim.subject.name, claim.predicate, claim.object.name) == (
        "Sylvania",
        "arms",
        "Valley Militias",
    )
    assert (claim.claimant.name, claim.claimant_text, claim.stance) == (
        "Sam Ray",
        "Sam Ray",
        "asserts",
    )
    assert claim.relayed_by == "Ann Writer, The Sample Post"
    assert (claim.claim_date.start, claim.claim_date.precision) == (date(2007, 5, 9), "day")
    assert quote(text, claim.span) == text


def test_a_denial_is_a_claim_with_stance_denies():
    found = propositions("Sylvania denied it had any links to the Northern Front.")
    assert found == {("Sylvania", "linked_to", "Northern Front", "denies")}


def test_a_denial_of_several_predicates_gives_one_claim_each():
    found = propositions(
        "The Sylvanians have continued to deny funding, training, and arming the Valley Militias."
    )
    assert found == {
        ("Sylvania", "funds", "Valley Militias", "denies"),
        ("Sylvania", "trains", "Valley Militias", "denies"),
        ("Sylvania", "arms", "Valley Militias", "denies"),
    }


def test_a_doubt_is_not_an_assertion():
    text = (
        "A former analyst, Wayne White, said he did not think it was likely the Shadow Force "
        "was supporting the Northern Front, but stressed he did not know."
    )
    [claim] = claims(text)
    assert (claim.claimant.name, claim.stance) == ("Wayne White", "disputes")
    assert (claim.subject.name, claim.predicate, claim.object.name) == (
        "Shadow Force",
        "supports",
        "Northern Front",
    )
    assert claim.hedges[0] == "did not think"
    assert "did not know" in claim.hedges


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Officials said the Shadow Force allegedly trains the Northern Front.", "allegedly"),
        ("It was unclear whether Sylvania was arming the Valley Militias.", "unclear whether"),
        ("Mortars found there suggest Sylvania supports the Northern Front.", "suggest"),
        ("The Northern Front is believed to be funded by Sylvania.", "believed"),
    ],
)
def test_a_hedged_claim_is_uncertain_and_keeps_its_hedge(text, hedge):
    [claim] = claims(text)
    assert claim.stance == "uncertain"
    assert any(hedge in found for found in claim.hedges)


def test_no_doubt_and_despite_denials_keep_the_assertion_and_record_the_denial():
    text = (
        "Despite repeated Sylvanian denial, there is no doubt that the Shadow Force is "
        "training the Valley Militias."
    )
    found = {(c.claimant_text, c.stance, c.kind) for c in claims(text)}
    assert found == {("Ann Writer", "asserts", "stated"), ("Sylvanian", "denies", "counter")}


def test_a_description_is_kept_when_the_claimant_is_unnamed():
    text = (
        "According to two Freedonian officials and one Sylvanian official, the Shadow Force "
        "is working with the Northern Front."
    )
    [claim] = claims(text)
    assert claim.claimant is None
    assert claim.claimant_text == "Two Freedonian officials and one Sylvanian official"
    assert claim.predicate == "cooperates_with"


def test_an_unattributed_claim_belongs_to_the_author_and_is_relayed_by_the_publisher():
    [claim] = claims("Further evidence of Sylvania's support of the Northern Front emerged.")
    assert (claim.claimant, claim.claimant_text, claim.relayed_by) == (
        None,
        "Ann Writer",
        "The Sample Post",
    )
    assert (claim.subject.name, claim.predicate) == ("Sylvania", "supports")


def test_passives_compounds_and_lists():
    assert propositions("The Valley Militias are trained, armed, and funded by Sylvania.") == {
        ("Sylvania", "trains", "Valley Militias", "asserts"),
        ("Sylvania", "arms", "Valley Militias", "asserts"),
        ("Sylvania", "funds", "Valley Militias", "asserts"),
    }
    assert propositions("Troops hit Sylvanian-backed Valley Militias.") == {
        ("Sylvania", "supports", "Valley Militias", "asserts")
    }
    assert propositions(
        "Sylvania supports the Northern Front, the Party of Unity, and Shadow Force."
    ) == {  # noqa: E501
        ("Sylvania", "supports", "Northern Front", "asserts"),
        ("Sylvania", "supports", "Party of Unity", "asserts"),
        ("Sylvania", "supports", "Shadow Force", "asserts"),
    }


def test_he_said_names_the_last_person_before():
    text = "Colonel Sam Ray spoke first. He said Sylvania is training the Northern Front."
    [claim] = claims(text)
    assert claim.claimant.name == "Sam Ray"


def test_a_name_after_a_preposition_is_not_the_subject():
    found = propositions("Omar was an aide to Victor Ostrander and worked with the Northern Front.")
    assert found == set()


def test_an_attributed_membership_is_a_claim():
    text = "October 2007: Colonel Sam Ray stated that Victor Ostrander is a Shadow Force agent."
    [claim] = claims(text)
    assert (claim.claimant.name, claim.subject.name, claim.predicate, claim.object.name) == (
        "Sam Ray",
        "Victor Ostrander",
        "member_of",
        "Shadow Force",
    )
    assert claim.claim_date.start == date(2007, 10, 1)


def test_a_sentence_without_two_actors_makes_no_claim():
    assert claims("Sylvania is supporting them, officials said.") == ()


def test_they_stands_for_the_group_named_before_not_the_speaker():
    text = (
        "“There is a direct awareness by the Shadow Force that they are providing support to "
        "the Valley Militias,” Colonel Sam Ray told reporters."
    )
    [claim] = claims(text)
    assert (claim.claimant.name, claim.subject.name, claim.object.name) == (
        "Sam Ray",
        "Shadow Force",
        "Valley Militias",
    )


def test_a_question_asserts_nothing():
    assert claims("Q Do you think that Sylvania is backing the Northern Front?") == ()


def test_a_counted_demonym_is_people_not_the_state():
    found = propositions("Groups of twenty to sixty Freedonians trained by the Shadow Force.")
    assert found == set()


def test_an_undated_anonymous_report_speaks_through_its_title():
    text = "Sylvania supports the Northern Front."
    evidence = extract_document(
        document(text, author="", publisher="", title="Sylvania's Proxy War"), GAZETTEER
    )
    assert evidence.claims[0].claimant_text == "Author of “Sylvania's Proxy War”"
