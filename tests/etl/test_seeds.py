"""The five seeds come out with their real structure (found by title, never by file name)."""

from datetime import date

import pytest

from apps.comments.models import Comment
from apps.documents.models import Document
from etl import pipeline

from .helpers import parse_seeds, quote

LWJ_2007 = "Iran and al Qaeda in Iraq"
LWJ_TIMELINE = "Iranian involvement in Iraq: an old or a new case?"
OTB = "Al Qaeda Leadership in Iran?!"
REPORT = "Iran's Proxy War Against the United States and Iraq"
DOSSIER = "Iran and Al-Qaeda in Iraq: What's the Connection?"


@pytest.fixture(scope="module")
def seeds():
    return parse_seeds()


def _thread(document) -> list[tuple[str, str]]:
    return [(comment.kind, comment.author) for comment in document.comments]


def _replies(document) -> list[tuple[int, int | None, str]]:
    return [
        (c.position, c.reply_to_position, c.addressed_to)
        for c in document.comments
        if c.reply_to_position or c.addressed_to
    ]


def test_the_five_seeds_and_their_kinds(seeds):
    assert {title: document.kind for title, document in seeds.items()} == {
        LWJ_2007: "blog_post",
        LWJ_TIMELINE: "blog_post",
        OTB: "blog_post",
        REPORT: "report",
        DOSSIER: "dossier",
    }


def test_bylines_authors_and_publishers(seeds):
    assert [
        (seeds[title].author, seeds[title].publisher)
        for title in (LWJ_2007, LWJ_TIMELINE, OTB, REPORT, DOSSIER)
    ] == [
        ("Bill Roggio", "FDD's Long War Journal"),
        ("Bill Roggio", "The Long War Journal"),
        ("James Joyner", ""),
        ("", ""),
        ("Marisa Cochrane", "Institute for the Study of War"),
    ]
    assert seeds[LWJ_2007].byline.startswith("Bill Roggio is a Senior Fellow at the Foundation")
    assert seeds[OTB].byline.startswith("James Joyner is Professor and Department Head")
    assert all(document.published is None for document in seeds.values())


def test_blog_bodies_leave_out_captions_tags_appeals_and_navigation(seeds):
    for title in (LWJ_2007, LWJ_TIMELINE, OTB):
        body = seeds[title].body
        for boilerplate in ("Click image to view", "Tags:", "FILED UNDER", "donating", "says:"):
            assert boilerplate not in body, (title, boilerplate)
        assert "Boko Haram" not in body and "is a Senior Fellow" not in body
    assert len(seeds[LWJ_2007].body_spans) == 8
    assert "Contacts between Iran, Hezbollah\n\nand al Qaeda were established" in (
        seeds[LWJ_2007].body
    )
    assert seeds[LWJ_TIMELINE].body_spans and "December 2006: US forces captured" in (
        seeds[LWJ_TIMELINE].body
    )


def test_mojibake_is_repaired_and_the_raw_text_kept(seeds):
    document = seeds[LWJ_TIMELINE]
    assert "the last Armenian genocide" in document.text
    assert "last¬†Armenian" in document.raw_text
    assert document.repairs == ("mojibake", "spaces")


def test_the_first_long_war_journal_thread(seeds):
    document = seeds[LWJ_2007]
    authors = [author for _, author in _thread(document)]
    assert authors == [
        "Jim Rockford", "charlesc", "Tom Paine", "Iran and al-Qaeda in Iraq", "grognard",
        "Tom W.", "Chimera", "Luke Willen", "JD Johnson", "Neo-andertal", "Neo-andertal",
        "", "", "Kamin", "Hoax Meister", "kamin", "Hoax Meister", "Sectarian cooperation",
    ]  # fmt: skip
    pingbacks = [(c.position, c.title) for c in document.comments if c.kind == "pingback"]
    assert pingbacks == [(4, "The Fourth Rail"), (18, "")]
    assert document.comments[11].body.startswith("Lots of good comments about Iran’s collusion")
    assert _replies(document) == [
        (3, 2, "CharlesC"),
        (15, None, "Mr. Roggio"),
        (16, 15, "Hoax Meister"),
        (17, 16, "kamin"),
    ]
    assert document.comments[2].reply_cue == "CharlesC @ 4:55 PM"
    last = document.comments[-1]
    assert quote(document, last.span).endswith("as Iraq freelance…")
    assert document.text[last.span[1] :].split() == [
        "Islamic",
        "state",
        "Al",
        "shabaab",
        "Boko",
        "Haram",
    ]


