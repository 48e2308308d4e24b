"""Comment threads of every format: authors, order, kinds, bodies, timestamps, spans."""

from datetime import datetime

import pytest

from ..helpers import parse_sample, parse_text, quote


def _authors(document) -> list[tuple[str, str]]:
    return [(comment.kind, comment.author) for comment in document.comments]


def test_bullet_says_thread_keeps_every_entry_in_order_with_authors_as_written():
    document = parse_sample("blog_bullets.txt")
    assert _authors(document) == [
        ("comment", "Ralph K."),
        ("comment", "dmitri"),
        ("comment", "Opal Writes"),
        ("pingback", "Border notes and links"),
        ("comment", "Ralph K."),
        ("comment", ""),
        ("pingback", "A wider view of the smuggling economy"),
    ]
    assert [comment.position for comment in document.comments] == list(range(1, 8))


def test_a_courtesy_line_marks_a_pingback_and_names_the_linking_site():
    pingback = parse_sample("blog_bullets.txt").comments[3]
    assert pingback.title == "The Desert Ledger"
    assert pingback.body.startswith("Courtesy of The Desert Ledger:\nNew reporting this week")


def test_a_bare_bullet_with_a_truncated_excerpt_is_a_pingback_without_a_site():
    pingback = parse_sample("blog_bullets.txt").comments[6]
    assert (pingback.kind, pingback.title) == ("pingback", "")
    assert pingback.body.endswith("as the provincial…")


def test_a_bare_bullet_running_into_its_text_is_a_comment_with_no_author_line():
    comment = parse_sample("blog_bullets.txt").comments[5]
    assert comment.body == (
        "I drove that road in 2005 and saw no checkpoint for sixty miles.\n"
        "Nothing I have read since suggests that changed."
    )


def test_site_navigation_after_the_thread_is_not_part_of_the_last_entry():
    document = parse_sample("blog_bullets.txt")
    last = document.comments[-1]
    assert "Home" not in quote(document, last.span)
    assert document.text[last.span[1] :].split() == ["Home", "About", "Contact"]


def test_comment_bodies_lose_their_header_and_indentation_but_keep_paragraphs():
    comment = parse_sample("blog_bullets.txt").comments[2]
    assert comment.body == "Dmitri @ 9:12 AM\n\nHe has, and nobody listened until now."


def test_numbered_thread_after_a_comments_heading():
    document = parse_sample("blog_numbered.txt")
    assert _authors(document) == [
        ("comment", "Samantha"),
        ("comment", "Orlando"),
        ("comment", "Gregory"),
        ("comment", "Marcus Webb"),
        ("comment", "Samantha"),
    ]
    assert document.comments[0].body.endswith("asks nicely.\n\nCheers, S")


def test_blogger_said_thread_takes_the_timestamp_printed_after_each_body():
    document = parse_sample("blogger.txt")
    assert _authors(document) == [
        ("comment", "Anonymous"),
        ("comment", "Tomas"),
        ("comment", "Lena Ortiz"),
    ]
    first = document.comments[0]
    assert first.body == "Same story last year. The inspection never came."
    assert (first.posted_text, first.posted_at) == (
        "3/04/2007 7:02 PM",
        datetime(2007, 3, 4, 19, 2),
    )
    assert "Post a Comment" not in quote(document, document.comments[-1].span)


def test_name_on_date_at_time_headers():
    document = parse_sample("on_date.txt")
    assert _authors(document) == [("comment", "Harriet Vance"), ("comment", "K. Obi")]
    assert document.comments[1].posted_at == datetime(2007, 3, 3, 17, 20)
    assert document.comments[1].posted_text == "March 3, 2007 at 5:20 PM"
    assert "Leave a Reply" not in quote(document, document.comments[-1].span)


def test_posted_by_footers_close_each_comment():
    document = parse_sample("footer_comments.txt")
    assert _authors(document) == [("comment", "Ines"), ("comment", "Wallace")]
    assert document.comments[0].body == "I doubt it stays quiet past Friday."
    assert document.comments[0].posted_at == datetime(2007, 3, 9, 10, 14)
    assert quote(document, document.comments[0].span).endswith("10:14 AM")


def test_says_thread_with_a_timestamp_line_under_each_header():
    document = parse_text(
        "Title\n\n" + "Body text of the post goes here. " * 4 + "\n\n"
        "  • Ann Lee says:\n\n    March 3, 2007 at 4:55 pm\n\n    First!\n\n"
        "  • Bo says: March 3, 2007 at 5:01 pm\n\n    Second.\n"
    )
    assert [(c.author, c.posted_at, c.body) for c in document.comments] == [
        ("Ann Lee", datetime(2007, 3, 3, 16, 55), "First!"),
        ("Bo", datetime(2007, 3, 3, 17, 1), "Second."),
    ]


@pytest.mark.parametrize(
    "name",
    ["blog_bullets.txt", "blog_numbered.txt", "blogger.txt", "on_date.txt", "footer_comments.txt"],
)
def test_every_comment_span_and_body_line_slices_back_to_the_text(name):
    document = parse_sample(name)
    assert document.comments
    for comment in document.comments:
        whole = quote(document, comment.span)
        assert whole == whole.strip()
        assert [quote(document, span) for span in comment.body_spans] == [
            line for line in comment.body.split("\n") if line
        ]
        assert comment.key.startswith(f"comment:{name}#")
    assert len({comment.key for comment in document.comments}) == len(document.comments)


def test_comment_keys_follow_the_author_not_the_place_in_the_thread():
    thread = (
        "Title\n\nBody text of the post, long enough to be a paragraph of its own.\n\n"
        "Comments\n\n"
        "  1. Alice says:\n\n    First.\n\n"
        "  2. Bob says:\n\n    Second.\n\n"
        "  3. alice says:\n\n    Third.\n"
    )
    before = {c.body: c.key for c in parse_text(thread).comments}
    inserted = thread.replace("  1. Alice", "  1. Carol says:\n\n    New.\n\n  2. Alice")
    after = {c.body: c.key for c in parse_text(inserted).comments}
    assert before["First."].endswith("#alice.1") and before["Third."].endswith("#alice.2")
    assert {body: after[body] for body in before} == before


def test_one_says_line_in_an_article_is_not_a_thread():
    document = parse_text(
        "Title\n\n" + "The talks went on all night in the capital. " * 3 + "\n\n"
        "The spokesman says:\n\n    We are ready for the next round.\n\n"
        + "Nobody else would comment on the record. " * 3
        + "\n"
    )
    assert document.comments == ()
    assert "We are ready for the next round." in document.body


def test_report_bullets_are_not_a_thread():
    assert parse_sample("report.txt").comments == ()
