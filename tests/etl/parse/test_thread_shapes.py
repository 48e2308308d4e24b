"""Threads found as repeated structure: signatures of one shape, at the head or foot of units.

The samples are invented pages in the layouts comment engines print (Typepad and Movable Type
signatures after the body, "Name | date", "#n Name - date", "Comment by", vBulletin poster
blocks with quotes, "Name wrote:", a name printed twice over a relative time, forum archives
whose first post is the page's own); none is a format the parser has a reader for.
"""

from datetime import date

import pytest

from ..helpers import parse_sample

THREE = [
    ("Ann", None, "I think the story misses the point about the convoys."),
    ("Bob Hale", 1, "Ann, the convoys are a sideshow. The money is the story."),
    ("Ann", 2, "Bob, the money follows the convoys."),  # "Bob," addresses Bob Hale
]


def _comments(name: str) -> list[tuple]:
    document = parse_sample(f"shapes/{name}")
    return [(c.author, c.reply_to_position, c.body) for c in document.comments]


@pytest.mark.parametrize("name", ["typepad_after.txt", "name_after.txt", "mt.txt", "mt_on.txt"])
def test_signatures_printed_after_each_body_cut_the_bodies_above_them(name):
    assert _comments(name) == THREE
    document = parse_sample(f"shapes/{name}")
    assert "misses the point" not in document.text[document.body_spans[-1][0] :][:200] or (
        document.body_spans[-1][1] < document.comments[0].span[0]
    )
    assert [c.posted_at.hour for c in document.comments] == [12, 13, 14]


def test_numbered_and_labelled_signatures_give_the_name_alone():
    assert [c[0] for c in _comments("hashn.txt")] == ["Ann", "Bob Hale", "Cy"]
    assert [c[0] for c in _comments("comment_by.txt")] == ["Ann", "Bob Hale"]
    assert [c[0] for c in _comments("wrote.txt")] == ["Ann", "Bob Hale", "Cy"]


def test_forum_poster_blocks_quotes_and_widgets_stay_out_of_bodies():
    assert _comments("vbulletin.txt") == [
        ("ann_k", None, "The money is the story.\nNo, the convoys are the story."),
        ("bobhale", None, "The money follows the convoys, always."),
        ("ann_k", 2, "The money follows the convoys, always.\nNot always."),
    ]
    document = parse_sample("shapes/vbulletin.txt")
    joined = "\n".join(c.body for c in document.comments)
    for widget in ("Join Date", "Posts:", "Senior Member", "Quote", "Originally Posted"):
        assert widget not in joined
    assert document.comments[2].addressed_to == "bobhale"


def test_a_name_printed_twice_over_a_relative_time_heads_each_unit():
    document = parse_sample("shapes/relative.txt")
    assert [(c.author, c.posted_at, c.body) for c in document.comments] == [
        ("mara_k", None, "The ledger lists the same truck twice."),
        ("dune", None, "That is how they hide a second load."),
    ]
    assert "Join The Conversation" not in document.body


@pytest.mark.parametrize("name", ["forum_named.txt", "padded.txt"])
def test_a_forum_threads_first_post_is_the_document_and_its_signature_its_byline(name):
    document = parse_sample(f"shapes/{name}")
    assert document.author == "marta_s"
    assert document.title == "Night convoys at the crossing"
    assert document.published.value in (date(2006, 6, 10), date(2007, 6, 3))
    assert "forty crates" in document.body
    assert document.comments[0].author == "k_ruiz"
    assert "k_ruiz" not in document.body and "marta_s" not in document.body


ENGINES = [
    ("Ann", None, "I think the story misses the point about the convoys."),
    ("Bob Hale", 1, "Ann, the convoys are a sideshow. The money is the story."),
    ("Cy", 2, "Bob, the money follows the convoys."),
]


