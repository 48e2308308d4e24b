"""Render a LoadReport as the text an operator reads at the end of a run."""

from etl.report import FOLDED, OUTCOMES, FileResult, LoadReport

LABELS = {
    "document": "documents",
    "dossier_row": "dossier rows",
    "comment": "comments",
    "actor_alias": "actor aliases",
    "weapon_alias": "weapon aliases",
    "place_alias": "place aliases",
    "evidence_document": "docs not extracted",
}
MIN_WIDTH = 14
FOLDED_EVENT = "folded into an event of another document"
FOLDED_ROW = "already in the event the report was folded into (not repeated)"


def render_report(report: LoadReport, *, verbosity: int = 1) -> str:
    """Return the final report: files, a table of outcomes per kind of row, problems, notes."""
    data = report.to_dict()
    files = data["files"]
    labels = {kind: LABELS.get(kind, kind.replace("_", " ") + "s") for kind in report.kinds()}
    width = max([MIN_WIDTH, *map(len, labels.values())])
    lines = [
        f"Files read: {files['read']}, loaded: {files['loaded']}, failed: {files['failed']}"
        + (" (dry run: nothing was written)" if report.dry_run else ""),
        "",
        f"  {'':<{width}}" + "".join(f"{outcome:>11}" for outcome in OUTCOMES),
    ]
    for kind, label in labels.items():
        counts = "".join(f"{report.count(kind, o):>11}" for o in OUTCOMES)
        lines.append(f"  {label:<{width}}" + counts)
    lines += _folded(report, labels)
    if verbosity >= 2:
        lines += ["", "Documents:"] + [_describe(result) for result in report.files]
    if report.problems:
        lines += ["", f"Problems ({len(report.problems)}):"]
        lines += [f"  {p.severity.upper():<8} {p.source}: {p.message}" for p in report.problems]
    if report.notes:
        lines += ["", "Notes:"] + [f"  {note}" for note in report.notes]
    return "\n".join(lines)


def _folded(report: LoadReport, labels: dict[str, str]) -> list[str]:
    """Say what the folded column means, for the kinds that have folded rows."""
    lines = [
        f"  {label}: {report.count(kind, FOLDED)} "
        + (FOLDED_EVENT if kind == "event" else FOLDED_ROW)
        for kind, label in labels.items()
        if report.count(kind, FOLDED)
    ]
    return ["", "Folded (reports of one event in several documents):", *lines] if lines else []


def describe_file(result: FileResult, *, dry_run: bool = False) -> str:
    """Return one progress line for a file that was read."""
    if not result.loaded:
        return f"failed  {result.path}"
    verb = "checked" if dry_run else "loaded "
    parts = [result.kind]
    if result.rows:
        parts.append(f"{result.rows} dossier rows")
    parts.append(f"{result.comments} comments")
    return f"{verb} {result.path}: " + ", ".join(parts)


def _describe(result: FileResult) -> str:
    if not result.loaded:
        return f"  {result.path}: not loaded"
    repairs = f"; repairs: {', '.join(result.repairs)}" if result.repairs else ""
    return (
        f"  {result.path} [{result.key}] {result.kind} {result.title!r}: "
        f"{result.rows} dossier rows, {result.comments} comments; {result.encoding}{repairs}"
    )
