"""Headlines and header facts of layouts where the first title-like line is not the headline.

The samples are invented pages in common layouts: a date and a byline side by side, a banner
and a form above the headline, a deck under it, a caption under the byline, a section label
over it. The headline is told from the other short lines by how far the first sentences agree
with it and by where it stands (above its deck and its byline).
"""

from datetime import date, time

import pytest

from etl.parse.chrome import is_chrome
from etl.parse.titles import agreeing, content_words

from ..helpers import parse_sample, parse_text


def _headline(name: str):
    return parse_sample(f"headlines/{name}")


def test_a_date_and_a_byline_side_by_side_are_read_and_never_the_headline():
    document = _headline("side_by_side.txt")
    assert document.title == "The Case Against Iran"
    assert document.author == "JANE DOE"
    assert (document.published.value, document.published.clock) == (date(2007, 2, 12), time(9, 3))


def test_banner_lines_above_the_headline_lose_to_the_line_the_text_agrees_with():
    document = _headline("banner_first.txt")
    assert document.title == "Border Convoy A Smuggling Run?"
    assert document.author == "JOHN ROE"


def test_the_headline_is_above_its_deck_and_a_byline_naming_no_one_gives_the_publisher():
    document = _headline("deck_and_wire.txt")
    assert document.title == "Militia ordered to stand down"
    assert document.author == ""
    assert document.publisher == "Tribune news services"
    assert document.published.value == date(2007, 8, 30)


def test_form_labels_are_chrome_and_a_section_label_yields_to_the_headline_under_it():
    document = _headline("form_and_label.txt")
    assert document.title == "Smugglers Behind Border Clashes"
    assert document.published.value == date(2005, 9, 19)
    assert is_chrome("Your e-mail (optional)") and is_chrome("Name (required)")


def test_a_clock_time_printed_before_the_date_is_read():
    document = _headline("updated_at.txt")
    assert document.title == "Troops search the port for smuggled rifles"
    assert (document.published.value, document.published.clock) == (date(2006, 12, 8), time(13, 29))


def test_a_line_between_the_byline_and_the_text_is_no_headline_and_a_name_stops_at_a_gap():
    document = _headline("caption_under_byline.txt")
    assert document.title == "Cleric Orders His Militia to Stand Down for Six Months"
    assert document.author == "Admin"
    assert document.published.value == date(2007, 8, 29)


@pytest.mark.parametrize(
    ("candidates", "chosen", "expected"),
    [
        (["Sign in to comment", "Smugglers cross at night"], 0, 1),
        (["Smugglers cross at night", "Guards paid by smugglers"], 1, 0),
        (["Weather", "Sports"], 0, 0),
    ],
)
def test_the_text_overrules_a_headline_it_does_not_repeat_and_only_then(
    candidates, chosen, expected
):
    lede = content_words("Smugglers cross the river at night; the guards were paid, they say.")
    assert agreeing(candidates, chosen, lede) == expected


def test_a_headline_under_a_promotion_sentence_is_found_when_the_header_has_none():
    document = _headline("promotion_first.txt")
    assert document.title == "Smugglers again blamed for border clashes"


def test_a_page_of_sentences_only_has_no_headline():
    assert parse_text("Officials said on Monday that the crossing would reopen soon.\n").title == ""


def test_the_site_name_a_page_title_line_adds_is_dropped_when_the_headline_is_printed_too():
    document = _headline("site_in_title_line.txt")
    assert document.title == "Convoy crates raise questions at border"
    assert document.author == "Marc Levy"
