"""Segmenting documents of every genre: header fields, body paragraphs, boilerplate, kind."""

from datetime import date

import pytest

from ..helpers import parse_sample, parse_text, quote


def _body(document) -> list[str]:
    return [quote(document, span) for span in document.body_spans]


def test_blog_post_header_byline_and_publisher_from_the_donation_appeal():
    document = parse_sample("blog_bullets.txt")
    assert document.kind == "blog_post"
    assert document.title == "Smuggling routes across the eastern border"
    assert document.author == "Jane Holloway"
    assert document.byline.startswith("Jane Holloway is a Senior Analyst at the Center")
    assert document.publisher == "The Frontier Monitor"
    assert document.published is None


def test_blog_post_body_leaves_out_captions_appeals_bylines_tags_and_comments():
    body = _body(parse_sample("blog_bullets.txt"))
    assert len(body) == 3
    assert body[0].startswith("New reporting this week")
    assert body[-1].startswith("The ministry in the capital")
    joined = "\n".join(body)
    for boilerplate in ("Click image", "donating", "Senior Analyst", "Tags:", "says:", "Home"):
        assert boilerplate not in joined


def test_a_paragraph_cut_by_a_blank_line_mid_sentence_is_one_body_span():
    body = _body(parse_sample("blog_bullets.txt"))
    assert body[-1] == (
        "The ministry in the capital has denied that any such shipments exist, and the "
        "governor\n\nhas asked for more border guards since the spring."
    )


def test_about_box_gives_author_and_byline_and_filed_under_is_boilerplate():
    document = parse_sample("blog_numbered.txt")
    assert document.author == "Peter Lindqvist"
    assert document.byline == (
        "Peter Lindqvist is a former diplomat and a Fellow at the Harbor Institute. "
        "Views are his own."
    )
    body = _body(document)
    assert body[-1] == "We will know more by the weekend."
    assert not any("FILED UNDER" in paragraph or "Comments" == paragraph for paragraph in body)


def test_dossier_header_title_follows_the_series_label_and_byline_names_the_institution():
    document = parse_sample("dossier.txt")
    assert document.kind == "dossier"
    assert document.title == "Fuel, Weapons and the Northern Route: A Record"
    assert document.author == "Theo Marsh"
    assert document.byline == "Theo Marsh, Research Assistant, Institute for Regional Security"
    assert document.publisher == "Institute for Regional Security"


def test_dossier_body_is_its_introduction_and_its_footnote():
    body = _body(parse_sample("dossier.txt"))
    assert len(body) == 2
    assert body[0].startswith("This record collects articles")
    assert body[1].startswith("ⁱ Earlier reporting is listed")


def test_report_headings_and_bullets_are_separate_body_paragraphs_without_markers():
    document = parse_sample("report.txt")
    assert document.kind == "report"
    assert _body(document) == [
        "Key Findings",
        "This report summarizes what is known about fuel smuggling on the northern route.",
        "Smugglers move fuel north and weapons south on the same trucks.",
        "Provincial officials deny any involvement.",
        "Section 1: Routes and Crossings",
        "The main crossing is open at night only.",
        "Trucks wait for days at the secondary crossing.",
    ]
    assert document.comments == ()


def test_news_article_byline_date_and_dateline():
    document = parse_sample("news_article.txt")
    assert (document.kind, document.author, document.byline) == (
        "news_article",
        "Ana Ruiz",
        "By Ana Ruiz",
    )
    assert (document.published.value, document.published.precision) == (date(2007, 3, 3), "day")
    assert _body(document)[0].startswith("KHANDAR — Police in the border province")


def test_press_release_marker_is_not_its_title():
    document = parse_sample("press_release.txt")
    assert document.kind == "press_release"
    assert document.title == "Patrol seizes rifles near the northern pass"
    assert document.published.text == "March 2, 2007"


@pytest.mark.parametrize(
    ("header", "value", "precision"),
    [
        ("Posted on March 3, 2007 at 4:55 pm", date(2007, 3, 3), "day"),
        ("Published: 2007-03-03", date(2007, 3, 3), "day"),
        ("March 2007", date(2007, 3, 1), "month"),
        ("Posted by Lena Ortiz on 3 March 2007", date(2007, 3, 3), "day"),
    ],
)
def test_header_dates_keep_their_precision(header, value, precision):
    document = parse_text(f"A title\n\n{header}\n\n" + "A sentence of body text here. " * 5)
    assert (document.published.value, document.published.precision) == (value, precision)


def test_a_url_line_in_the_header_is_the_documents_url():
    document = parse_text(
        "A title\nSource: http://example.org/a/b\n\n" + "A sentence of body text. " * 6
    )
    assert document.url == "http://example.org/a/b"


def test_sharing_widgets_and_copyright_lines_are_boilerplate():
    document = parse_text(
        "A title\n\n"
        + "Body paragraph that says something. " * 4
        + "\n\nShare this:\nTwitter\nFacebook\n\n© 2007 The Harbor Gazette. All rights reserved.\n"
    )
    assert len(document.body_spans) == 1
    assert document.publisher == "The Harbor Gazette"


def test_every_body_span_is_trimmed_text_of_the_document():
    for name in ("blog_bullets.txt", "blog_numbered.txt", "dossier.txt", "report.txt"):
        document = parse_sample(name)
        for start, end in document.body_spans:
            piece = document.text[start:end]
            assert piece and piece == piece.strip()
        assert document.body == "\n\n".join(_body(document))


def test_the_kind_comes_from_structure_not_from_the_file_name():
    report = parse_sample("report.txt")
    renamed = parse_text(
        (report.raw_text), relative_path="blog_post_with_comments_press_release.txt"
    )
    assert renamed.kind == "report"
