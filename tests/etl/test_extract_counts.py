"""Counts of killed, wounded, captured and detained: words or digits; None when not stated."""

import pytest

from etl.extract.counts import find_counts, parse_number


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Twenty-seven militia members were killed and 17 captured during raids.",
            {"killed": 27, "captured": 17},
        ),
        (
            "Over 20 members of the network were killed, 6 wounded and 1 captured.",
            {"killed": 20, "wounded": 6, "captured": 1},
        ),
        (
            "Troops killed one gunman, captured two wanted men and detained eight suspects.",
            {"killed": 1, "captured": 2, "detained": 8},
        ),
        ("Police detained 20 suspected smugglers.", {"detained": 20}),
        ("Two foreign agents were arrested in a compound.", {"detained": 2}),
        ("Fifteen members of the cell were captured.", {"captured": 15}),
        ("One soldier was slightly injured in the blast.", {"wounded": 1}),
        ("Thirty fighters were killed and 12 were captured.", {"killed": 30, "captured": 12}),
    ],
)
def test_counts_in_words_and_digits(sentence, expected):
    assert find_counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of fighters were killed in the clashes.",
        "An attack on a convoy that killed one soldier was planned by him.",
        "Two men who said they were arrested later left.",
        "Troops killed 15 percent more insurgents.",
        "The militia was blamed for the attack.",
    ],
)
def test_a_count_not_stated_stays_absent(sentence):
    assert find_counts(sentence) == {}


def test_the_murder_of_victims_counts_only_for_violent_events():
    sentence = "It resulted in the kidnapping and murder of five soldiers."
    assert find_counts(sentence) == {"killed": 5}
    assert find_counts(sentence, nominal=False) == {}


@pytest.mark.parametrize(
    ("words", "value"),
    [("17", 17), ("Twenty-seven", 27), ("twenty seven", 27), ("a dozen", 12), ("eleven", 11)],
)
def test_numbers_in_words(words, value):
    assert parse_number(words) == value


def test_a_non_number_is_none():
    assert parse_number("several") is None
