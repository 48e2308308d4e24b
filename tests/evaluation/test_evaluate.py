"""Evaluating a set loads its annotated documents, scores them and leaves nothing behind."""

import json
from contextlib import nullcontext

import pytest
from django.core.management import CommandError, call_command

from apps.documents.models import Document
from etl.evaluation.corpus import Corpus
from etl.evaluation.render import COUNT, PRF, ROWS, SUMMARY_END, SUMMARY_START
from etl.evaluation.run import KINDS, evaluate_set

from .fixtures import fixture_corpus

pytestmark = pytest.mark.django_db


def figure_names() -> set[str]:
    names = set()
    for _, _, name, style in ROWS:
        parts = ("precision", "recall", "f1") if style == PRF else ("",)
        names |= {f"{name}.{part}".rstrip(".") for part in parts}
    return names


def test_a_set_is_loaded_scored_and_rolled_back():
    result = evaluate_set(fixture_corpus().eval_set("dev"))
    assert (result.documents, result.annotated) == (1, 1)
    assert set(result.figures) == figure_names()
    assert set(result.findings) == set(KINDS)
    assert result.figures["headers.title.f1"] == 1.0
    assert result.figures["comments.found.f1"] == 1.0
    assert result.counts["claims.gold"] == 3
    assert result.problems == []
    assert all(
        isinstance(result.figures[name], int) for _, _, name, style in ROWS if style == COUNT
    )
    assert Document.objects.count() == 0


def test_a_set_without_gold_loads_nothing():
    result = evaluate_set(fixture_corpus().eval_set("seeds"))
    assert (result.documents, result.annotated, result.figures) == (5, 0, {})


@pytest.fixture
def command(monkeypatch, capsys):
    """Run `evaluate` on the test corpus, inside the test's database."""
    corpus = fixture_corpus()
    monkeypatch.setattr(Corpus, "default", classmethod(lambda cls: corpus))
    monkeypatch.setattr(
        "etl.management.commands.evaluate.fresh_database", lambda **kwargs: nullcontext()
    )

    def run(*args: str) -> str:
        call_command("evaluate", *args)
        return capsys.readouterr().out

    return run


def test_the_command_prints_one_table_of_every_set(command):
    output = command()
    assert output.startswith("Evaluation (annotated documents: dev 1/1, test 0/0, seeds 0/5)")
    assert "  headers   title                   1.00 1.00 1.00" in output
    assert "test: no gold yet (0 documents): nothing scored" in output
    assert "  dev: 1 annotated document(s) but no baseline" in output


def test_json_has_every_figure_and_explain_lists_passages(command):
    data = json.loads(command("--set", "dev", "--json", "--explain", "claims"))
    assert set(data["sets"]) == {"dev"}
    assert set(data["sets"]["dev"]["figures"]) == figure_names()
    explained = data["sets"]["dev"]["explain"]["claims"]
    assert {
        "document": "basra-raid",
        "verdict": "miss",
        "what": "Iran supports the militias (denies)",
        "passage": "Iran denied supporting the militias.",
    } in explained
    text = command("--set", "dev", "--explain", "actors")
    assert "dev: actors: miss: 0, invention: 1, wrong: 0" in text


def test_the_baseline_is_written_from_all_sets(command, tmp_path, monkeypatch):
    with pytest.raises(CommandError, match="leave out --set"):
        command("--set", "dev", "--write-baseline")
    path = tmp_path / "baseline.json"
    monkeypatch.setattr(Corpus, "baseline_path", property(lambda self: path))
    readme = tmp_path / "README.md"
    readme.write_text(f"# Figures\n\n{SUMMARY_START}\nold\n{SUMMARY_END}\n\nMore.\n")
    monkeypatch.setattr(Corpus, "readme_path", property(lambda self: readme))
    command("--write-baseline")
    data = json.loads(path.read_text())
    assert readme.read_text() == f"# Figures\n\n{command('--markdown')}\nMore.\n"
    assert "| title | 1.00 |" in readme.read_text()
    assert set(data["sets"]) == {"dev", "test", "seeds"}
    assert data["sets"]["dev"]["figures"]["headers.title.f1"] == 1.0
    assert f"dev: all {len(figure_names())} figures hold" in command()
