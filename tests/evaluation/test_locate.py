"""Gold passages are found in stored texts exactly first, then loosely, and mapped back."""

import pytest

from etl.evaluation.locate import locate, loose, trim

TEXT = "Iran’s  support\nfor the “Special Groups” – said he. Iran's support."


def test_an_exact_passage_is_found_at_its_occurrence():
    assert locate("support", TEXT) == (8, 15)
    assert locate("support", TEXT, occurrence=2) == (TEXT.rindex("support"), len(TEXT) - 1)


def test_quotes_dashes_case_and_whitespace_are_loosened_and_offsets_map_back():
    start, end = locate('iran\'s support for the "special groups" - said', TEXT)
    assert TEXT[start:end] == "Iran’s  support\nfor the “Special Groups” – said"


def test_a_passage_that_is_not_there_is_none():
    assert locate("Syria's support", TEXT) is None
    assert locate("", TEXT) is None


def test_a_loose_occurrence_beyond_the_stored_ones_falls_back_to_the_first():
    assert locate("IRAN’S SUPPORT", "x Iran's support y", occurrence=2) == (2, 16)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("  A  “B”\n– c ", 'a "b" - c'), ("Qods\u00a0Force", "qods force")],
)
def test_loose_form(text, expected):
    assert loose(text) == expected


def test_trim_keeps_one_line_and_cuts_long_passages():
    assert trim("a\n  b") == "a b"
    assert trim("x" * 120, limit=10) == "xxxxxxxxx…"
