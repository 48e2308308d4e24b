"""Run the loader: read -> parse -> extract -> resolve -> validate -> load, one file at a time.

Contract: every file loads in its own transaction (all of its rows or none); a file that
fails is reported with its reason and never stops the others; nothing stored is removed.
With dry_run the whole run happens in a transaction that is rolled back at the end, so the
report shows what a real run would do and nothing is written.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from django.conf import settings
from django.db import transaction

from etl.budget import BudgetExceeded, time_budget
from etl.extract import extract_evidence
from etl.extract.gazetteer import Gazetteer
from etl.load import Loader
from etl.lock import loader_lock
from etl.parse import parse_document
from etl.read import InputFile, NotText, Unreadable, find_inputs, read_file, read_reference
from etl.records import DocumentRecord, Problem
from etl.report import FileResult, LoadReport
from etl.resolve import resolve_evidence
from etl.validate import validate

Progress = Callable[[int, int, FileResult, list[Problem]], None]


def run(
    paths: list[str] | None = None,
    *,
    dry_run: bool = False,
    max_bytes: int | None = None,
    seeds_dir: Path | None = None,
    reference_dir: Path | None = None,
    progress: Progress | None = None,
    notify: Callable[[str], None] | None = None,
) -> LoadReport:
    """Load the files and folders in `paths` (default: the seeds folder); return the report.

    One run at a time loads into a database: a second one calls `notify` and waits.
    """
    seeds_dir = Path(seeds_dir or settings.SEEDS_DIR)
    reference_dir = Path(reference_dir or Path(settings.SEEDS_DIR) / "reference")
    max_bytes = max_bytes or settings.LOADER_MAX_FILE_BYTES
    report = LoadReport(dry_run=dry_run)
    inputs, problems = find_inputs(list(paths or []), seeds_dir=seeds_dir)
    report.problems.extend(problems)
    with loader_lock(notify), _run_transaction(dry_run):
        loader = Loader(report)
        with report.timed("reference"):
            reference, problems = read_reference(reference_dir)
            report.problems.extend(replace(problem, severity="warning") for problem in problems)
            gazetteer = loader.load_reference(reference)
        for index, item in enumerate(inputs, start=1):
            before = len(report.problems)
            result = load_file(item, gazetteer, loader, report=report, max_bytes=max_bytes)
            report.files.append(result)
            if progress is not None:
                progress(index, len(inputs), result, report.problems[before:])
    return report


def load_file(
    item: InputFile, gazetteer: Gazetteer, loader: Loader, *, report: LoadReport, max_bytes: int
) -> FileResult:
    """Read, parse, extract, resolve, validate and load one file; return what happened.

    The file gets settings.LOADER_FILE_TIME_BUDGET seconds: past them it is reported as
    over its budget, nothing of it is stored, and the run goes on with the next file.
    """
    with time_budget(settings.LOADER_FILE_TIME_BUDGET):
        return _load_file(item, gazetteer, loader, report=report, max_bytes=max_bytes)


def _load_file(
    item: InputFile, gazetteer: Gazetteer, loader: Loader, *, report: LoadReport, max_bytes: int
) -> FileResult:
    timed, failing = report.timed, "parsed"
    try:
        with timed("read"):
            source, text, repairs = read_file(item, max_bytes=max_bytes)
        if source.warning:
            report.problems.append(Problem(item.path, source.warning, severity="warning"))
        with timed("parse"):
            document = parse_document(source, text, repairs)
        failing = "extracted"
        with timed("extract"):
            evidence = extract_evidence(document, gazetteer)
        with timed("resolve"):
            evidence = [resolve_evidence(found, gazetteer) for found in evidence]
    except (Unreadable, NotText, BudgetExceeded) as error:
        return _failed(report, item, str(error))
    except Exception as error:  # a parser or extractor bug must cost one file, not the run
        return _failed(report, item, f"could not be {failing} ({type(error).__name__}: {error})")
    report.problems.extend(
        Problem(item.path, warning, severity="warning") for warning in document.warnings
    )
    with timed("validate"):
        problems = validate(document, evidence, source=item.path)
    if problems:
        report.problems.extend(problems)
        return FileResult(path=item.path, loaded=False)
    try:
        report.merge(loader.load(document, evidence))
    except Exception as error:  # the file's transaction rolled back; others are unaffected
        return _failed(report, item, f"not loaded ({type(error).__name__}: {error})")
    return _loaded(item, document)


def _failed(report: LoadReport, item: InputFile, message: str) -> FileResult:
    report.problems.append(Problem(item.path, message))
    return FileResult(path=item.path, loaded=False)


def _loaded(item: InputFile, document: DocumentRecord) -> FileResult:
    return FileResult(
        path=item.path,
        loaded=True,
        key=document.key,
        kind=document.kind,
        title=document.title,
        rows=len(document.rows),
        comments=len(document.comments),
        encoding=document.encoding,
        repairs=document.repairs,
    )


@contextmanager
def _run_transaction(dry_run: bool) -> Iterator[None]:
    if not dry_run:
        yield
        return
    with transaction.atomic():
        yield
        transaction.set_rollback(True)
