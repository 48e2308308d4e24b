"""The harness's own tiny corpus (tests/evaluation/corpus): one invented post with its gold."""

from pathlib import Path

from django.conf import settings

from etl.evaluation.corpus import Corpus

ROOT = Path(__file__).parent / "corpus"


def fixture_corpus() -> Corpus:
    """Return the test corpus: one annotated dev document, no test documents, no seed gold."""
    return Corpus(ROOT, Path(settings.SEEDS_DIR), Corpus.default().schema_path)
