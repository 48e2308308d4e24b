"""Every gold file in eval/gold is valid: schema, quotes, ids, thread, manifest.

Parametrised over the files present; with none yet, the one case says so and passes.
"""

import pytest

from etl.evaluation.corpus import Corpus

CORPUS = Corpus.default()
GOLD_FILES = CORPUS.gold_files()


@pytest.mark.parametrize(
    "path",
    [pytest.param(path, id=path.relative_to(CORPUS.eval_dir).as_posix()) for path in GOLD_FILES]
    or [pytest.param(None, id="no-gold-files-yet")],
)
def test_gold_file_is_valid(path):
    if path is None:
        return
    problems = CORPUS.check(path)
    assert problems == [], "\n".join(str(problem) for problem in problems)


def test_a_gold_file_outside_the_manifest_is_a_problem(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "manifest.csv").write_text("id,split\nlisted,dev\n", encoding="utf-8")
    (tmp_path / "docs" / "stray.txt").write_text("Text.", encoding="utf-8")
    gold = tmp_path / "gold" / "stray.json"
    gold.write_text(
        '{"id": "stray", "header": {"title": null, "published": null, "kind": "other"}, '
        '"comments": [], "actors": [], "weapons": [], "events": [], "claims": []}',
        encoding="utf-8",
    )
    corpus = Corpus(tmp_path, CORPUS.seeds_dir, CORPUS.schema_path)
    assert [str(problem) for problem in corpus.check(gold)] == [
        f"{gold.as_posix()}: id: 'stray' is not a document of eval/manifest.csv"
    ]
