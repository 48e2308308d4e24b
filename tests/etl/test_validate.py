"""Validation before load: a parsed document with a problem never reaches the database."""

from dataclasses import replace
from datetime import date

from etl.records import PartialDate
from etl.validate import validate

from .helpers import parse_sample


def _messages(document) -> list[str]:
    return [problem.message for problem in validate(document, source="x.txt")]


def test_parsed_samples_have_no_problems():
    for name in ("blog_bullets.txt", "blog_numbered.txt", "dossier.txt", "blogger.txt"):
        assert validate(parse_sample(name), source=name) == []


def test_an_invalid_url_is_a_problem():
    document = replace(parse_sample("report.txt"), url="not a url")
    assert _messages(document) == ["doc:report.txt: invalid url 'not a url'"]


def test_a_span_outside_the_text_is_a_problem():
    document = parse_sample("report.txt")
    document = replace(document, body_spans=((0, len(document.text) + 5),))
    assert "outside the text" in _messages(document)[0]


def test_a_date_in_the_future_is_a_problem():
    document = replace(
        parse_sample("report.txt"),
        published=PartialDate(value=date(2999, 1, 1), precision="day", text="1/1/2999"),
    )
    assert _messages(document) == ["doc:report.txt: date out of range: '1/1/2999'"]


def test_a_reply_to_a_later_comment_and_an_overlong_author_are_problems():
    document = parse_sample("blog_bullets.txt")
    first = replace(document.comments[0], reply_to_position=3, author="x" * 300)
    document = replace(document, comments=(first, *document.comments[1:]))
    assert _messages(document) == [
        "comment 1: author longer than 255",
        "comment 1: replies to a later comment",
    ]


def test_rows_out_of_order_are_a_problem():
    document = parse_sample("dossier.txt")
    document = replace(document, rows=tuple(reversed(document.rows)))
    assert "dossier rows are not numbered 1..n" in _messages(document)
