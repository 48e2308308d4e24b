"""Propositions told by constructions: pairs ("the relationship between X and Y"), giving
("provided to X some support"), staying ("reconstituted in Y"), and subjects that are not
the predicate's ("began investigating links to X", "individuals affiliated with X")."""

import pytest

from etl.extract import extract_document

from .evidence_samples import document, invented_gazetteer

GAZETTEER = invented_gazetteer()


def claims(text: str):
    return extract_document(document(text), GAZETTEER).claims


def propositions(text: str) -> set[tuple[str, str, str, str]]:
    return {(c.subject.name, c.predicate, c.object.name, c.stance) for c in claims(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The relationship between Sylvania and the Northern Front is a hostile one.",
            ("Sylvania", "cooperates_with", "Northern Front", "denies"),
        ),
        (
            "The relationship between Sylvania and the Northern Front has been very close.",
            ("Sylvania", "cooperates_with", "Northern Front", "asserts"),
        ),
        (
            "The relationship between Sylvania and the Northern Front is not hostile.",
            ("Sylvania", "cooperates_with", "Northern Front", "asserts"),
        ),
        (
            "Officials studied the links between Sylvania and the Northern Front.",
            ("Sylvania", "linked_to", "Northern Front", "asserts"),
        ),
        (
            "Cooperation between the Shadow Force and the Northern Front grew in 2006.",
            ("Shadow Force", "cooperates_with", "Northern Front", "asserts"),
        ),
    ],
)
def test_a_pair_and_how_the_sentence_describes_it(text, expected):
    assert propositions(text) == {expected}


def test_a_generic_group_named_by_its_apposition_and_a_particular_unit():
    text = (
        "The relationship between Sylvania and the Valley militia group, the Northern Front, "
        "is a hostile one."
    )
    assert propositions(text) == {("Sylvania", "cooperates_with", "Northern Front", "denies")}
    text = (
        "It is worth investigating the potential links between the Northern Front and the "
        "Sylvanian regime, particularly the Shadow Force."
    )
    assert propositions(text) == {
        ("Northern Front", "linked_to", "Sylvania", "uncertain"),
        ("Northern Front", "linked_to", "Shadow Force", "uncertain"),
    }


def test_the_groups_stand_for_the_pair_named_before_in_the_paragraph():
    text = (
        "Analysts examined the relations between the Northern Front and Sylvania. While it "
        "may not explain the connection between these groups, it does suggest possible links "
        "exist between the groups."
    )
    found = [c for c in claims(text) if c.span[0] > 0]
    assert [(c.subject.name, c.object.name, c.stance) for c in found] == [
        ("Northern Front", "Sylvania", "uncertain")
    ]
    assert {"suggest", "possible"} <= set(found[0].hedges)


def test_the_groups_without_a_pair_in_the_paragraph_are_nobody():
    text = (
        "Analysts examined the relations between the Northern Front and Sylvania.\n\n"
        "It does suggest possible links exist between the groups."
    )
    assert all(c.span[0] == 0 for c in claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sylvanian intelligence services have provided to some Valley militia groups some "
            "support.",
            ("Sylvanian intelligence", "supports", "Valley Militias", "asserts"),
        ),
        (
            "The Shadow Force is providing funding to the Northern Front.",
            ("Shadow Force", "funds", "Northern Front", "asserts"),
        ),
        (
            "The Shadow Force provides the Northern Front with weapons.",
            ("Shadow Force", "arms", "Northern Front", "asserts"),
        ),
    ],
)
def test_giving_names_the_predicate_by_what_is_given(text, expected):
    assert propositions(text) == {expected}


def test_giving_without_a_receiver_is_no_claim():
    assert (
        propositions("The Shadow Force is active in terms of providing funding and weapons.")
        == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Northern Front has been reconstituted in Sylvania.",
        "Sylvania has hosted the Northern Front.",
        "The Northern Front is based in the mountains of Sylvania.",
    ],
)
def test_a_state_a_group_stays_in_shelters_it(text):
    assert propositions(text) == {("Sylvania", "shelters", "Northern Front", "asserts")}


def test_a_noun_predicate_belongs_to_its_possessor_not_to_a_verbs_subject():
    assert (
        propositions("Four days later, the Party of Unity began investigating links to Sylvania.")
        == set()
    )
    assert propositions("The Party of Unity had close links to Sylvania.") == {
        ("Party of Unity", "linked_to", "Sylvania", "asserts")
    }
    assert propositions("The Daily Courier noted Sylvania's ties to the Northern Front.") == {
        ("Sylvania", "linked_to", "Northern Front", "asserts")
    }
    assert propositions(
        "Sylvania wished to conceal any past evidence of cooperation with the Northern Front."
    ) == {("Sylvania", "cooperates_with", "Northern Front", "asserts")}


def test_a_participle_after_a_noun_describes_that_noun():
    text = "The Shadow Force is working with individuals affiliated with the Northern Front."
    assert propositions(text) == {("Shadow Force", "cooperates_with", "Northern Front", "asserts")}
    assert propositions("Valley fighters associated with the Northern Front attacked.") == {
        ("Valley Militias", "linked_to", "Northern Front", "asserts")
    }


def test_the_arm_of_a_body_that_acts_is_the_unit_in_apposition():
    text = (
        "The Shadow Force – the arm of Sylvania's guard corps that supports the Valley "
        "Militias – is active."
    )
    assert propositions(text) == {("Shadow Force", "supports", "Valley Militias", "asserts")}


def test_an_object_named_by_its_apposition():
    text = (
        "There is clear evidence of Sylvanian support for another rebel group, the Northern Front."
    )
    assert propositions(text) == {("Sylvania", "supports", "Northern Front", "asserts")}
    text = "Sylvania supports the rebels, the Northern Front and others."
    assert ("Sylvania", "supports", "Northern Front", "asserts") not in propositions(text)


def test_a_hedge_of_a_fronted_while_clause_stays_in_it():
    text = (
        "While Sylvania has openly supported the Northern Front, the Shadow Force connection "
        "to the Valley Militias has been murkier."
    )
    assert propositions(text) == {
        ("Sylvania", "supports", "Northern Front", "asserts"),
        ("Shadow Force", "linked_to", "Valley Militias", "uncertain"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sylvanian mines and weapons were funneled to Ostrander’s fighters in Kessel.",
            {("Sylvania", "arms", "Victor Ostrander", "asserts")},
        ),
        (
            "Sylvanian money was quietly sent to the Northern Front.",
            {("Sylvania", "funds", "Northern Front", "asserts")},
        ),
        ("Shadow Force weapons were sent to the Northern Front.", set()),  # a state's goods only
        ("Sylvanian weapons were found near the Northern Front.", set()),
    ],
)
def test_a_states_goods_moved_to_a_group_arm_or_fund_it(text, expected):
    assert propositions(text) == expected
