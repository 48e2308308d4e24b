"""Dates and timestamps as printed, with their precision."""

from datetime import date, datetime

import pytest

from etl.parse.dates import find_date, is_timestamp_line, parse_date, parse_timestamp


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("1/3/2007", date(2007, 1, 3), "day"),
        ("January 3, 2007", date(2007, 1, 3), "day"),
        ("Sept. 22, 2007", date(2007, 9, 22), "day"),
        ("3 March 2007", date(2007, 3, 3), "day"),
        ("2007-03-03", date(2007, 3, 3), "day"),
        ("March 2007", date(2007, 3, 1), "month"),
        ("  May 9, 2007. ", date(2007, 5, 9), "day"),
    ],
)
def test_a_date_alone_parses_with_its_precision(text, value, precision):
    parsed = parse_date(text)
    assert (parsed.value, parsed.precision) == (value, precision)


@pytest.mark.parametrize("text", ["", "1", "- A.", "Way 0, 2007", "2/30/2007", "May 9, 2007 news"])
def test_anything_else_is_not_a_date(text):
    assert parse_date(text) is None


def test_find_date_returns_the_first_date_in_running_text():
    partial, span = find_date("Multi-National Force-Iraq May 25, 2007 Release A070525b")
    assert (partial.value, partial.text, span) == (date(2007, 5, 25), "May 25, 2007", (26, 38))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("March 3, 2007 at 4:55 pm", datetime(2007, 3, 3, 16, 55)),
        ("3/04/2007 7:02 PM", datetime(2007, 3, 4, 19, 2)),
        ("March 09, 2007 at 10:14 AM", datetime(2007, 3, 9, 10, 14)),
        ("2007-03-03 23:05", datetime(2007, 3, 3, 23, 5)),
    ],
)
def test_timestamps_parse_to_date_and_time(text, value):
    assert parse_timestamp(text) == value
    assert is_timestamp_line(text)


def test_a_time_alone_is_a_timestamp_line_but_a_sentence_is_not():
    assert is_timestamp_line("4:55 PM")
    assert not is_timestamp_line("We met at 4:55 PM on the bridge")
    assert parse_timestamp("Posted in March 3, 2007 by someone at 4:55") is None