@pytest.mark.parametrize(
    "name",
    [
        "engine_at_said.txt",  # "1. At 12:30 PM, Ann said:", bodies flush with the numbers
        "engine_disqus.txt",  # "Bob Hale → Ann • 9 years ago", "•Reply•Share ›"
        "engine_drupal.txt",  # "Submitted by Bob Hale (not verified) on Sat, 06/10/2006 - 13:15."
        "engine_numbered_blocks.txt",  # a number, a name, a time before the date, each on a line
        "engine_phpbb.txt",  # "Re: <title>" over "Post by Ann » Sat Jun 10, 2006 12:30 pm"
        "engine_wp_modern.txt",  # a name over "June 10, 2006 at 12:30 pm", "Reply"
        "engine_wp_thoughts.txt",  # the same, a reply indented under its parent
        "engine_wrote_on.txt",  # "Ann wrote on June 10, 2006 12:30 PM:"
        "engine_blogger_new.txt",  # a name over a date, "Reply", "Delete", "Load more..."
        "engine_comment_no.txt",  # "Comment #1 by Ann | June 10, 2006 at 12:30 pm"
        "engine_dailykos.txt",  # a rated title over "by Ann on <date>", "[ Parent ]"
        "engine_slashdot.txt",  # "by Ann (12345) on Saturday June 10, 2006 @12:30PM (#1001)"
        "engine_smf.txt",  # a name over "« Reply #1 on: <date> »", "Report to moderator  Logged"
        "engine_said_on.txt",  # "Ann said on June 10th, 2006 at 12:30 pm:"
        "engine_relative_lines.txt",  # a name over "9 years ago", "Reply"
        "engine_disqus_lines.txt",  # the name twice, "•", "9 years ago", votes, widgets per line
        "engine_avatar.txt",  # "Avatar of Ann" over the name over the date
        "engine_onsaid.txt",  # "Ann on June 10, 2006 at 12:30 pm said:"
        "engine_byline_foot.txt",  # "by Ann on <date>" after each body
        "engine_foot_said.txt",  # "— Ann, June 10, 2006" after each body
        "engine_dash.txt",  # "Ann - 06/10/2006" over each body
        "engine_timeonly.txt",  # "Ann at 12:30 PM" (no date: no posted_at)
    ],
)
def test_signatures_of_common_comment_engines_give_names_bodies_and_replies(name):
    assert _comments(name) == ENGINES
    document = parse_sample(f"shapes/{name}")
    assert document.text[slice(*document.body_spans[-1])].endswith("for the same trip.")
    assert all("Reply" not in c.body and "Post by" not in c.body for c in document.comments)


def test_a_name_over_each_timestamp_wins_over_the_timestamps_alone():
    document = parse_sample("shapes/engine_wp_modern.txt")
    assert [c.posted_at.hour for c in document.comments] == [12, 13, 14]
    assert [c.author for c in document.comments] == ["Ann", "Bob Hale", "Cy"]


def test_livejournal_names_keep_the_user_name_and_its_widgets_stay_out_of_bodies():
    assert [c[0] for c in _comments("engine_livejournal.txt")] == [
        "Ann (ann_k)",
        "Bob Hale (bobhale)",
        "Cy (cy)",
    ]
    assert [c[2] for c in _comments("engine_livejournal.txt")] == [c[2] for c in ENGINES]


@pytest.mark.parametrize(
    ("name", "line"),
    [("unknown_posted_subject.txt", 9), ("unknown_posted_on_by.txt", 9)],
)
def test_stamped_lines_of_one_make_in_no_known_shape_are_reported_not_glued(name, line):
    document = parse_sample(f"shapes/{name}")
    assert document.comments == ()
    assert document.warnings[0].startswith(f"line {line}: a comment thread seems to start here")
    assert "the money follows" not in document.body
    assert document.text[slice(*document.body_spans[-1])].endswith("for the same trip.")


def test_a_timeline_of_dated_lines_of_different_makes_is_no_thread():
    document = parse_sample("shapes/engine_wrote_on.txt")
    assert document.warnings == ()


def test_outlets_dated_over_their_reports_are_a_timelines_sources_not_a_thread():
    document = parse_sample("shapes/sources_timeline.txt")
    assert document.comments == ()
    assert document.warnings == ()
    assert "The ledger listed the crates as machine parts." in document.body
