"""The extraction lexicons: one YAML file per concept, read and checked once per process.

Each file opens with a comment saying what its words are for. Rules never keep word lists of
their own: they take them from here (`words`, `forms`, `entries`) and build their patterns with
`alternation`. The shape of every file is checked on first use (LexiconError); that the keys
are the models' choices is a Django system check (checks.py, run by `manage.py check`).
"""

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import yaml

FOLDER = Path(__file__).resolve().parent


class LexiconError(ValueError):
    """A lexicon file is missing or not shaped as its loader expects."""


@cache
def lexicon(name: str) -> dict:
    """Return the contents of lexicons/<name>.yaml: a mapping of sections."""
    path = FOLDER / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise LexiconError(f"{path.name}: {error}") from error
    if not isinstance(data, dict) or not data:
        raise LexiconError(f"{path.name}: expected a mapping of sections")
    for section, value in data.items():
        if not isinstance(value, dict | list | str):
            raise LexiconError(f"{path.name}: section {section!r} is no list, mapping or word")
    return data


def names() -> list[str]:
    """Return the names of every lexicon file."""
    return sorted(path.stem for path in FOLDER.glob("*.yaml"))


def section(name: str, key: str) -> dict | list | str:
    """Return one section of a lexicon."""
    data = lexicon(name)
    if key not in data:
        raise LexiconError(f"{name}.yaml: no section {key!r}")
    return data[key]


def words(name: str, key: str) -> tuple[str, ...]:
    """Return a section that is a list of words or phrases."""
    found = section(name, key)
    if not isinstance(found, list) or not all(isinstance(word, str) for word in found):
        raise LexiconError(f"{name}.yaml: section {key!r} must be a list of words")
    return tuple(found)


def mapping(name: str, key: str) -> dict[str, str | int]:
    """Return a section that maps words to plain values (a relation, a number)."""
    found = section(name, key)
    if not isinstance(found, dict) or not all(isinstance(v, str | int) for v in found.values()):
        raise LexiconError(f"{name}.yaml: section {key!r} must map words to values")
    return {str(word): value for word, value in found.items()}


def entries(name: str, key: str) -> dict[str, dict]:
    """Return a section that maps each entry's key to its fields."""
    found = section(name, key)
    if not isinstance(found, dict) or not all(isinstance(v, dict) for v in found.values()):
        raise LexiconError(f"{name}.yaml: section {key!r} must map keys to fields")
    return found


def speech_forms(*senses: str, attributing: bool = False) -> tuple[str, ...]:
    """Return the forms of the speech verbs of these senses (every sense if none).

    `attributing` keeps only what can name a claimant ("X said"): no frame-only verb ("held"),
    no ambiguous form ("believed").
    """
    return tuple(
        form
        for verb in entries("speech_verbs", "verbs").values()
        if (not senses or verb["sense"] in senses) and not (attributing and verb.get("frame_only"))
        for form in verb["forms"]
        if not (attributing and form in verb.get("ambiguous", ()))
    )


def speech_selection(name: str) -> tuple[str, ...]:
    """Return one of the speech verbs' named selections of forms (see speech_verbs.yaml)."""
    selections = section("speech_verbs", "selections")
    if not isinstance(selections, dict) or name not in selections:
        raise LexiconError(f"speech_verbs.yaml: no selection {name!r}")
    return tuple(selections[name])


def predicates() -> dict[str, dict]:
    """Return the claim predicates with their words, in file order."""
    return entries("predicates", "predicates")


def predicate_words(kind: str) -> dict[str, tuple[str, ...]]:
    """Return, per predicate that has any, its words of one kind (verbs, nouns, goods...)."""
    return {name: tuple(fields[kind]) for name, fields in predicates().items() if kind in fields}


def all_predicate_words(kind: str) -> tuple[str, ...]:
    """Return the words of one kind of every predicate, in file order."""
    return tuple(word for words in predicate_words(kind).values() for word in words)


def event_types() -> dict[str, dict]:
    """Return the event types of the trigger lexicon, with their fields, in file order."""
    return entries("event_triggers", "types")


def event_types_where(flag: str) -> frozenset[str]:
    """Return the event types whose `flag` is true (hostile, outcome, violent...)."""
    return frozenset(name for name, fields in event_types().items() if fields.get(flag))


def event_families() -> dict[str, str]:
    """Return the family of each event type that has one."""
    return {name: fields["family"] for name, fields in event_types().items() if "family" in fields}


def trigger_alternations(kind: str) -> dict[str, str]:
    """Return, per event type with any, the regex of its trigger `kind` ("verbs" or "nouns")."""
    singular = kind.removesuffix("s")
    found = {}
    for name, fields in event_types().items():
        parts = [alternation(fields.get(kind, ())), *fields.get(f"{singular}_patterns", ())]
        parts = [part for part in parts if part]
        if parts:
            found[name] = "|".join(parts)
    return found


def alternation(forms: Iterable[str]) -> str:
    """Return a regex alternation of literal forms, longest first; a space matches any space."""
    unique = sorted(set(forms), key=lambda form: (-len(form), form))
    return "|".join(r"\s+".join(map(re.escape, form.split())) for form in unique)
