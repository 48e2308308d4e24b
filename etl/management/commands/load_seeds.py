"""`manage.py load_seeds [PATH ...]`: load documents; thin wrapper around etl.pipeline.run."""

import argparse

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from etl import pipeline
from etl.records import Problem
from etl.render import describe_file, render_report
from etl.report import FileResult


def positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be a positive number of bytes")
    return number


class Command(BaseCommand):
    help = (
        "Load documents into the database: every .txt file under seeds/ (not seeds/reference/) "
        "or the files and folders given. Idempotent; curators' edits, rejections and deletions "
        "survive. Exit status: 0 all loaded, 1 a file failed, 2 loaded with warnings."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to load")
        parser.add_argument(
            "--dry-run", action="store_true", help="parse and report; write nothing"
        )
        parser.add_argument("--json", action="store_true", help="print the report as JSON")
        parser.add_argument(
            "--max-bytes",
            type=positive_int,
            default=None,
            help=f"largest file accepted (default LOADER_MAX_FILE_BYTES, "
            f"{settings.LOADER_MAX_FILE_BYTES:,})",
        )

    def handle(self, *args, paths, dry_run, json, max_bytes, verbosity, **options) -> None:
        self.dry_run = dry_run
        report = pipeline.run(
            paths,
            dry_run=dry_run,
            max_bytes=max_bytes,
            progress=self.progress if verbosity >= 1 else None,
            notify=self.stderr.write,
        )
        self.stdout.write(report.to_json() if json else render_report(report, verbosity=verbosity))
        if report.exit_status:
            failed = sum(not result.loaded for result in report.files) or len(report.errors)
            reason = f"{failed} file(s) failed" if report.errors else "loaded with warnings"
            raise CommandError(f"load_seeds: {reason}", returncode=report.exit_status)

    def progress(self, index: int, total: int, result: FileResult, problems: list[Problem]) -> None:
        """Write one line per file to stderr (stdout stays clean for --json)."""
        self.stderr.write(f"[{index}/{total}] {describe_file(result, dry_run=self.dry_run)}")
        for problem in problems:
            self.stderr.write(f"        {problem.severity}: {problem.message}")
