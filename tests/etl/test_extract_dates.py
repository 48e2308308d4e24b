"""Dates: absolute ones, and relative ones resolved against the document's or row's date."""

from datetime import date

import pytest

from etl.extract.dates import anchor_from, find_dates
from etl.records import PartialDate

FRIDAY = anchor_from(PartialDate(date(2007, 5, 25), "day", "May 25, 2007"))  # a Friday
JANUARY = anchor_from(PartialDate(date(2007, 1, 1), "month", "January 2007"))


def resolve(text: str, anchor=FRIDAY) -> list[tuple[str, date | None, date | None, str]]:
    found = find_dates(text, (0, len(text)), anchor)
    return [(m.date.text, m.date.start, m.date.end, m.date.precision) for m in found]


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("on May 9, 2007 in", date(2007, 5, 9), date(2007, 5, 9), "day"),
        ("on 9 May 2007 in", date(2007, 5, 9), date(2007, 5, 9), "day"),
        ("dated 5/9/2007 and", date(2007, 5, 9), date(2007, 5, 9), "day"),
        ("dated 2007-05-09 and", date(2007, 5, 9), date(2007, 5, 9), "day"),
        ("in June 2007 they", date(2007, 6, 1), date(2007, 6, 30), "month"),
        ("in March of 2004 they", date(2004, 3, 1), date(2004, 3, 31), "month"),
        ("in late June 2007 they", date(2007, 6, 21), date(2007, 6, 30), "month"),
        ("in 2005 they", date(2005, 1, 1), date(2005, 12, 31), "year"),
        ("in early 2007 they", date(2007, 1, 1), date(2007, 4, 30), "year"),
    ],
)
def test_absolute_dates_with_their_precision(text, start, end, precision):
    [(_, found_start, found_end, found_precision)] = resolve(text)
    assert (found_start, found_end, found_precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("detained 20 Friday morning", date(2007, 5, 25), date(2007, 5, 25), "day"),
        ("a general said Sunday", date(2007, 5, 20), date(2007, 5, 20), "day"),
        ("captured Sept. 22 in", date(2006, 9, 22), date(2006, 9, 22), "day"),
        ("an operation May 3", date(2007, 5, 3), date(2007, 5, 3), "day"),
        ("at the end of December, two", date(2006, 12, 21), date(2006, 12, 31), "month"),
        ("in March they", date(2007, 3, 1), date(2007, 3, 31), "month"),
        ("reported last month", date(2007, 4, 1), date(2007, 4, 30), "month"),
        ("captured earlier this year", date(2007, 1, 1), date(2007, 5, 25), "year"),
        ("said yesterday", date(2007, 5, 24), date(2007, 5, 24), "day"),
        ("happened last year", date(2006, 1, 1), date(2006, 12, 31), "year"),
    ],
)
def test_relative_dates_resolve_against_the_anchor(text, start, end, precision):
    [(_, found_start, found_end, found_precision)] = resolve(text)
    assert (found_start, found_end, found_precision) == (start, end, precision)


def test_a_day_in_a_month_precise_anchor_takes_the_anchors_year():
    assert resolve("On January 26 I stated", JANUARY) == [
        ("January 26", date(2007, 1, 26), date(2007, 1, 26), "day")
    ]


def test_without_an_anchor_a_month_is_kept_without_a_year():
    [mention] = find_dates("At the end of December, two", (0, 27), None)
    assert (mention.date.start, mention.date.month, mention.date.precision) == (None, 12, "month")


def test_a_weekday_needs_a_day_precise_anchor():
    assert resolve("on Friday", JANUARY) == []
    assert resolve("on Friday", None) == []


def test_may_the_verb_is_not_a_date():
    assert resolve("It may be true. You may go in May.") == [
        ("May", date(2007, 5, 1), date(2007, 5, 31), "month")
    ]


def test_an_impossible_day_is_not_a_date():
    assert resolve("on February 30, 2007 nothing") == []


def test_the_date_of_a_story_is_marked_as_a_publication_date():
    [mention] = find_dates("a December 30 story in the Post", (0, 31), FRIDAY)
    assert mention.is_publication
    [mention] = find_dates("captured on December 30 in", (0, 26), FRIDAY)
    assert not mention.is_publication
