"""python manage.py export --format jsonl|csv [--kind ...] [--since CURSOR] [--output DIR]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from rest_framework import serializers

from apps.common.api.serializers import LinkBase
from apps.sync.exports import EXPORTS, FORMATS
from apps.sync.serializers import SinceParam
from apps.sync.services import MANIFEST, export_write


class Command(BaseCommand):
    help = (
        "Export every row the API lists by default, one file per kind plus manifest.json "
        "(counts, schema version, changes-feed cursor, SHA-256 of each file)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=FORMATS, default="jsonl")
        parser.add_argument(
            "--kind", action="append", choices=list(EXPORTS), help="Repeat for several (all)."
        )
        parser.add_argument(
            "--since", help="A changes-feed cursor: only rows changed after it, and removals."
        )
        parser.add_argument("--output", default="var/export", help="Folder (var/export).")
        parser.add_argument(
            "--base-url",
            default="",
            help="Scheme and host for the rows' API links (http://example.org); else paths.",
        )

    def handle(self, *args, **options):
        since = None
        if options["since"]:
            try:
                since = SinceParam().to_internal_value(options["since"])
            except serializers.ValidationError as error:
                raise CommandError(f"--since: {error.detail[0]}") from None
        directory = Path(options["output"])
        manifest = export_write(
            directory=directory,
            fmt=options["format"],
            kinds=options["kind"] or list(EXPORTS),
            since=since,
            context={"request": LinkBase(options["base_url"])},
        )
        for item in manifest.files:
            self.stdout.write(f"{item.rows:>8}  {directory / item.file}")
        self.stdout.write(f"Manifest: {directory / MANIFEST}; cursor {manifest.cursor}")
