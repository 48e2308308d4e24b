"""`manage.py extraction_rules [--markdown]`: list every extraction rule."""

from django.core.management.base import BaseCommand

from etl.extract.rules.render import rules_markdown, rules_text


class Command(BaseCommand):
    help = (
        "List the extraction rules: id, the kind of row it makes, what it finds. With "
        "--markdown, print docs/extraction.md (examples, counterexamples and the lexicons too)."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--markdown", action="store_true", help="print docs/extraction.md")

    def handle(self, *args, markdown: bool, **options) -> None:
        self.stdout.write(rules_markdown() if markdown else rules_text(), ending="\n")
