"""Gazetteer matching: tolerant of case, punctuation and hyphens; longest match; no guesses."""

import pytest

from etl.extract.gazetteer import find_names
from etl.extract.mentions import find_mentions
from etl.extract.text import sentences, tokenize

from .evidence_samples import invented_gazetteer

GAZETTEER = invented_gazetteer()


def names(text: str) -> list[tuple[str, str]]:
    """Return (surface, entity name) for every mention of the text."""
    found = find_mentions(text, [(0, len(text))], GAZETTEER).mentions
    return [(mention.surface, mention.entity.name) for mention in found]


@pytest.mark.parametrize(
    "surface",
    ["Shadow Force", "shadow force", "SHADOW FORCE", "Shadow-Force", "Shaddow Force",
     "al-Shadow Force", "al Shadow Force", "SGC-SF", "Shadow\nForce"],
)  # fmt: skip
def test_spelling_case_hyphen_and_line_break_variants_name_one_entity(surface):
    assert names(f"Reports named {surface} again.") == [(surface, "Shadow Force")]


def test_the_longest_name_wins_over_a_name_it_contains():
    text = "The Northern Front in Kessel is not the Northern Front."
    assert names(text) == [
        ("Northern Front in Kessel", "Northern Front in Kessel"),
        ("Northern Front", "Northern Front"),
    ]


def test_a_comma_or_full_stop_ends_a_name():
    assert names("He left the Northern Front, in Kessel.") == [
        ("Northern Front", "Northern Front"),
        ("Kessel", "Kessel"),
    ]


def test_an_acronym_must_be_written_in_capitals():
    assert names("The NF struck; nf and Nf are not names.") == [("NF", "Northern Front")]


def test_a_capitalized_one_word_alias_needs_a_capital():
    assert names("The Coalition moved; a coalition of parties did not.") == [
        ("Coalition", "Coalition troops")
    ]


def test_plurals_and_possessives_match_the_listed_name():
    assert names("Two SCXs and the Northern Front’s mortars.") == [
        ("SCXs", "Shaped charge"),
        ("Northern Front", "Northern Front"),
        ("mortars", "Mortar"),
    ]


def test_a_name_shared_by_a_state_and_a_country_follows_the_preposition():
    found = find_mentions(
        "Freedonia denied it. Fighters moved into Freedonia. Freedonia’s army waited.",
        [(0, 76)],
        GAZETTEER,
    ).mentions
    assert [mention.entity.entity for mention in found] == ["actor", "place", "actor"]


def test_an_unknown_name_is_not_guessed_into_a_known_one():
    text = "The Southern Front and the Shadow Brigade met the Valley Militia Council."
    found = find_names(GAZETTEER, text, (0, len(text)))
    assert [text[m.span[0] : m.span[1]] for m in found] == ["Valley Militia"]


def test_an_alias_resolves_to_its_canonical_entity():
    assert names("Puerto Verde and Viktor Ostrandir.") == [
        ("Puerto Verde", "Port Verde"),
        ("Viktor Ostrandir", "Victor Ostrander"),
    ]


def test_matches_report_offsets_into_the_text():
    text = "Yesterday the NFK attacked."
    [match] = find_names(GAZETTEER, text, (0, len(text)))
    assert text[match.span[0] : match.span[1]] == "NFK"


def test_the_hierarchy_is_known_to_the_gazetteer():
    ref = GAZETTEER.lookup("Old Quarter", "place")
    assert [GAZETTEER.lookup(name, "place").ident for name in ("Port Verde", "Eastmarch")] == (
        GAZETTEER.ancestors(ref)[:2]
    )


def test_possessive_s_is_not_part_of_a_word_but_an_apostrophe_inside_one_is():
    assert [token.text for token in tokenize("Iran's Shi'a")] == ["Iran", "Shi'a"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maj. Gen. Rick Lynch spoke. He left.", ["Maj. Gen. Rick Lynch spoke.", "He left."]),
        ("The U.S. Army left. It ended in Jan. 2007.", ["The U.S. Army left.", "It ended in Jan. 2007."]),  # noqa: E501
        ('"We saw it," he said. Then he left.', ['"We saw it," he said.', "Then he left."]),
        ("Robert H. Reid wrote it.", ["Robert H. Reid wrote it."]),
    ],
)  # fmt: skip
def test_sentences_do_not_end_at_abbreviations_or_initials(text, expected):
    assert [text[start:end] for start, end in sentences(text, (0, len(text)))] == expected


def test_an_adjective_sharing_the_noun_of_the_next_name_names_its_own_group():
    text = (
        "Weapons reached both Eastern and Western insurgents, and Eastern as well as Western "
        "extremists."
    )
    assert names(text) == [
        ("Eastern", "Eastern rebels"),
        ("Western insurgents", "Western rebels"),
        ("Eastern", "Eastern rebels"),
        ("Western extremists", "Western rebels"),
    ]


def test_an_adjective_without_a_listed_name_of_its_own_names_nothing():
    assert names("Weapons reached both Northern and Western insurgents.") == [
        ("Western insurgents", "Western rebels")
    ]
