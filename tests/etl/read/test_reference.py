"""Reading and validating the reference lists (seeds/reference/*.yaml)."""

from pathlib import Path

import pytest
from django.conf import settings

from etl.read.reference import parse_reference, read_reference

from ..evidence_samples import ACTORS, PLACES, WEAPONS, invented_reference

REFERENCE = Path(settings.SEEDS_DIR) / "reference"


def parse(places: str = PLACES, actors: str = ACTORS, weapons: str = WEAPONS):
    return parse_reference(
        {
            "place": ("places.yaml", places),
            "actor": ("actors.yaml", actors),
            "weapon": ("weapons.yaml", weapons),
        }
    )


def messages(problems) -> list[str]:
    return [problem.message for problem in problems]


def test_the_shipped_lists_are_valid_and_cover_the_three_kinds():
    data, problems = read_reference(REFERENCE)
    assert problems == []
    assert len(data.actors) > 50 and len(data.weapons) > 10 and len(data.places) > 40


def test_the_shipped_lists_hold_the_hierarchy_and_variants_the_loader_relies_on():
    data, _ = read_reference(REFERENCE)
    actors = {actor.name: actor for actor in data.actors}
    places = {place.name: place for place in data.places}
    assert actors["Zafr Command"].parent == "Ramazan Corps"
    assert actors["Ramazan Corps"].parent == "Qods Force"
    assert actors["Qods Force"].parent == "Islamic Revolutionary Guard Corps"
    assert {"Quds Force", "IRGC-QF", "al-Qods Brigade"} <= {
        alias.name for alias in actors["Qods Force"].aliases
    }
    assert places["Sadr City"].parent == "Baghdad"
    assert places["Baghdad"].latitude == pytest.approx(33.3152)


def test_entries_become_records_with_keys_kinds_and_alias_kinds():
    data, problems = invented_reference()
    assert problems == []
    force = next(actor for actor in data.actors if actor.name == "Shadow Force")
    assert force.key == "actor:shadow-force"
    assert force.parent == "Sylvanian Guard Corps"
    assert force.country == "Sylvania"
    assert {(a.name, a.kind) for a in force.aliases} == {
        ("Shaddow Force", "transliteration"),
        ("al-Shadow Force", "transliteration"),
        ("SGC-SF", "abbreviation"),
    }
    verde = next(place for place in data.places if place.name == "Port Verde")
    assert (verde.latitude, verde.longitude) == (10.5, 20.5)


def test_an_explicit_slug_fixes_the_key():
    data, problems = parse(weapons="weapons:\n  - {name: Rocket, slug: rkt, category: rocket}\n")
    assert problems == []
    assert data.weapons[0].key == "weapon:rkt"


@pytest.mark.parametrize(
    ("weapons", "expected"),
    [
        ("weapons: [{name: Rocket, category: laser}]", "category must be one of"),
        ("weapons: [{name: Rocket, category: rocket, colour: red}]", "unknown field(s) colour"),
        ("weapons: [{category: rocket}]", "a non-empty name is required"),
        ("weapons: [{name: Rocket, category: rocket, aliases: Rkt}]", "must be a list of names"),
        ("weapons: [{name: Rocket, category: rocket, slug: Not A Slug}]", "slug must be"),
        ("weapons: [Rocket]", "expected a mapping"),
        ("guns: []", "expected a mapping with a list under 'weapons'"),
        ("weapons: [unclosed", "not valid YAML"),
    ],
)
def test_a_bad_entry_is_reported_and_left_out(weapons, expected):
    data, problems = parse(weapons=weapons)
    assert data.weapons == ()
    assert len(problems) == 1
    assert expected in problems[0].message
    assert problems[0].source == "weapons.yaml"


def test_two_entities_sharing_a_name_are_a_problem_not_a_silent_merge():
    weapons = "weapons:\n  - {name: Rocket, category: rocket}\n  - {name: Rockets launcher, category: rocket, aliases: [ROCKET]}\n"  # noqa: E501
    data, problems = parse(weapons=weapons)
    assert [weapon.name for weapon in data.weapons] == ["Rocket"]
    assert messages(problems) == ["Rockets launcher: name 'ROCKET' is already used by Rocket"]


def test_an_unknown_parent_or_country_and_a_cycle_are_problems():
    places = PLACES + "  - {name: Nowhere, kind: city, parent: Atlantis}\n"
    actors = ACTORS + (
        "  - {name: Ghost, kind: person, country: Atlantis}\n"
        "  - {name: Egg, kind: group, parent: Hen}\n"
        "  - {name: Hen, kind: group, parent: Egg}\n"
    )
    data, problems = parse(places=places, actors=actors)
    assert set(messages(problems)) == {
        "Nowhere: unknown parent 'Atlantis'",
        "Ghost: unknown country 'Atlantis'",
        "Egg: its parents form a cycle",
        "Hen: its parents form a cycle",
    }
    names = {record.name for record in data.actors + data.places}
    assert not names & {"Nowhere", "Ghost", "Egg", "Hen"}


def test_coordinates_must_be_a_pair_in_range():
    places = "places:\n  - {name: A, kind: city, coordinates: [95, 0]}\n  - {name: B, kind: city, coordinates: [1]}\n"  # noqa: E501
    _, problems = parse(places=places, actors="", weapons="")
    assert messages(problems) == [
        "entry 1: A: coordinates out of range",
        "entry 2: B: coordinates must be [latitude, longitude]",
    ]


def test_a_missing_file_is_a_problem_naming_it(tmp_path):
    (tmp_path / "places.yaml").write_text(PLACES)
    data, problems = read_reference(tmp_path)
    assert len(data.places) == 8
    assert sorted(Path(problem.source).name for problem in problems) == [
        "actors.yaml",
        "weapons.yaml",
    ]
    assert all("cannot read reference list" in problem.message for problem in problems)
