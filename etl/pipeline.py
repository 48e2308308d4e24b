"""Run the loader: read -> decode + repair -> parse -> validate -> load, one file at a time.

Contract: every file loads in its own transaction (all of its rows or none); a file that
fails is reported with its reason and never stops the others; nothing stored is removed.
With dry_run the whole run happens in a transaction that is rolled back at the end, so the
report shows what a real run would do and nothing is written.
"""

import hashlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import transaction

from etl.clean import clean_text
from etl.decode import NotText, decode_bytes
from etl.load import FileContext, Stage
from etl.parse import parse_document
from etl.read import InputFile, Unreadable, find_inputs, read_bytes
from etl.records import DocumentRecord, Problem, SourceFile
from etl.report import FileResult, LoadReport, Tally
from etl.stages import default_stages
from etl.staleness import mark_stale
from etl.validate import validate

Progress = Callable[[int, int, FileResult, list[Problem]], None]


def run(
    paths: list[str] | None = None,
    *,
    dry_run: bool = False,
    max_bytes: int | None = None,
    seeds_dir: Path | None = None,
    stages: list[Stage] | None = None,
    progress: Progress | None = None,
) -> LoadReport:
    """Load the files and folders in `paths` (default: the seeds folder); return the report."""
    seeds_dir = Path(seeds_dir or settings.SEEDS_DIR)
    max_bytes = max_bytes or settings.LOADER_MAX_FILE_BYTES
    stages = default_stages() if stages is None else stages
    report = LoadReport(dry_run=dry_run)
    inputs, problems = find_inputs(list(paths or []), seeds_dir=seeds_dir)
    report.problems.extend(problems)
    with _run_transaction(dry_run):
        for stage in stages:
            with _timed(report, f"prepare:{stage.name}"):
                stage.prepare(report)
        for index, item in enumerate(inputs, start=1):
            before = len(report.problems)
            result = load_file(item, stages=stages, report=report, max_bytes=max_bytes)
            report.files.append(result)
            if progress is not None:
                progress(index, len(inputs), result, report.problems[before:])
    return report


def load_file(
    item: InputFile, *, stages: list[Stage], report: LoadReport, max_bytes: int
) -> FileResult:
    """Read, parse, validate and load one file; report its problems; return what happened."""
    failed = FileResult(path=item.path, loaded=False)
    try:
        with _timed(report, "read"):
            source, text, repairs = _read(item, max_bytes, report)
        with _timed(report, "parse"):
            record = parse_document(source, text, repairs)
    except (Unreadable, NotText) as error:
        return _fail(report, failed, str(error))
    except Exception as error:  # a parser bug must cost one file, not the run
        return _fail(report, failed, f"could not be parsed ({type(error).__name__}: {error})")
    problems = validate(record, source=item.path)
    if problems:
        report.problems.extend(problems)
        return failed
    try:
        tally = _load(record, stages, report)
    except Exception as error:  # the file's transaction rolled back; others are unaffected
        return _fail(report, failed, f"not loaded ({type(error).__name__}: {error})")
    report.merge(tally)
    return _result(item, record)


def _read(item: InputFile, max_bytes: int, report: LoadReport) -> tuple[SourceFile, str, tuple]:
    data = read_bytes(item.path, max_bytes=max_bytes)
    decoded = decode_bytes(data)
    if decoded.warning:
        report.problems.append(Problem(item.path, decoded.warning, severity="warning"))
    text, repairs = clean_text(decoded.text)
    source = SourceFile(
        path=item.path,
        relative_path=item.relative_path,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=decoded.encoding,
        raw_text=decoded.text,
        repairs=(f"{decoded.encoding}-fallback",) if decoded.warning else (),
    )
    return source, text, repairs


def _load(record: DocumentRecord, stages: list[Stage], report: LoadReport) -> Tally:
    tally = Tally()
    with transaction.atomic():
        context = FileContext(record=record, tally=tally)
        for stage in stages:
            with _timed(report, stage.name):
                stage.load(context)
        with _timed(report, "stale"):
            kinds = {kind for stage in stages for kind in stage.stale_kinds}
            mark_stale(context, kinds)
    return tally


def _fail(report: LoadReport, result: FileResult, message: str) -> FileResult:
    report.problems.append(Problem(result.path, message))
    return result


def _result(item: InputFile, record: DocumentRecord) -> FileResult:
    return FileResult(
        path=item.path,
        loaded=True,
        key=record.key,
        kind=record.kind,
        title=record.title,
        rows=len(record.rows),
        comments=len(record.comments),
        encoding=record.encoding,
        repairs=record.repairs,
    )


@contextmanager
def _run_transaction(dry_run: bool) -> Iterator[None]:
    if not dry_run:
        yield
        return
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


@contextmanager
def _timed(report: LoadReport, stage: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        report.time(stage, time.perf_counter() - started)
