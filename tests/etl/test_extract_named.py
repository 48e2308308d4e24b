"""Names the lists do not know: NER people and organisations, units, byline authors, places."""

import pytest

from etl.extract.document import extract_document
from etl.extract.mentions import find_mentions
from etl.extract.placing import is_placed
from etl.extract.rules.check import sample_document
from etl.extract.units import find_units

from .evidence_samples import invented_gazetteer

GAZETTEER = invented_gazetteer()


def found(text: str) -> list[tuple[str, str, str, str]]:
    """Return (surface, name, kind, rule) of the actor mentions of a text."""
    mentions = find_mentions(text, [(0, len(text))], GAZETTEER).mentions
    for mention in mentions:
        assert text[mention.span[0] : mention.span[1]] == mention.surface
    return [
        (m.surface, m.entity.name, m.entity.kind, m.rule)
        for m in mentions
        if m.entity.entity == "actor"
    ]


def test_the_ner_proposes_people_and_organisations_with_a_kind_from_the_head_noun():
    text = (
        "On Tuesday officials of the Sylvanian Foreign Ministry denied that the weapons had "
        "been shipped across the border. Karim Jabbouri had fled to the north, residents said."
    )
    names = {(name, kind, rule) for _, name, kind, rule in found(text)}
    assert ("Sylvanian Foreign Ministry", "government_body", "mention.ner_organization") in names
    assert ("Karim Jabbouri", "person", "mention.ner_person") in names


def test_an_outlet_is_known_by_its_context():
    text = "The convoy was seen near the town by a reporter who told Reuters about it that evening."
    assert ("Reuters", "Reuters", "media", "mention.ner_organization") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Follow Sam on Twitter. Views expressed here are his own.",
        "SAMARRA (Courtesy of CJSOTF-AP PAO, July 16, 2007) - Elements of the army met.",
        "He is a former Army officer and Desert Storm veteran who writes about the war.",
        "The convoy reached Al Jihad and the World Trade Center before it turned back.",
        "The ship sailed past its Northern Proxy and the Shrine of Imam Ali.",
        "They wore BDU pants and drove away in their GMC's after the kidnapping.",
    ],
)
def test_credits_modifiers_things_and_places_name_no_actor(text):
    assert [row for row in found(text) if row[3] != "mention.gazetteer"] == []


def test_a_surname_with_the_arabic_article_links_to_the_person():
    text = (
        "Troops captured Abu Ayyub al-Masri, the leader, near the river in the spring. "
        "Officials said that Al Masri was a close aide to the old leadership."
    )
    names = [(surface, name) for surface, name, _, _ in found(text)]
    assert ("Al Masri", "Abu Ayyub al-Masri") in names
    assert all(name != "Al Masri" for _, name in names)


def test_units_are_named_with_the_unit_above_them_and_group_needs_an_ordinal():
    text = (
        "Soldiers of the 2nd Battalion, 325th Airborne Infantry Regiment, and the 5th Special "
        "Forces Group met the Iraq Study Group at the Marine Corps University."
    )
    assert [unit.name for unit in find_units(text, (0, len(text)))] == [
        "2nd Battalion, 325th Airborne Infantry Regiment",
        "5th Special Forces Group",
    ]


def test_the_byline_author_is_a_person_of_the_document():
    text = "By Ann Writer\n\nThe Shadow Force shipped mortars."
    mentions = extract_document(sample_document(text), GAZETTEER).mentions
    assert [(m.surface, m.entity.kind, m.rule) for m in mentions if m.entity.kind == "person"] == [
        ("Ann Writer", "person", "mention.byline_author")
    ]


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("Fighters were trained in Sylvania.", True),
        ("Fighters were trained in Freedonia and Sylvania.", True),
        ("BAGHDAD, Sylvania - Fighters were trained.", True),
        ("Sylvania denied it.", False),
        ("Weapons went to Sylvania.", False),
        ("It was Sylvania's plan.", False),
    ],
)
def test_a_name_both_a_place_and_an_actor_is_the_place_where_placed(text, placed):
    start = text.index("Sylvania")
    assert is_placed(text, start, start + len("Sylvania")) is placed
