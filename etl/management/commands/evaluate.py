"""`manage.py evaluate`: score the loader against the gold; thin wrapper around etl.evaluation."""

from django.core.management.base import BaseCommand, CommandError

from etl.evaluation import baseline
from etl.evaluation.corpus import SETS, Corpus
from etl.evaluation.render import (
    render_explain,
    render_guard,
    render_json,
    render_markdown,
    render_table,
    replace_summary,
)
from etl.evaluation.run import KINDS, evaluate_set, fresh_database


class Command(BaseCommand):
    help = (
        "Load each evaluation set (dev, test, seeds) into a fresh database of its own, match "
        "what the loader stored against the gold (eval/gold) and print precision, recall and F1 "
        "per kind. The main database is not touched."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--set",
            dest="sets",
            action="append",
            choices=SETS,
            help="a set to score (repeat for several); default: all three",
        )
        parser.add_argument("--json", action="store_true", help="print every figure as JSON")
        parser.add_argument(
            "--explain", choices=KINDS, help="list this kind's misses, inventions and wrong values"
        )
        parser.add_argument(
            "--write-baseline",
            action="store_true",
            help="rewrite eval/baseline.json from this run (all three sets) and the README's "
            "table of figures",
        )
        parser.add_argument(
            "--markdown",
            action="store_true",
            help="print the README's table of figures from eval/baseline.json (no run)",
        )

    def handle(
        self, *args, sets, json, explain, write_baseline, markdown, verbosity, **options
    ) -> None:
        if write_baseline and sets:
            raise CommandError("--write-baseline scores all three sets: leave out --set")
        corpus = Corpus.default()
        if markdown:
            self.stdout.write(summary_table(corpus), ending="")
            return
        with fresh_database(verbosity=max(verbosity - 1, 0)):
            results = [evaluate_set(corpus.eval_set(name)) for name in sets or SETS]
        if json:
            self.stdout.write(render_json(results, explain), ending="")
        else:
            self.stdout.write(render_table(results), ending="")
            if not write_baseline:
                self.stdout.write(render_guard(results, corpus.baseline_path), ending="")
            if explain:
                self.stdout.write("\n" + render_explain(results, explain), ending="")
        if write_baseline:
            path = corpus.baseline_path
            baseline.write_baseline(path, results, tolerance=baseline.read_baseline(path).tolerance)
            self.stderr.write(f"Wrote {path}.")
            readme = corpus.readme_path
            if readme.exists():
                text = replace_summary(readme.read_text(encoding="utf-8"), summary_table(corpus))
                readme.write_text(text, encoding="utf-8")
                self.stderr.write(f"Wrote the figures in {readme}.")


def summary_table(corpus: Corpus) -> str:
    """Return the README's table of figures, from the baseline file."""
    return render_markdown(baseline.read_baseline(corpus.baseline_path).sets)
