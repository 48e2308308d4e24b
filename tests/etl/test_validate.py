"""Validation before load: a parsed document with a problem never reaches the database."""

from dataclasses import replace
from datetime import date

from etl.extract import extract_evidence
from etl.records import PartialDate
from etl.validate import validate

from .evidence_samples import invented_gazetteer
from .helpers import parse_sample

GAZETTEER = invented_gazetteer()


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


def _evidence_of(name: str):
    document = parse_sample(name)
    return document, extract_evidence(document, GAZETTEER)


def test_extracted_records_of_the_samples_have_no_problems():
    for name in ("evidence/blog.txt", "evidence/news.txt", "dossier.txt"):
        document, evidence = _evidence_of(name)
        assert validate(document, evidence, source=name) == []


def test_an_extracted_span_outside_the_text_is_a_problem():
    document, (evidence,) = _evidence_of("evidence/news.txt")
    mention = replace(evidence.mentions[0], span=(0, len(document.text) + 1))
    evidence = replace(evidence, mentions=(mention, *evidence.mentions[1:]))
    [problem] = validate(document, [evidence], source="news.txt")
    assert problem.message.startswith("doc:evidence/news.txt mention: span (0, ")
    assert problem.message.endswith("outside the text")


def test_a_word_outside_the_models_choices_is_a_problem():
    document, (evidence,) = _evidence_of("evidence/news.txt")
    event = replace(evidence.events[0], event_type="picnic")
    claim = replace(evidence.claims[0], stance="shrugs") if evidence.claims else None
    evidence = replace(
        evidence,
        events=(event, *evidence.events[1:]),
        claims=(claim, *evidence.claims[1:]) if claim else (),
    )
    messages = [problem.message for problem in validate(document, [evidence], source="x")]
    assert any("event: type 'picnic' is not one of " in message for message in messages)
    assert "capture" in messages[0]
    assert not claim or any("claim: stance 'shrugs'" in message for message in messages)


def test_evidence_of_another_document_is_a_problem():
    document, evidence = _evidence_of("evidence/news.txt")
    other = replace(evidence[0], document_key="doc:elsewhere.txt")
    assert [p.message for p in validate(document, [other], source="x")] == [
        "evidence does not match the document and its rows"
    ]
