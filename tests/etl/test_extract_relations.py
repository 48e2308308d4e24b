"""Relations stated in text: appositions, possessives, copulas, proxies, units."""

import pytest

from etl.extract import extract_document

from .evidence_samples import document, invented_gazetteer, quote

GAZETTEER = invented_gazetteer()


def relations(text: str) -> list[tuple[str, str, str]]:
    evidence = extract_document(document(text), GAZETTEER)
    return [(r.subject.name, r.predicate, r.object.name) for r in evidence.relations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Victor Ostrander, the commander of Shadow Force, spoke.", "commands"),
        ("Shadow Force's leader, Victor Ostrander, spoke.", "leads"),
        ("Victor Ostrander was a member of Shadow Force.", "member_of"),
        ("Victor Ostrander is a senior Shadow Force operative.", "agent_of"),
        ("Troops identified Victor Ostrander as a member of Shadow Force.", "member_of"),
        (
            "Victor Ostrander, one of the three region commanders of Shadow Force, fled.",
            "member_of",
        ),
        ("Victor Ostrander, a spokesman for Shadow Force, spoke.", "spokesperson_for"),
    ],
)
def test_a_person_and_an_organization(text, expected):
    assert relations(text) == [("Victor Ostrander", expected, "Shadow Force")]


def test_a_proxy_named_after_its_patron():
    assert relations("Sylvania, and its proxy the Northern Front, armed them.") == [
        ("Northern Front", "proxy_of", "Sylvania")
    ]
    assert relations("Shadow Force and its Freedonian proxy, Northern Front, struck.") == [
        ("Northern Front", "proxy_of", "Shadow Force")
    ]


def test_units_subordinate_to_others():
    text = "It was the Hadid Command, one of three units subordinate to the Shadow Force."
    assert relations(text) == [("Hadid Command", "part_of", "Shadow Force")]
    assert relations("Shadow Force - the arm of the Sylvanian Guard Corps - moved.") == [
        ("Shadow Force", "part_of", "Sylvanian Guard Corps")
    ]


def test_the_title_of_a_new_person_after_the_name():
    assert relations("Lt. Col. Sam Ray, NF spokesman, said so.") == [
        ("Sam Ray", "spokesperson_for", "Northern Front")
    ]


def test_the_evidence_is_the_sentence_and_slices_back():
    text = "He said more. Victor Ostrander, the commander of Shadow Force, spoke."
    evidence = extract_document(document(text), GAZETTEER)
    [relation] = evidence.relations
    assert quote(text, relation.span) == text[14:]
    assert quote(text, relation.subject_span) == "Victor Ostrander"


@pytest.mark.parametrize(
    "text",
    [
        "Victor Ostrander met the Northern Front.",
        "Victor Ostrander, and several other members of Shadow Force, fled.",
        "The Northern Front was not the Shadow Force.",
    ],
)
def test_no_relation_without_a_stated_role(text):
    assert relations(text) == []
