"""The per-file time budget: a file that takes too long is reported and skipped, the run
goes on, and nothing of that file is stored."""

import shutil
import time

import pytest

import etl.extract.document
from apps.documents.models import Document
from etl import pipeline
from etl.budget import BudgetExceeded, check, time_budget

from .helpers import SAMPLES


def test_check_raises_once_the_budget_is_spent():
    with time_budget(0.05):
        check()
        time.sleep(0.06)
        with pytest.raises(BudgetExceeded, match="exceeded its time budget of 0.05 s; skipped"):
            check()


def test_without_a_budget_check_does_nothing():
    with time_budget(0):
        time.sleep(0.01)
        check()
    check()


@pytest.mark.django_db
def test_a_file_over_its_budget_is_one_problem_and_the_next_file_loads(
    tmp_path, settings, monkeypatch
):
    settings.LOADER_FILE_TIME_BUDGET = 1
    shutil.copy(SAMPLES / "report.txt", tmp_path / "b_report.txt")
    slow = "Stalling Notes\n\n" + "STALL words go on here. " * 20
    (tmp_path / "a_slow.txt").write_text(slow)
    find_relations = etl.extract.document.find_relations

    def stalling(sentence):
        if "STALL" in sentence.text:
            time.sleep(0.1)
        return find_relations(sentence)

    monkeypatch.setattr(etl.extract.document, "find_relations", stalling)
    report = pipeline.run([str(tmp_path)])
    assert [(p.source, p.message) for p in report.problems] == [
        (str(tmp_path / "a_slow.txt"), "extraction exceeded its time budget of 1 s; skipped")
    ]
    assert [result.loaded for result in report.files] == [False, True]
    assert list(Document.objects.values_list("title", flat=True)) == [report.files[1].title]
