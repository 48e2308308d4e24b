"""`manage.py dump_extraction`: print everything the loader stored as canonical JSON."""

from django.core.management.base import BaseCommand

from etl.snapshot import dump_extraction, dump_json


class Command(BaseCommand):
    help = (
        "Print every row the loader stored (documents, comments, actors, weapons, places, "
        "relations, events, claims) as sorted JSON without ids or timestamps, rows referring "
        "to each other by natural key. Two loads of the same files give the same bytes."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--output", "-o", help="write to this file instead of stdout")

    def handle(self, *args, output, **options) -> None:
        text = dump_json(dump_extraction())
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
        else:
            self.stdout.write(text, ending="")
