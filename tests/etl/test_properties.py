"""Properties of the loader's pure stages, over generated input (Hypothesis, fixed seed).

Any bytes give a document or one clear problem, never an exception; parsing is total; every
span the stages produce lies in the text, and a mention's span slices to its surface.
(How fast long inputs go is a benchmark's business: benchmarks/bench_extract.py.)
"""

import hashlib
from pathlib import Path

from django.conf import settings as django_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.extract import extract_evidence
from etl.extract.gazetteer import gazetteer_from_reference
from etl.parse import parse_document
from etl.read import NotText, clean_text, decode_bytes, read_reference
from etl.records import DocumentRecord, SourceFile
from etl.validate import validate

from .helpers import seed_paths

PROPERTY = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
GAZETTEER = gazetteer_from_reference(
    read_reference(Path(django_settings.SEEDS_DIR) / "reference")[0]
)
# Real lines (headers, bylines, comment headings, table rows, prose) recombined at random.
FRAGMENTS = sorted(
    {
        line
        for path in seed_paths()
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
        if line.strip()
    }
)[::7]
SEPARATORS = [" ", "\n", "\n\n", ". ", ": ", "\t", " | ", "\r\n", "\u00a0", "• ", "1. "]
PIECES = st.one_of(
    st.sampled_from(FRAGMENTS),
    st.sampled_from(SEPARATORS),
    st.text(max_size=30),
    st.sampled_from(["Iran", "Qods Force", "said", "denied", "on March 3, 2007", "says:", "@"]),
)
TEXTS = st.lists(PIECES, max_size=60).map("".join)
BYTES = st.one_of(
    st.binary(max_size=3000),
    TEXTS.map(lambda text: text.encode("utf-8")),
    TEXTS.map(lambda text: text.encode("cp1252", errors="ignore")),
    TEXTS.map(lambda text: text.encode("utf-16")),
)


def source_of(data: bytes) -> SourceFile:
    return SourceFile(
        path="generated.txt",
        relative_path="generated.txt",
        sha256=hashlib.sha256(data).hexdigest(),
        encoding="utf-8",
        raw_text="",
    )


def parse(data: bytes) -> DocumentRecord | None:
    """Run decode -> clean -> parse; None when the bytes are refused as no text."""
    try:
        decoded = decode_bytes(data)
    except NotText as problem:
        message = str(problem)
        assert message and "\n" not in message
        return None
    text, repairs = clean_text(decoded.text)
    return parse_document(source_of(data), text, repairs)


def spans_of(document: DocumentRecord) -> list[tuple[int, int]]:
    spans = [*document.body_spans, *(comment.span for comment in document.comments)]
    for comment in document.comments:
        spans += comment.body_spans
    return spans


def assert_inside(text: str, span: tuple[int, int]) -> None:
    assert 0 <= span[0] <= span[1] <= len(text), (span, len(text))


@PROPERTY
@given(BYTES)
def test_any_bytes_give_a_document_or_one_clear_problem(data):
    document = parse(data)
    if document is None:
        return
    for problem in validate(document, source="generated.txt"):
        assert problem.message and "\n" not in problem.message
    for item in (document, *document.rows):
        for span in spans_of(item):
            assert_inside(item.text, span)


@PROPERTY
@given(TEXTS)
def test_parse_is_total_on_any_text(text):
    text, repairs = clean_text(text)
    document = parse_document(source_of(text.encode()), text, repairs)
    assert document.text == text
    for span in spans_of(document):
        assert_inside(text, span)


@PROPERTY
@given(TEXTS)
def test_every_extracted_span_lies_in_the_text_and_mentions_slice_to_their_quote(text):
    document = parse(text.encode("utf-8"))
    if document is None:
        return
    for item, evidence in zip(
        (document, *document.rows), extract_evidence(document, GAZETTEER), strict=True
    ):
        for mention in evidence.mentions:
            assert item.text[mention.span[0] : mention.span[1]] == mention.surface
        records = [*evidence.relations, *evidence.claims, *evidence.events]
        for record in records:
            assert record.span[0] < record.span[1], record
            for span in (record.span, getattr(record, "subject_span", record.span)):
                assert_inside(item.text, span)
        for event in evidence.events:
            for part in (*event.participants, *event.weapons):
                assert_inside(item.text, part.span)