def test_the_timeline_posts_thread(seeds):
    document = seeds[LWJ_TIMELINE]
    assert _thread(document) == [
        ("comment", "Winger"),
        ("comment", "Thanos"),
        ("comment", "MattR"),
        ("comment", "Winger"),
        ("comment", "Evan"),
        ("comment", "ajacksonian"),
        (
            "pingback",
            "Congressional foreign policy is a bad idea, especially when practiced unilaterally.",
        ),
    ]
    assert _replies(document) == [(2, 1, "Winger"), (3, 1, "Winger")]
    assert "the last Armenian genocide" in document.comments[6].body


def test_the_numbered_thread(seeds):
    document = seeds[OTB]
    assert [author for _, author in _thread(document)] == [
        "Cernig", "Triumph", "Michael", "Andy", "G.A.Phillips", "Cynthia", "Michael", "Cernig",
        "Barry", "Dave Schuler", "Barry", "Cernig", "Barry", "G.A.Phillips", "Marketing",
        "Cernig", "Michael",
    ]  # fmt: skip
    assert _replies(document) == [
        (4, 2, "Triumph"),
        (5, 3, "Micheal"),
        (7, 5, "G.A.Phillips"),
        (8, None, "James"),
        (12, 11, "Barry"),
        (13, 12, "Cernig"),
        (14, 7, "Michael"),
        (17, 14, "G.A.Phillips"),
    ]
    assert document.comments[4].reply_cue == "Micheal? you said,"
    assert document.comments[3].reply_cue == "Uhh…Why don’t we ever hear about SAUDI ARABIA?!?!"


def test_the_report_is_headings_and_bullets(seeds):
    document = seeds[REPORT]
    paragraphs = [quote(document, span) for span in document.body_spans]
    assert len(paragraphs) == 45  # 7 headings and 38 bullets
    assert paragraphs[:2] == [
        "Executive Summary",
        "This Iraq Report summarizes evidence of Iranian involvement in Iraq.",
    ]
    assert "Topic 5: U.S. and Iraqi Responses" in paragraphs
    assert not any(paragraph.startswith("•") for paragraph in paragraphs)
    assert document.comments == ()


ROWS = [
    (date(2007, 1, 3), "day", "Iran's Secret Plan For Mayhem", "Eli Lake", "Sun",
     "http://www.nysun.com/article/46032", "news_article"),
    (date(2007, 4, 11), "day", "Media Roundtable with Major General William Caldwell, "
     "Spokesman for Multi-National Force-Iraq and Major Marty Weber, 79 th Explosive Ordnance "
     "Disposal Unit", "", "The Combined Press Information Center", "", "transcript"),
    (date(2007, 1, 1), "year", "US general says Iranian-origin weapons turning up in Sunni "
     "insurgent hands", "Robert H. Reid", "Associated Press", "", "news_article"),
    (date(2007, 5, 9), "day", "Weekly Press Conference with Major General William Caldwell, "
     "Spokesman and Deputy Chief of Staff for Strategic Effects, Multi-National Force-Iraq and "
     "Major General David Edgington, Director, Air Component Coordination Element, "
     "Multi-National Force-Iraq", "", "The Combined Press Information Center", "",
     "transcript"),
    (date(2007, 5, 9), "day", "U.S.: Iran helping some Sunni insurgents", "",
     "Associated Press", "", "news_article"),
    (date(2007, 5, 25), "day", "Department of Defense New Briefing with Colonel Ricky Gibbs, "
     "Commander, 4th Brigade Combat Team, 1st Infantry Division", "", "Department of Defense",
     "", "transcript"),
    (date(2007, 5, 25), "day", "Coalition Forces Nab 20 Suspected Al-Qaeda Terrorists", "",
     "Multi-National Force-Iraq", "http://www.mnf-iraq.com/index.php?option=com_content&task="
     "view&id=12012&Itemid=128", "press_release"),
    (date(2007, 5, 31), "day", "Three Suspected Terrorists Captured", "",
     "Multi-National Force-Iraq", "http://www.mnf-iraq.com/index.php?option=com_content&task="
     "view&id=12098&Itemid=21", "press_release"),
    (date(2007, 7, 13), "day", "Iraqi Forces Detain Al Qaeda Leader and EFP Facilitator in "
     "Samarra", "", "United States Army Special Operations Command News Service", "",
     "press_release"),
    (date(2007, 7, 13), "day", "Iraq Raids Net Terrorists, Weapons; Sheiks, U.S. Leaders Meet",
     "", "American Forces Press Service", "", "news_article"),
    (date(2007, 9, 23), "day", "In two separate operations, Iraqi Security Forces, U.S. Special "
     "Forces detain eight suspected criminals", "", "Multi-National Corps-Iraq",
     "http://www.mnf-iraq.com/index.php?option=com_content&task=view&id=14191&Itemid=21",
     "press_release"),
    (date(2007, 10, 2), "day", "Coalition forces disrupt al-Qaeda network: one killed, 10 "
     "detained", "", "Multi-National Force-Iraq", "", "press_release"),
]  # fmt: skip


