"""The lexicons: one file per concept, checked against the models by a system check."""

import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from etl.extract import lexicons
from etl.extract.lexicons import LexiconError, alternation, speech_forms, speech_selection
from etl.extract.lexicons.checks import lexicon_problems


@pytest.fixture
def copied(tmp_path, monkeypatch):
    """A copy of the lexicons to break; the cache is emptied before and after."""
    folder = tmp_path / "lexicons"
    shutil.copytree(lexicons.FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    monkeypatch.setattr(lexicons, "FOLDER", folder)
    lexicons.lexicon.cache_clear()
    yield folder
    lexicons.lexicon.cache_clear()


def test_the_lexicons_agree_with_the_models():
    assert lexicon_problems() == []


def test_manage_py_check_reports_a_key_the_models_do_not_have(copied):
    path = copied / "predicates.yaml"
    path.write_text(path.read_text().replace("  trains:", "  teaches:"))
    assert lexicon_problems() == ["predicates.yaml: 'teaches' is not one of Predicate"]
    with pytest.raises(SystemCheckError, match="etl.E001"):
        call_command("check")


def test_a_selection_naming_no_verb_form_is_a_problem(copied):
    path = copied / "speech_verbs.yaml"
    path.write_text(path.read_text().replace("count_guard: [said,", "count_guard: [uttered,"))
    assert lexicon_problems() == [
        "speech_verbs.yaml: selection 'count_guard' names 'uttered', a form of no verb"
    ]


def test_a_malformed_file_is_a_lexicon_error(copied):
    (copied / "titles.yaml").write_text("- just a list\n")
    with pytest.raises(LexiconError, match="titles.yaml"):
        lexicons.lexicon("titles")


def test_attributing_forms_leave_out_frame_verbs_and_ambiguous_forms():
    forms = speech_forms(attributing=True)
    assert {"said", "announced", "pointed out", "denied"} <= set(forms)
    assert not {"believed", "found", "held", "rumored", "suspected", "questions"} & set(forms)
    assert "believed" in speech_selection("impersonal_frame")


def test_an_alternation_tries_the_longest_form_first_and_any_space():
    assert alternation(["met", "met with", "held talks"]) == r"held\s+talks|met\s+with|met"
