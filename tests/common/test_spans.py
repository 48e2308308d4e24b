"""Shortened quotes with their matched words kept marked (pure text, no database)."""

import pytest

from apps.common.spans import shorten_marked

TEXT = (
    "BAGHDAD - Coalition forces captured two Qods Force officers in a raid in Baghdad on "
    "Friday, the military said. Officials said the Quds Force had supplied EFPs to Special "
    "Groups and their cells in the south of the country for years."
)


def joined(marked) -> str:
    return "".join(f"[{text}]" if is_marked else text for text, is_marked in marked.pieces)


def test_a_short_text_is_kept_whole_with_its_marks():
    marked = shorten_marked("Iran arms the Special Groups.", [(0, 4), (14, 28)], limit=80)
    assert joined(marked) == "[Iran] arms the [Special Groups]."
    assert (marked.is_cut_before, marked.is_cut_after) == (False, False)


def test_a_long_text_is_cut_at_words_around_its_first_mark():
    start = TEXT.index("Quds Force")
    marked = shorten_marked(TEXT, [(start, start + len("Quds Force"))], limit=80)
    shown = joined(marked)
    assert "[Quds Force]" in shown
    assert len(shown) <= 82
    assert (marked.is_cut_before, marked.is_cut_after) == (True, True)
    assert not shown.startswith(" ") and TEXT.find(shown.replace("[", "").replace("]", "")) > 0


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        ([(0, 4), (2, 9)], "[Iran arms] the Special Groups."),
        ([(14, 28), (0, 4)], "[Iran] arms the [Special Groups]."),
        ([(5, 5), (40, 50)], "Iran arms the Special Groups."),
    ],
    ids=["overlapping marks merge", "marks in any order", "empty or outside marks dropped"],
)
def test_marks_are_merged_ordered_and_clipped(marks, expected):
    assert joined(shorten_marked("Iran arms the Special Groups.", marks, limit=80)) == expected


def test_without_marks_the_start_of_the_text_shows():
    marked = shorten_marked(TEXT, [], limit=60)
    assert joined(marked).startswith("BAGHDAD - Coalition forces")
    assert marked.is_cut_after
