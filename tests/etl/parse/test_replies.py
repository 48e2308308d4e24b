"""Reply detection: names, timestamps, misspellings, quoted passages, the post's author."""

import pytest

from etl.parse.replies import same_name

from ..helpers import parse_sample, parse_text


def _replies(document) -> list[tuple[int, int | None, str, str]]:
    return [
        (c.position, c.reply_to_position, c.addressed_to, c.reply_cue)
        for c in document.comments
        if c.reply_to_position or c.addressed_to
    ]


def test_name_at_time_and_a_leading_name_answer_earlier_comments():
    assert _replies(parse_sample("blog_bullets.txt")) == [
        (3, 2, "Dmitri", "Dmitri @ 9:12 AM"),
        (5, 3, "Opal Writes", "Opal Writes, agreed. The governor asked for guards twice."),
    ]


def test_misspelt_names_quotes_and_the_posts_author_in_a_numbered_thread():
    assert _replies(parse_sample("blog_numbered.txt")) == [
        (2, None, "Peter", "Peter. you left out the part about the second meeting."),
        (
            3,
            1,
            "Samantha",
            "Talks are cheap. The fuel trade is what matters to both of them "
            "and it will not stop because a general asks nicely.",
        ),
        (4, 3, "Grgeory", "Grgeory? you wrote,"),
        (5, 4, "Marcus Webb", "Marcus Webb, have you ever been up there in January?"),
    ]


def test_blogger_replies_by_name_at_time():
    assert [(p, to) for p, to, *_ in _replies(parse_sample("blogger.txt"))] == [(2, 1), (3, 2)]


def _thread(*comments: tuple[str, str], article: str = "") -> str:
    body = article or "The post says the talks resumed on Monday after a long pause. " * 3
    entries = "".join(f"  • {author} says:\n\n    {text}\n\n" for author, text in comments)
    return f"A title\n\n{body}\n\nWalter Brenn is a Fellow at the Harbor Institute.\n\n{entries}"


def test_the_latest_earlier_comment_by_that_name_is_the_one_answered():
    document = parse_text(
        _thread(("Ann", "One."), ("Bo", "Two."), ("Ann", "Three."), ("Cy", "Ann, no."))
    )
    assert document.comments[3].reply_to_position == 3


def test_addressing_the_posts_author_names_no_comment():
    document = parse_text(_thread(("Ann", "Mr. Brenn, you missed the point."), ("Bo", "Yes.")))
    assert _replies(document) == [(1, None, "Mr. Brenn", "Mr. Brenn, you missed the point.")]


def test_a_name_opening_a_later_sentence_of_the_first_line_counts():
    document = parse_text(_thread(("Ann", "One."), ("Bo", "Good post. Ann, I disagree.")))
    assert _replies(document) == [(2, 1, "Ann", "Ann, I disagree.")]


def test_an_ordinary_opening_word_is_not_an_address():
    document = parse_text(_thread(("Ann", "One."), ("Bo", "Also, well, nobody asked.")))
    assert _replies(document) == []


def test_quoting_the_article_is_not_a_reply():
    article = "The ministry has denied that any shipments crossed the border this spring. " * 2
    document = parse_text(
        _thread(
            ("Ann", "Interesting."),
            ("Bo", "The ministry has denied that any shipments crossed the border this spring."),
            article=article,
        )
    )
    assert _replies(document) == []


def test_a_quoted_phrase_close_to_an_earlier_comment_is_a_reply():
    document = parse_text(
        _thread(
            ("Ann", "We were right to close the crossing and to send the guards north."),
            ("Bo", "You say “right to close the crossing and send guards north” but why?"),
        )
    )
    assert _replies(document)[0][:3] == (2, 1, "Ann")


def test_pingbacks_answer_nobody():
    document = parse_sample("blog_bullets.txt")
    pingbacks = [c for c in document.comments if c.kind == "pingback"]
    assert all(c.reply_to_position is None and not c.addressed_to for c in pingbacks)


@pytest.mark.parametrize(
    ("written", "name", "same"),
    [
        ("CharlesC", "charlesc", True),
        ("Micheal", "Michael", True),
        ("G.A. Phillips", "G.A.Phillips", True),
        ("Hoax Meister", "Hoax Meister", True),
        ("Michelle", "Michael", False),
        ("Bo", "Bob", False),
        ("Ann", "", False),
    ],
)
def test_same_name_tolerates_case_spacing_and_one_slip(written, name, same):
    assert same_name(written, name) is same
