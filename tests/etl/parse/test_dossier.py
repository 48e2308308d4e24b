"""Dossier tables: rows by the right-aligned column rule, their fields and rebuilt text."""

from datetime import date

import pytest

from etl.parse.dossier import find_table, group_rows, split_cells
from etl.parse.lines import split_lines
from etl.parse.rowtext import build_row_text
from etl.parse.sources import parse_source

from ..helpers import parse_sample, parse_text


@pytest.fixture(scope="module")
def rows():
    return parse_sample("dossier.txt").rows


def test_each_row_is_a_child_document_with_its_position_and_key(rows):
    assert [(row.position, row.key) for row in rows] == [
        (1, "doc:dossier.txt#row-1"),
        (2, "doc:dossier.txt#row-2"),
        (3, "doc:dossier.txt#row-3"),
    ]


def test_rows_take_the_date_cell_or_else_the_date_in_their_source(rows):
    assert [(r.published.value, r.published.precision, r.published.text) for r in rows] == [
        (date(2007, 2, 14), "day", "2/14/2007"),
        (date(2007, 3, 2), "day", "3/2/2007"),
        (date(2007, 3, 9), "day", "March 9, 2007"),
    ]


def test_source_cells_give_title_author_outlet_url_and_kind(rows):
    assert [(r.title, r.author, r.publisher, r.url, r.kind) for r in rows] == [
        (
            "Convoy Stopped Near Pass",
            "Mara Quist",
            "Daily Ledger",
            "http://www.dailyledger.example/story/12345",
            "news_article",
        ),
        (
            "Patrol Seizes Rifles",
            "",
            "Regional Command",
            "http://www.regcom.example/index.php?id=88&Itemid=4",
            "press_release",
        ),
        ("Rifles found in fuel trucks, police say", "Ana Ruiz", "Wire Service", "", "news_article"),
    ]


def test_the_source_cell_is_kept_as_printed_with_urls_rejoined(rows):
    assert rows[0].byline == (
        "Convoy Stopped Near Pass Mara Quist- Staff Reporter of the Daily Ledger "
        "February 14, 2007 http://www.dailyledger.example/story/12345"
    )


def test_row_text_is_rebuilt_without_overlaps_noise_or_running_headers(rows):
    assert rows[0].text.endswith("according to a guard who watched it pass.")
    assert rows[1].text == (
        "AN EXCERPT FROM THE RELEASE:\n\n"
        "A patrol seized forty rifles in a raid on Thursday. One suspect was detained and "
        "later released.\n\nThe rifles were handed to the provincial police."
    )
    assert "the same route as in February." in rows[2].text
    assert "same route same route" not in rows[2].text
    assert "Wire Service Writer" not in rows[2].text
    assert {"dropped-overlap", "dropped-noise", "rejoined-url"} <= set(rows[1].repairs)
    assert "dropped-running-header" in rows[2].repairs


def test_body_spans_of_a_row_leave_out_the_editors_label(rows):
    row = rows[1]
    assert [row.text[s:e] for s, e in row.body_spans] == [
        "A patrol seized forty rifles in a raid on Thursday. One suspect was detained and "
        "later released.",
        "The rifles were handed to the provincial police.",
    ]


def test_rows_keep_their_lines_of_the_dossier_as_raw_text(rows):
    document = parse_sample("dossier.txt")
    for row in rows:
        start, end = row.source_span
        assert row.raw_text == document.text[start:end]
    assert rows[0].raw_text.startswith("2/14/2007\tConvoy Stopped Near Pass")


def test_cells_follow_the_right_aligned_column_rule():
    lines = split_lines("DATE\tSOURCE\tTEXT\n1/2/2007\tSrc\tText\n\tMore src\tMore\nOnly text\n")
    table = find_table(lines)
    cells = split_cells(lines, table)
    assert [(c.date, c.source, c.text) for c in cells] == [
        ("1/2/2007", "Src", "Text"),
        ("", "More src", "More"),
        ("", "", "Only text"),
    ]