def test_dossier_rows_with_their_dates_and_sources(seeds):
    rows = seeds[DOSSIER].rows
    assert [
        (r.published.value, r.published.precision, r.title, r.author, r.publisher, r.url, r.kind)
        for r in rows
    ] == ROWS
    assert [r.published.text for r in rows if r.published.text[0].isalpha()] == [
        "Mar. C. 2007",
        "September 23, 2007",
        "October 2, 2007",
    ]


def test_dossier_row_texts_are_rebuilt_across_page_breaks(seeds):
    rows = seeds[DOSSIER].rows
    assert rows[0].text.startswith("WASHINGTON — Iran is supporting both Sunni and Shiite")
    assert "compound belonging to Abdul Aziz Hakim, the Shiite leader" in rows[0].text
    assert "contensis" not in rows[0].text and "·" not in rows[0].text
    assert rows[1].text.startswith("AN EXCERPT FROM THE TRANSCRIPT:\n\nQ (Through interpreter.)")
    assert "a mostly Shiite area that borders Iran. Wasit is currently" in rows[2].text
    assert "Robert H. Reid, Associated Press Writer" not in rows[2].text
    assert rows[4].text.endswith(
        "This material may not be published, broadcast, rewritten, or redistributed."
    )
    assert "© Copyright" not in rows[4].body
    assert rows[8].text.endswith(
        "slightly injured during the operation as the result of an IED strike."
    )
    assert rows[9].text.startswith("AN EXCERPT FROM THE ARTICLE:\n\nAlso, elements of the Iraqi")
    assert rows[10].text.startswith("BAGHDAD – In two early morning raids")
    assert "Release No. 20070923-03" not in rows[11].text


def test_the_dossier_keeps_its_introduction_and_footnote(seeds):
    document = seeds[DOSSIER]
    paragraphs = [quote(document, span) for span in document.body_spans]
    assert paragraphs[0].startswith("It is widely speculated in the media")
    assert paragraphs[1].startswith("ⁱ Several large weapons shipments")
    assert len(paragraphs) == 2


@pytest.mark.django_db
def test_loading_the_seeds_twice(settings):
    first = pipeline.run()
    assert first.exit_status == 0
    assert (Document.objects.filter(parent=None).count(), Comment.objects.count()) == (5, 42)
    assert Document.objects.exclude(parent=None).count() == 12
    second = pipeline.run()
    for kind, outcomes in second.to_dict()["counts"].items():
        assert outcomes["inserted"] == outcomes["updated"] == outcomes["skipped"] == 0, kind
    assert second.count("comment", "unchanged") == 42
    assert Comment.objects.count() == 42


@pytest.mark.django_db
def test_stored_seed_rows_slice_back_to_their_quotes():
    pipeline.run()
    for comment in Comment.objects.select_related("document"):
        assert comment.document.text[comment.span_start : comment.span_end] == comment.quote
    replies = Comment.objects.exclude(reply_to=None).select_related("reply_to")
    assert sorted((c.author, c.reply_to.author) for c in replies)[:3] == [
        ("Andy", "Triumph"),
        ("Barry", "Cernig"),
        ("Cernig", "Barry"),
    ]
    dossier = Document.objects.get(kind="dossier")
    assert dossier.rows.count() == 12
    assert dossier.rows.get(position=1).published_on == date(2007, 1, 3)
