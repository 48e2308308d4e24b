"""Print evaluation results: one table of every set, the JSON of every figure, --explain lists."""

import json
from pathlib import Path

from .baseline import check, read_baseline
from .run import KINDS, SetResult
from .scores import Finding

PRF = "prf"
RATE = "rate"
COUNT = "count"

# (kind, label, figure name without the .precision/.recall/.f1 or .accuracy ending, style)
ROWS = (
    ("headers", "title", "headers.title", PRF),
    ("headers", "published date", "headers.published", PRF),
    ("headers", "author", "headers.author", PRF),
    ("headers", "publisher", "headers.publisher", PRF),
    ("headers", "kind (accuracy)", "headers.kind.accuracy", RATE),
    ("comments", "thread count exact", "comments.threads.accuracy", RATE),
    ("comments", "comments found", "comments.found", PRF),
    ("comments", "author", "comments.author", PRF),
    ("comments", "reply target", "comments.reply", PRF),
    ("comments", "kind (accuracy)", "comments.kind.accuracy", RATE),
    ("actors", "actors found", "actors.found", PRF),
    ("actors", "kind (accuracy)", "actors.kind.accuracy", RATE),
    ("weapons", "weapons found", "weapons.found", PRF),
    ("weapons", "category (accuracy)", "weapons.category.accuracy", RATE),
    ("events", "events found", "events.found", PRF),
    ("events", "date right (found)", "events.date.accuracy", RATE),
    ("events", "type right (found)", "events.type.accuracy", RATE),
    ("events", "place right (found)", "events.place.accuracy", RATE),
    ("events", "killed", "events.killed", PRF),
    ("events", "wounded", "events.wounded", PRF),
    ("events", "captured", "events.captured", PRF),
    ("events", "detained", "events.detained", PRF),
    ("events", "participants", "events.participants", PRF),
    ("events", "weapons", "events.weapons", PRF),
    ("events", "multi-document merged", "events.merged.share", RATE),
    ("events", "wrongly merged (count)", "events.wrongly_merged", COUNT),
    ("events", "split (count)", "events.split", COUNT),
    ("claims", "span", "claims.span", PRF),
    ("claims", "+ subject, object", "claims.span_subject_object", PRF),
    ("claims", "+ stance", "claims.span_subject_object_stance", PRF),
    ("claims", "stance (accuracy)", "claims.stance.accuracy", RATE),
    ("claims", "predicate (accuracy)", "claims.predicate.accuracy", RATE),
    ("claims", "claimant (accuracy)", "claims.claimant.accuracy", RATE),
)
LABEL_WIDTH = 36
CELL_WIDTH = 17


def _number(value) -> str:
    return "   -" if value is None else f"{value:.2f}"


def cell(result: SetResult, name: str, style: str) -> str:
    """Return one set's cell of a row: 'P R F1', a rate, or a count."""
    if not result.annotated:
        return ""
    figures = result.figures
    if style == PRF:
        values = [figures.get(f"{name}.{part}") for part in ("precision", "recall", "f1")]
        return " ".join(_number(value) for value in values)
    if style == COUNT:
        return str(figures.get(name, "-")).rjust(4)
    text = _number(figures.get(name))
    if name == "events.merged.share":
        counts = result.counts
        text += f" ({counts.get('events.merged', 0)}/{counts.get('events.multi_document', 0)})"
    return text


def render_table(results: list[SetResult]) -> str:
    """Return the table of every figure, one column per set (P R F1 or a single value)."""
    lines = [_title(results), ""]
    lines.append(" " * LABEL_WIDTH + "".join(r.name.ljust(CELL_WIDTH) for r in results).rstrip())
    lines.append(" " * LABEL_WIDTH + ("P    R    F1".ljust(CELL_WIDTH) * len(results)).rstrip())
    previous = None
    for kind, label, name, style in ROWS:
        head = kind if kind != previous else ""
        previous = kind
        cells = "".join(cell(result, name, style).ljust(CELL_WIDTH) for result in results)
        lines.append(f"  {head:<10}{label:<{LABEL_WIDTH - 12}}{cells}".rstrip())
    lines += ["", *_notes(results)]
    return "\n".join(lines).rstrip() + "\n"


def _title(results: list[SetResult]) -> str:
    sets = ", ".join(f"{r.name} {r.annotated}/{r.documents}" for r in results)
    return f"Evaluation (annotated documents: {sets})"


