"""Comment threads in the formats real pages print, beyond the seeds' bullet and number lists."""

from datetime import datetime

from ..helpers import parse_sample, parse_text


def _thread(name: str) -> list[tuple]:
    document = parse_sample(f"layouts/{name}")
    return [
        (comment.kind, comment.author, comment.reply_to_position, comment.body.split("\n")[0])
        for comment in document.comments
    ]


def test_disqus_names_bullets_and_relative_times_with_threaded_replies():
    assert _thread("disqus.txt") == [
        ("comment", "mara_k", None, "The ledger also lists the same truck twice on one day."),
        ("comment", "dune_walker", 1, "Twice on one day is how they hide a second load."),
        ("comment", "old_sarge", None, "Escorts on that road are normal for any cargo."),
    ]
    document = parse_sample("layouts/disqus.txt")
    assert all(comment.posted_at is None for comment in document.comments)
    assert document.comments[1].addressed_to == "mara_k"
    joined = "\n".join(comment.body for comment in document.comments) + document.body
    for widget in ("Reply", "△", "years ago", "Load more", "Subscribe", "borderdesk", "Permalink"):
        assert widget not in joined


def test_typepad_trackbacks_and_footers_posted_after_each_body_in_the_page_date_order():
    document = parse_sample("layouts/typepad.txt")
    assert _thread("typepad.txt") == [
        (
            "pingback",
            "The Desert Ledger",
            None,
            "» Night convoys on the eastern road from The Desert Ledger",
        ),
        ("comment", "Lena", None, "Night crossings are routine there; the road is too hot by day."),
        (
            "comment",
            "Omar F.",
            2,
            "Lena, not for trucks that size. They wait for the cool hours, with lights on.",
        ),
        ("comment", "Lena", None, "The escort was paid twice, the ledger shows."),
    ]
    stamps = [(comment.posted_at, comment.posted_precision) for comment in document.comments]
    assert stamps == [
        (datetime(2007, 6, 9, 23, 5), "minute"),
        (datetime(2007, 6, 7, 9, 40), "minute"),
        (datetime(2007, 6, 7, 10, 2), "minute"),
        (datetime(2007, 6, 13, 8, 15), "minute"),
    ]


def test_threaded_wordpress_with_reply_links_pingbacks_and_trackbacks():
    assert _thread("wordpress_threaded.txt") == [
        ("comment", "rivet_head", None, "Somebody took that manifest home."),
        ("comment", "quiet_one", 1, "Or it was never written, which is worse."),
        (
            "pingback",
            "Missing manifests, again « The Desert Ledger",
            None,
            "Pingback: Missing manifests, again « The Desert Ledger",
        ),
        (
            "pingback",
            "Border Watch",
            None,
            "Trackback from Border Watch: Who signs for the crates?",
        ),
    ]
    first = parse_sample("layouts/wordpress_threaded.txt").comments[0]
    assert (first.posted_at, first.posted_precision) == (datetime(2007, 6, 7, 16, 55), "minute")
    assert first.body == "Somebody took that manifest home."


def test_drupal_comment_titles_stay_out_of_bodies_and_unverified_marks_out_of_names():
    document = parse_sample("layouts/drupal.txt")
    assert [(c.author, c.body) for c in document.comments] == [
        ("Kareem", "Every spring the same story, and every spring nobody is charged."),
        ("Lotte", "Follow the escorts: they are paid by someone."),
    ]
    assert "Not surprised" not in document.body


def test_forum_posts_headed_by_their_timestamps_and_a_repeated_line_as_a_reply():
    document = parse_sample("layouts/forum_dates.txt")
    assert [(c.author, c.posted_at, c.reply_to_position) for c in document.comments] == [
        ("", datetime(2007, 6, 8, 9, 12), None),
        ("", datetime(2007, 6, 8, 10, 30), 1),
    ]
    assert document.kind == "blog_post"


def test_rated_titles_nested_by_indentation_are_comments_without_names():
    document = parse_text(
        "A post\n\nSome text of the post that runs long enough to be a paragraph of prose.\n\n"
        "  •  Proxy war (0+ / 0-)\n\n    The clash was a proxy battle.\n\n"
        "    •  Huh? (0+ / 0-)\n\n      Look at the parties in the government.\n"
    )
    assert [(c.author, c.reply_to_position, c.body) for c in document.comments] == [
        ("", None, "The clash was a proxy battle."),
        ("", 1, "Look at the parties in the government."),
    ]


def test_a_numbered_said_header_whose_body_was_cut_off_is_left_out():
    document = parse_text(
        "A post\n\nSome text of the post that runs long enough to be a paragraph of prose.\n\n"
        "  1. Thanks for the heads-up!\n\n  2. Stormcrow said\n\n    Just a heads up.\n\n"
        "  3. Charles said\n\n    Haven't you heard of it before, Stormcrow?\n\n"
        "  4. Stormcrow said\n\n\n"
    )
    assert [(c.author, c.reply_to_position) for c in document.comments] == [
        ("", None),
        ("Stormcrow", None),
        ("Charles", 2),
    ]


def test_initials_and_a_second_person_answer_to_the_comment_that_addressed_its_writer():
    document = parse_text(
        "A post\n\nSome text of the post that runs long enough to be a paragraph of prose.\n\n"
        "MeaninglessHotAir said...\n\nNo! Now I am shocked.\n\n"
        "Luther McLeod said...\n\nIndeed MHA. But what is his point?\n\n"
        "MeaninglessHotAir said...\n\nYou may be right about that.\n\n"
        "Winger said...\n\nI worry about all of this.\n"
    )
    replies = [(c.reply_to_position, c.addressed_to) for c in document.comments]
    assert replies == [(None, ""), (1, "MHA"), (2, "Luther McLeod"), (None, "")]


def test_a_thread_in_an_unknown_format_is_kept_out_of_the_body_and_reported():
    document = parse_sample("layouts/unknown_thread.txt")
    assert document.comments == ()
    assert "escort is the story" not in document.body
    [warning] = document.warnings
    assert warning.startswith("line 7: a comment thread seems to start here ('Comments')")


def test_a_comments_heading_with_nothing_under_it_is_no_warning():
    document = parse_text(
        "A post\n\nSome text of the post that runs long enough to be a paragraph of prose.\n\n"
        "Comments\n\nLeave a Reply\n"
    )
    assert document.warnings == ()


def test_a_reply_opening_by_agreeing_or_disagreeing_answers_the_comment_before_it():
    document = parse_text(
        "A post\n\nSome text of the post that runs long enough to be a paragraph of prose.\n\n"
        "Ann says:\n\nIran armed them.\n\nBob says:\n\nNo, the cache was local.\n\n"
        "Cy says:\n\nNo one knows yet.\n\nDee says:\n\nI agree with that entirely.\n"
    )
    assert [c.reply_to_position for c in document.comments] == [None, 1, None, 3]
