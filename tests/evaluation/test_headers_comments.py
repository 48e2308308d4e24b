"""Headers and comment threads are matched by the documented rules."""

from datetime import date

import pytest

from etl.evaluation.comments import score_comments
from etl.evaluation.gold import GoldDate
from etl.evaluation.headers import date_at_precision, score_headers

from .builders import annotated, comment, document, snapshot, span

HEADER = {
    "title": "Iran’s “proxy” war — a report",
    "author": "Bill Roggio",
    "publisher": "The Long War Journal",
    "published": {"value": "2007-05", "precision": "month"},
    "kind": "report",
}


@pytest.mark.parametrize(
    ("gold", "stored", "precision", "right"),
    [
        (("2007-05", "month"), date(2007, 5, 14), "day", True),
        (("2007-05", "month"), date(2007, 5, 1), "month", True),
        (("2007-05", "month"), date(2007, 1, 1), "year", False),
        (("2007-05-14", "day"), date(2007, 5, 1), "month", False),
        (("2007-05-14", "day"), date(2007, 5, 13), "day", False),
        (("2007", "year"), date(2007, 12, 31), "day", True),
        (("2007", "year"), None, "", False),
    ],
)
def test_a_date_is_right_at_the_gold_precision_when_stored_at_least_as_fine(
    gold, stored, precision, right
):
    assert date_at_precision(GoldDate(*gold), stored, precision) is right


def test_headers_compare_loosely_and_count_wrong_values_both_ways():
    stored = document(
        "text",
        title='IRAN\'S "PROXY" WAR - A REPORT',
        author="By Bill Roggio",
        publisher="Outside the Beltway",
        published_on=date(2007, 5, 1),
        published_precision="month",
        kind="blog_post",
    )
    result = score_headers([annotated(header=HEADER)], snapshot(stored))
    figures = result.figures
    assert figures["headers.title.f1"] == 1.0
    assert figures["headers.published.f1"] == 1.0
    assert figures["headers.author.f1"] == 1.0
    assert (figures["headers.publisher.precision"], figures["headers.publisher.recall"]) == (0, 0)
    assert figures["headers.kind.accuracy"] == 0.0
    assert [(f.verdict, f.what) for f in result.findings] == [
        ("wrong", "publisher: gold 'The Long War Journal', stored 'Outside the Beltway'"),
        ("wrong", "kind: gold report, stored blog_post"),
    ]


def test_a_value_the_gold_does_not_have_is_an_invention_and_a_document_not_loaded_misses_all():
    header = HEADER | {"author": None}
    stored = document("text", title="Iran's proxy war", author="Staff")
    result = score_headers(
        [annotated(header=header), annotated(id="lost", header=HEADER)], snapshot(stored)
    )
    assert result.figures["headers.author.precision"] == 0.0
    assert result.figures["headers.author.recall"] == 0.0
    assert result.figures["headers.title.recall"] == 0.0
    assert ("invention", "author: gold (none), stored 'Staff'") in [
        (f.verdict, f.what) for f in result.findings
    ]
    assert result.counts["headers.documents"] == 2


THREAD = (
    "Post body.\n\n"
    "Anon said...\n    Same story last year.\n    7:02 PM\n"
    "Reply  Share ›\n"
    "Tomas said...\n    Anon @ 7:02 PM\n    It came in April.\n"
    "Lena said...\n    Thanks, I will ask.\n"
)
GOLD_THREAD = [
    {"n": 1, "author": "Anon", "kind": "comment", "reply_to": None, "quote": "Same story"},
    {"n": 2, "author": "Tomas", "kind": "comment", "reply_to": 1, "quote": "It came in April."},
    {"n": 3, "author": "Lena", "kind": "comment", "reply_to": 2, "quote": "Thanks, I will ask."},
]


def test_comments_are_found_by_their_quote_and_widgets_are_inventions():
    doc = document(THREAD)
    stored = [
        comment(11, span(doc, "Anon said...\n    Same story last year.\n    7:02 PM"), 1, "Anon"),
        comment(12, span(doc, "Reply  Share ›"), 2, "Reply"),
        comment(
            13,
            span(doc, "Tomas said...\n    Anon @ 7:02 PM\n    It came in April."),
            3,
            "Tomas ",
            reply_to=11,
        ),
        comment(14, span(doc, "Lena said...\n    Thanks, I will ask."), 4, "", reply_to=12),
    ]
    result = score_comments([annotated(comments=GOLD_THREAD)], snapshot(doc, comments=stored))
    figures = result.figures
    assert (figures["comments.found.precision"], figures["comments.found.recall"]) == (0.75, 1.0)
    assert figures["comments.threads.accuracy"] == 0.0
    assert (figures["comments.author.precision"], figures["comments.author.recall"]) == (
        2 / 3,
        2 / 3,
    )
    # (2 answers 1) is right; (3 answers the widget) is wrong and (3 answers 2) missed.
    assert (figures["comments.reply.precision"], figures["comments.reply.recall"]) == (0.5, 0.5)
    assert figures["comments.kind.accuracy"] == 1.0
    assert [(f.verdict, f.what) for f in result.findings] == [
        ("invention", "comment #2 by Reply"),
        ("wrong", "comment 3: author 'Lena', stored ''"),
        ("miss", "reply: comment 3 answers 2"),
        ("invention", "reply: comment 3 answers stored #2"),
    ]


def test_one_stored_comment_holding_two_gold_comments_finds_one():
    doc = document(THREAD)
    merged = comment(11, span(doc, THREAD[12:]), 1, "Anon")
    result = score_comments([annotated(comments=GOLD_THREAD)], snapshot(doc, comments=[merged]))
    assert result.figures["comments.found.recall"] == 1 / 3
    assert result.figures["comments.found.precision"] == 1.0