def _notes(results: list[SetResult]) -> list[str]:
    notes = []
    for result in results:
        if not result.annotated:
            notes.append(
                f"{result.name}: no gold yet ({result.documents} documents): nothing scored"
            )
            continue
        seconds = sum(result.seconds.values())
        counts = result.counts
        notes.append(
            f"{result.name}: {seconds:.1f} s; gold/stored: events {counts.get('events.gold', 0)}"
            f"/{counts.get('events.stored', 0)}, claims {counts.get('claims.gold', 0)}"
            f"/{counts.get('claims.stored', 0)}, comments {counts.get('comments.gold', 0)}"
            f"/{counts.get('comments.stored', 0)}"
        )
        notes += [f"  loader {problem}" for problem in result.problems]
    return notes


def render_guard(results: list[SetResult], path: Path) -> str:
    """Return what the regression guard says of these results against the baseline file."""
    baseline = read_baseline(path)
    lines = [f"Against {path.parent.name}/{path.name} (tolerance {baseline.tolerance}):"]
    for result in results:
        verdict = check(baseline, result)
        if verdict.note:
            lines.append(f"  {verdict.note}")
        elif not verdict.regressions:
            lines.append(f"  {result.name}: all {verdict.checked} figures hold")
        lines += [f"  {regression}" for regression in verdict.regressions]
    return "\n".join(lines) + "\n"


def render_json(results: list[SetResult], explain: str | None = None) -> str:
    """Return every figure (and, with explain, that kind's findings) as JSON."""
    data = {"sets": {result.name: result.to_dict() for result in results}}
    if explain:
        for result in results:
            data["sets"][result.name]["explain"] = {
                explain: [_finding_dict(f) for f in result.findings.get(explain, [])]
            }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _finding_dict(finding: Finding) -> dict:
    return {
        "document": finding.document,
        "verdict": finding.verdict,
        "what": finding.what,
        "passage": finding.passage,
    }


def render_explain(results: list[SetResult], kind: str) -> str:
    """Return the misses, inventions and wrong values of one kind, set by set."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}: one of {', '.join(KINDS)}")
    lines = []
    for result in results:
        findings = result.findings.get(kind, [])
        tally = {v: sum(f.verdict == v for f in findings) for v in ("miss", "invention", "wrong")}
        summary = ", ".join(f"{verdict}: {count}" for verdict, count in tally.items())
        lines.append(f"{result.name}: {kind}: {summary}")
        for finding in findings:
            lines.append(f"  {finding.verdict:<10}{finding.document}  {finding.what}")
            if finding.passage:
                lines.append(f'              "{finding.passage}"')
    return "\n".join(lines) + "\n"


# The README's table: the figures a reader asks first, from eval/baseline.json.
SUMMARY_ROWS = (
    ("title", "headers.title.f1"),
    ("publication date", "headers.published.f1"),
    ("comment threads, count exact", "comments.threads.accuracy"),
    ("comment authors", "comments.author.f1"),
    ("comment reply targets", "comments.reply.f1"),
    ("actors", "actors.found.f1"),
    ("weapons", "weapons.found.f1"),
    ("events", "events.found.f1"),
    ("dates right on found events", "events.date.accuracy"),
    ("multi-document events merged", "events.merged.share"),
    ("claims: span", "claims.span.f1"),
    ("claims: + subject and object", "claims.span_subject_object.f1"),
    ("claims: + stance", "claims.span_subject_object_stance.f1"),
    ("stance accuracy on found claims", "claims.stance.accuracy"),
)
SUMMARY_START = "<!-- evaluation figures: `manage.py evaluate --markdown` prints this table -->"
SUMMARY_END = "<!-- end of evaluation figures -->"


def render_markdown(baseline_sets: dict) -> str:
    """Return the summary table (F1 or a rate per set) of a baseline file's sets, as Markdown."""
    names = [name for name in baseline_sets if baseline_sets[name].get("figures")]
    head = ["figure (F1 unless a rate)"] + [
        f"{name} ({baseline_sets[name]['annotated']} docs)" for name in names
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for label, figure in SUMMARY_ROWS:
        values = [baseline_sets[name]["figures"].get(figure) for name in names]
        cells = ["–" if value is None else f"{value:.2f}" for value in values]
        lines.append("| " + " | ".join([label, *cells]) + " |")
    return "\n".join([SUMMARY_START, *lines, SUMMARY_END]) + "\n"


def replace_summary(text: str, table: str) -> str:
    """Return text with the block between the summary markers replaced by table."""
    start, end = text.index(SUMMARY_START), text.index(SUMMARY_END) + len(SUMMARY_END)
    return text[:start] + table.rstrip("\n") + text[end:]
