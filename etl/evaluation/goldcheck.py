"""Check a gold file: JSON Schema, quotes against the document file, ids and reply targets.

A gold file is good when: it is valid against eval/schema/gold.schema.json; its `id` is its
file name; every quote (comments, event mentions, claims) is an exact substring of the
document file, with `occurrence` given when it appears more than once and not beyond the
number of times it appears; every `trigger` is inside its quote; every date has as many parts
as its precision and is a real date; every actor, weapon and event id referred to is defined
(once); comments are numbered 1, 2, 3... in order and `reply_to` names an earlier one.
"""

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator


@dataclass(frozen=True, slots=True)
class GoldProblem:
    """What is wrong with one field of a gold file (`field` is a path: events[2].mentions[0])."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


@cache
def schema_validator(schema_path: Path) -> Draft202012Validator:
    """Return the validator of the gold schema (checked once, then cached)."""
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def check_gold_file(gold_path: Path, document_path: Path, schema_path: Path) -> list[GoldProblem]:
    """Return every problem of one gold file; empty when it is good."""
    name = gold_path.as_posix()
    try:
        data = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return [GoldProblem(name, "(file)", f"not readable JSON ({error})")]
    try:
        text = document_path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return [GoldProblem(name, "(document)", f"{document_path} not readable ({error})")]
    problems = check_gold(data, text, validator=schema_validator(schema_path))
    if isinstance(data, dict) and data.get("id") not in (None, gold_path.stem):
        problems.append(GoldProblem("", "id", f"{data['id']!r} is not the file name"))
    return [GoldProblem(name, p.field, p.message) for p in problems]


def check_gold(data: object, text: str, *, validator: Draft202012Validator) -> list[GoldProblem]:
    """Return the problems of one annotation (already parsed JSON) of the document `text`."""
    errors = sorted(validator.iter_errors(data), key=lambda error: list(error.absolute_path))
    if errors:
        return [GoldProblem("", _field(error.absolute_path), error.message) for error in errors]
    return [
        *_quote_problems(data, text),
        *_date_problems(data),
        *_id_problems(data),
        *_comment_problems(data["comments"]),
    ]


def _field(path) -> str:
    parts = [f"[{part}]" if isinstance(part, int) else f".{part}" for part in path]
    return "".join(parts).lstrip(".") or "(root)"


def _quoted(data: dict):
    for index, comment in enumerate(data["comments"]):
        yield f"comments[{index}]", comment, None
    for index, event in enumerate(data["events"]):
        for number, mention in enumerate(event["mentions"]):
            yield f"events[{index}].mentions[{number}]", mention, mention.get("trigger")
    for index, claim in enumerate(data["claims"]):
        yield f"claims[{index}]", claim, None


def _quote_problems(data: dict, text: str) -> list[GoldProblem]:
    problems = []
    for field, item, trigger in _quoted(data):
        message = _quote_message(item["quote"], item.get("occurrence"), text)
        if message:
            problems.append(GoldProblem("", f"{field}.quote", message))
        if trigger is not None and trigger not in item["quote"]:
            problems.append(GoldProblem("", f"{field}.trigger", f"{trigger!r} not in its quote"))
    return problems


def _quote_message(quote: str, occurrence: int | None, text: str) -> str | None:
    found = count_occurrences(quote, text)
    shown = quote if len(quote) <= 60 else f"{quote[:57]}..."
    if found == 0:
        return f"{shown!r} is not in the document"
    if occurrence is None and found > 1:
        return f"{shown!r} appears {found} times: say which with `occurrence`"
    if occurrence is not None and occurrence > found:
        return f"occurrence {occurrence} of {shown!r}, which appears {found} time(s)"
    return None


def count_occurrences(quote: str, text: str) -> int:
    """Return how many times `quote` starts in `text` (overlapping starts count)."""
    count, start = 0, text.find(quote)
    while start != -1:
        count, start = count + 1, text.find(quote, start + 1)
    return count


def _dates(data: dict):
    yield "header.published", data["header"]["published"]
    for index, comment in enumerate(data["comments"]):
        yield f"comments[{index}].posted", comment.get("posted")
    for index, event in enumerate(data["events"]):
        yield f"events[{index}].date", event["date"]


def _date_problems(data: dict) -> list[GoldProblem]:
    problems = []
    for field, value in _dates(data):
        if value is None:
            continue
        parts = value["value"].split("-")
        depth = ("year", "month", "day").index(value["precision"]) + 1
        if len(parts) != depth:
            message = f"{value['value']!r} does not have the precision {value['precision']!r}"
            problems.append(GoldProblem("", f"{field}.value", message))
            continue
        try:
            date(*(int(part) for part in parts), *[1] * (3 - depth))
        except ValueError:
            problems.append(GoldProblem("", f"{field}.value", f"{value['value']!r} is no date"))
    return problems


def _duplicates(items: list[dict], field: str) -> list[GoldProblem]:
    seen, problems = set(), []
    for index, item in enumerate(items):
        if item["id"] in seen:
            problems.append(GoldProblem("", f"{field}[{index}].id", f"{item['id']!r} twice"))
        seen.add(item["id"])
    return problems


def _id_problems(data: dict) -> list[GoldProblem]:
    actors = {actor["id"] for actor in data["actors"]}
    weapons = {weapon["id"] for weapon in data["weapons"]}
    events = {event["id"] for event in data["events"]}
    problems = [
        *_duplicates(data["actors"], "actors"),
        *_duplicates(data["weapons"], "weapons"),
        *_duplicates(data["events"], "events"),
    ]
    for field, kind, ref in _references(data):
        known = {"actor": actors, "weapon": weapons, "event": events}[kind]
        if ref not in known:
            problems.append(GoldProblem("", field, f"{kind} {ref!r} is not defined"))
    return problems


def _references(data: dict):
    for index, event in enumerate(data["events"]):
        for number, participant in enumerate(event["participants"]):
            yield f"events[{index}].participants[{number}].actor", "actor", participant["actor"]
        for number, weapon in enumerate(event["weapons"]):
            yield f"events[{index}].weapons[{number}]", "weapon", weapon
    for index, claim in enumerate(data["claims"]):
        yield f"claims[{index}].subject", "actor", claim["subject"]
        for part in ("claimant", "reporter", "object"):
            value = claim.get(part) or {}
            for kind in ("actor", "event"):
                if kind in value:
                    yield f"claims[{index}].{part}.{kind}", kind, value[kind]


def _comment_problems(comments: list[dict]) -> list[GoldProblem]:
    problems = []
    for index, comment in enumerate(comments):
        if comment["n"] != index + 1:
            message = f"is {comment['n']}; comments are numbered 1, 2, 3... in text order"
            problems.append(GoldProblem("", f"comments[{index}].n", message))
        target = comment["reply_to"]
        if target is not None and not 1 <= target < comment["n"]:
            message = f"{target} is not an earlier comment of this thread"
            problems.append(GoldProblem("", f"comments[{index}].reply_to", message))
    return problems
