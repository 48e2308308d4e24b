"""Headers of page layouts the seeds do not show: chrome, date lines, bylines, kinds."""

from datetime import date, time

import pytest

from etl.parse.chrome import is_chrome, is_doubled, is_navigation, is_widget
from etl.parse.stamps import is_date_line, numeric_order, read_stamp

from ..helpers import parse_sample, parse_text, quote


def _layout(name: str):
    return parse_sample(f"layouts/{name}")


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Thursday, June 07, 2007", "2007-06-07 00:00", "day"),
        ("June 7th, 2007 at 4:55 pm", "2007-06-07 16:55", "minute"),
        ("Posted on 2007-06-07", "2007-06-07 00:00", "day"),
        (
            "Last Updated: Wednesday, 5 October 2005, 21:55 GMT 22:55 UK",
            "2005-10-05 21:55",
            "minute",
        ),
        ("Thursday 06 October 2005 00:00 BST", "2005-10-06 00:00", "minute"),
        ("04-11-2008, 05:57 PM", "2008-04-11 17:57", "minute"),
        ("News | March 17, 2008", "2008-03-17 00:00", "day"),
        ("Mar 21 2007", "2007-03-21 00:00", "day"),
        ("Updated as of January 17, 2005", "2005-01-17 00:00", "day"),
        ("June 2007", "2007-06-01 00:00", "month"),
    ],
)
def test_date_lines_in_the_formats_sites_print_are_read_with_their_precision(
    text, value, precision
):
    stamp = read_stamp(text)
    assert (stamp.value.strftime("%Y-%m-%d %H:%M"), stamp.precision) == (value, precision)


@pytest.mark.parametrize("text", ["23 Oct", "3 years ago", "a year ago", "Tuesday, June 5"])
def test_a_date_without_a_year_or_a_relative_time_dates_nothing_but_is_a_date_line(text):
    assert read_stamp(text) is None
    assert is_date_line(text)


@pytest.mark.parametrize(
    "text", ["We met on June 7, 2007 at the bridge.", "The Bush administration", "Home"]
)
def test_a_sentence_with_a_date_is_no_date_line(text):
    assert read_stamp(text) is None


def test_numeric_dates_follow_the_page_order_when_a_day_above_12_shows_it():
    assert numeric_order("posted 13/06/2007 and 07/06/2007") == "DMY"
    assert numeric_order("posted 06/13/2007 and 07/06/2007") == "MDY"
    assert numeric_order("posted 07/06/2007") == "MDY"
    assert read_stamp("07/06/2007", order="DMY").value.date() == date(2007, 6, 7)
    assert read_stamp("07/06/2007", order="MDY").value.date() == date(2007, 7, 6)


@pytest.mark.parametrize(
    ("line", "check"),
    [
        ("•Reply•Share ›", is_widget),
        ("5 △ ▽", is_widget),
        ("Sort by Best", is_widget),
        ("Briefing Slides [PDF]", is_widget),
        ("Home | Archives | About", is_navigation),
        ("Home   About   Contact", is_navigation),
        ("« Older entry | Main | Newer entry »", is_navigation),
        ("HomeFeaturesDailyBriefingsAbout Us", is_navigation),
        ("Decrease fontDecrease font", is_doubled),
        ("UNITED24 - Make a charitable donation in support of Ukraine!", is_chrome),
        ("Stay up to date with notifications from The Gulf Herald", is_chrome),
    ],
)
def test_site_chrome_is_recognised_from_general_signals(line, check):
    assert check(line)


@pytest.mark.parametrize(
    "line",
    [
        "Customs chief suspended over missing crates",
        "Iran helping the Iraqi Sunnis?",
        "Reply to the minister",
    ],
)
def test_headlines_are_not_chrome(line):
    assert not is_chrome(line)


def test_a_news_page_behind_banners_gives_title_byline_publisher_and_dated_time():
    document = _layout("news_layout.txt")
    assert document.kind == "news_article"
    assert document.title == "Customs chief suspended over missing crates"
    assert (document.author, document.publisher) == ("Sara Nadim", "Gulf Herald")
    assert document.published.value == date(2007, 6, 7)
    assert (document.published.precision, document.published.clock) == ("day", time(16, 55))
    assert quote(document, document.body_spans[0]).startswith("BASRA, Iraq, June 6 --")
    assert "Advertisement" not in document.body


def test_a_release_behind_an_official_site_banner_is_a_press_release_titled_after_its_date():
    document = _layout("release_layout.txt")
    assert document.kind == "press_release"
    assert document.title == "Border teams seize crates at crossing"
    assert document.published.value == date(2007, 6, 8)


def test_the_title_follows_the_date_line_and_the_site_name_tops_the_navigation():
    document = _layout("disqus.txt")
    assert document.title == "Crates at the Zurbatiyah crossing"
    assert document.publisher == "THE BORDER DESK"
    assert document.published.value == date(2007, 3, 6)


def test_posted_on_by_gives_author_and_date_and_a_software_prefix_leaves_the_title():
    wordpress = _layout("wordpress_threaded.txt")
    assert (wordpress.title, wordpress.author) == (
        "Forty crates and a missing manifest",
        "ledgerman",
    )
    assert wordpress.published.value == date(2007, 6, 7)
    forum = _layout("forum_dates.txt")
    assert (forum.title, forum.author, forum.publisher) == (
        "Crates at the crossing",
        "HELEN MARR",
        "Associated Press",
    )
    assert (forum.published.value, forum.published.clock) == (date(2007, 6, 7), time(16, 55))


def test_an_outlet_slash_reporter_line_is_a_byline():
    document = _layout("drupal.txt")
    assert (document.author, document.publisher) == ("Sara Nadim", "Gulf Herald")


def test_a_dateline_dates_a_document_whose_header_prints_no_date():
    document = parse_text(
        "Troops seize crates\n\nAmerican Forces Press Service\n\nWASHINGTON, May 6, 2005 – "
        "Troops seized forty crates at the crossing today, officials said.\n"
    )
    assert document.published.value == date(2005, 5, 6)
    assert document.publisher == "American Forces Press Service"
    assert document.kind == "news_article"


def test_a_headline_wrapped_onto_two_lines_is_one_title():
    document = parse_text(
        "Customs chief suspended over crates that\nnobody opened\nBy Sara Nadim\n"
        "June 7, 2007\n\nThe head of the customs post was suspended on Wednesday, officials said.\n"
    )
    assert document.title == "Customs chief suspended over crates that nobody opened"


def test_speaker_turns_under_a_briefing_title_make_a_transcript():
    document = parse_text(
        "Press briefing with the border commander, June 7, 2007\n\n"
        "GEN. SMITH: Good afternoon. We seized forty crates at the crossing this week.\n\n"
        "Q: Where did they come from?\n"
    )
    assert document.kind == "transcript"
    assert document.published.value == date(2007, 6, 7)


def test_a_repost_takes_author_publisher_and_date_from_its_source_citation():
    document = parse_text(
        "Crates at the crossing\n\nCustoms officers counted forty crates at the crossing last "
        "week, officials said.\n\n(Oliver Poole, 13/03/2006, Daily Telegraph)\n"
    )
    assert (document.author, document.publisher) == ("Oliver Poole", "Daily Telegraph")
    assert document.published.value == date(2006, 3, 13)
    assert "Oliver Poole" not in document.body