def test_the_end_of_a_sentence_left_in_the_next_row_goes_back_to_its_row():
    text = (
        "DATE\tSOURCE\tTEXT\n"
        "1/2/2007\tFirst Source\tThe convoy was stopped at the\n"
        "1/5/2007\tSecond Source\tpass by the police.AN EXCERPT FROM THE ARTICLE: New text.\n"
    )
    lines = split_lines(text)
    drafts = group_rows(split_cells(lines, find_table(lines)))
    assert drafts[0].texts == [
        "The convoy was stopped at the",
        "pass by the police.",
    ]
    assert drafts[1].texts == ["AN EXCERPT FROM THE ARTICLE: New text."]
    assert drafts[0].moved


def test_a_source_cell_beside_a_dateline_opens_a_row_without_a_date():
    text = (
        "DATE\tSOURCE\tTEXT\n"
        "1/2/2007\tFirst Source\tOne sentence.\n"
        "Second Source\tPARIS — Another article.\n"
        "More of the second source\tAnd its second line.\n"
    )
    document = parse_text(
        "Title\n\n" + "An introduction sentence of the dossier. " * 3 + "\n\n" + text
    )
    assert [(row.title, row.published) for row in document.rows] == [
        ("First Source", document.rows[0].published),
        ("Second Source More of the second source", None),
    ]
    assert document.rows[1].text == "PARIS — Another article. And its second line."


def test_an_ocr_echo_of_the_previous_line_is_dropped():
    rebuilt = build_row_text(
        [
            "terrorists who were targeting Shiite political leaders and",
            "contensis who were targeting sinite pointear leaders and",
            "civilians, he said.",
        ],
        sources=[],
    )
    assert (
        rebuilt.text
        == "terrorists who were targeting Shiite political leaders and civilians, he said."
    )
    assert rebuilt.repairs == ("dropped-echo-line",)


def test_a_copyright_notice_is_split_out_of_the_body():
    rebuilt = build_row_text(
        ["They were released. © Copyright 2007 Wire Service. All rights reserved."],
        sources=[],
    )
    assert rebuilt.text == (
        "They were released.\n\n© Copyright 2007 Wire Service. All rights reserved."
    )
    assert [rebuilt.text[s:e] for s, e in rebuilt.body_spans] == ["They were released."]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (
            ["Talks Resume in the North", "By Karl Ode", "Harbor Gazette", "March 3, 2007"],
            ("Talks Resume in the North", "Karl Ode", "Harbor Gazette", "news_article"),
        ),
        (
            [
                "Press Briefing with Colonel Amy Tran Topic: Security The Press Center, Basra "
                "June 1, 2007"
            ],
            ("Press Briefing with Colonel Amy Tran", "", "The Press Center", "transcript"),
        ),
        (
            ["Coalition Headquarters-Basra June 2, 2007 Release 0602-01 Patrol Finds Cache"],
            ("Patrol Finds Cache", "", "Coalition Headquarters-Basra", "press_release"),
        ),
        (
            ["Rifles seized, Ministry of Interior says", "Ministry of Interior", "June 3, 2007"],
            (
                "Rifles seized, Ministry of Interior says",
                "",
                "Ministry of Interior",
                "press_release",
            ),
        ),
    ],
)
def test_source_cells_of_other_shapes(cell, expected):
    parsed = parse_source(cell)
    assert (parsed.title, parsed.author, parsed.outlet, parsed.kind) == expected


def test_a_garbled_date_keeps_only_its_year():
    parsed = parse_source(["Some Headline Here", "Wire Service", "Jnue 0, 2007"])
    assert (parsed.published.value, parsed.published.precision) == (date(2007, 1, 1), "year")
    assert parse_source(["Report on Iraq 2007", "Wire Service"]).published is None
