"""Actors the gazetteer does not know: titled people, speakers, named groups, units, surnames."""

import pytest

from etl.extract.mentions import find_mentions
from etl.extract.people import NOT_NAMES, find_groups, find_people
from etl.extract.units import find_units

from .evidence_samples import invented_gazetteer

GAZETTEER = invented_gazetteer()


def people(text: str) -> list[tuple[str, str, str]]:
    return [(hit.name, hit.title, hit.kind) for hit in find_people(text, (0, len(text)))]


def mentions(text: str, context: str = ""):
    return find_mentions(text, [(0, len(text))], GAZETTEER, context=context)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maj. Gen. Rick Lynch said", ("Rick Lynch", "Maj. Gen.")),
        ("said Brigadier General Kevin Bergner.", ("Kevin Bergner", "Brigadier General")),
        ("Rear Admiral Mark Fox stated", ("Mark Fox", "Rear Admiral")),
        ("Iranian Ambassador Hassan Kazemi-Qomi is", ("Hassan Kazemi-Qomi", "Ambassador")),
        ("said Lt. Col. Christopher Garver, a spokesman", ("Christopher Garver", "Lt. Col.")),
        ("Ambassador to Freedonia Ryan Smith met", ("Ryan Smith", "Ambassador")),
        ("GEN. CALDWELL: We have seen", ("Caldwell", "GEN.")),
    ],
)
def test_a_title_introduces_a_person(text, expected):
    assert (*expected, "person") in people(text)


def test_people_named_as_speakers_or_captives_are_found_without_a_title():
    text = (
        "A former analyst who left in 2005, Wayne White, said he did not know. "
        "Troops captured Mahmud Farhadi, a commander. The columnist Noah Pollak points out more."
    )
    assert {name for name, _, _ in people(text)} == {"Wayne White", "Mahmud Farhadi", "Noah Pollak"}


def test_capitalized_things_are_not_taken_for_people():
    text = "Coalition Forces said so. An American official said more. The Daily Courier said."
    assert people(text) == []


def test_named_groups_and_units_are_found_with_a_guessed_kind():
    text = (
        "Raids hit the Barrani network and later the Qasim and Tarif cells. "
        "The Hadid Command and Task Force Iron answered."
    )
    found = [(hit.name, hit.kind) for hit in find_groups(text, (0, len(text)))]
    assert found == [
        ("Barrani network", "armed_group"),
        ("Qasim cell", "armed_group"),
        ("Tarif cell", "armed_group"),
    ]
    units = [unit.name for unit in find_units(text, (0, len(text)))]
    assert units == ["Hadid Command", "Task Force Iron"]


def test_a_new_person_becomes_an_unreviewed_actor_proposal_with_a_stable_key():
    found = mentions("Maj. Gen. Rick Lynch said it. Lynch told reporters.")
    assert [(a.key, a.name, a.kind, a.title) for a in found.new_actors] == [
        ("actor:rick-lynch", "Rick Lynch", "person", "Maj. Gen.")
    ]
    assert [(m.surface, m.entity.key, m.source) for m in found.mentions] == [
        ("Rick Lynch", "actor:rick-lynch", "pattern"),
        ("Lynch", "actor:rick-lynch", "surname"),
    ]


def test_a_surname_before_the_full_name_is_not_linked():
    found = mentions("Lynch arrived. Later Maj. Gen. Rick Lynch spoke.")
    assert [m.surface for m in found.mentions] == ["Rick Lynch"]


def test_an_ambiguous_surname_links_to_nobody():
    text = "Troops captured Omar Haddad and his brother Sami Haddad. Haddad was a spokesman."
    surfaces = [(m.surface, m.entity.name) for m in mentions(text).mentions]
    assert ("Haddad", "Omar Haddad") not in surfaces
    assert ("Haddad", "Sami Haddad") not in surfaces


def test_a_surname_inside_a_longer_name_is_not_a_surname_mention():
    text = "Maj. Gen. Rick Lynch spoke. Lynch Street was closed. But Lynch said no."
    found = [(m.surface, m.span[0]) for m in mentions(text).mentions]
    assert found == [("Rick Lynch", 10), ("Lynch", text.index("But Lynch") + 4)]


def test_a_title_and_surname_link_to_the_person_named_in_the_title_line():
    found = mentions(
        "GEN. CALDWELL: We have seen support.",
        context="Briefing with Major General William Caldwell, spokesman",
    )
    assert [(m.surface, m.entity.name) for m in found.mentions] == [
        ("CALDWELL", "William Caldwell")
    ]
    assert [a.name for a in found.new_actors] == ["William Caldwell"]


def test_a_titled_name_the_gazetteer_knows_resolves_to_it():
    found = mentions("Colonel Viktor Ostrandir and Gen. Ostrander spoke.")
    assert {m.entity.name for m in found.mentions} == {"Victor Ostrander"}
    assert found.new_actors == ()


def test_a_group_named_by_the_gazetteer_is_not_proposed_again():
    found = mentions("Members of the Northern Front network fled.")
    assert [m.entity.name for m in found.mentions] == ["Northern Front"]
    assert found.new_actors == ()


def test_one_word_places_of_the_gazetteer_are_never_names_of_people():
    assert {"kessel", "dunmoor", "freedonia"} <= GAZETTEER.place_words
    assert "port" not in GAZETTEER.place_words  # "Port Verde" is two words
    text = "Gen. Kessel said so, and Dunmoor Ostrander said more."
    assert ("Kessel", "Gen.", "person") in people(text)  # nothing tells it is a place
    not_names = NOT_NAMES | GAZETTEER.place_words
    assert find_people(text, (0, len(text)), not_names) == []
