"""The rule table's records: what a rule is, what it makes, and the examples that pin it.

Every row extraction makes records the id of its rule (`<family>.<name>`: mention.gazetteer,
claim.predicate_verb). A rule is either a registered function (the first, regex-based rules,
named by the dotted path of the function that applies them) or a pipeline pattern (the
gazetteer ruler, the statistical NER); its examples must make the rows they list, its
counterexamples must make no row of that rule (tests/etl/test_rules.py runs them all).
"""

import re
from dataclasses import dataclass
from datetime import date

KINDS = ("function", "entity_ruler", "model")
ROWS = ("mention", "relation", "event report", "participant", "event weapon", "claim", "entity")
DEFAULT_DATE = date(2007, 5, 9)  # the date of the examples' document
_ID = re.compile(r"^[a-z_]+\.[a-z_]+$")


@dataclass(frozen=True, slots=True)
class Example:
    """A text a rule must fire on, with rows it must make (as `outputs` renders them)."""

    text: str
    expected: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Rule:
    """One named extraction rule."""

    id: str
    row: str  # the kind of row it makes (ROWS)
    kind: str  # KINDS
    implementation: str  # dotted path of the function or component that applies it
    description: str
    examples: tuple[Example, ...]
    counterexamples: tuple[str, ...]


def rule_problems(rules: list[Rule]) -> list[str]:
    """Return what is wrong with a rule table: ids, kinds, missing examples (empty: none)."""
    problems, seen = [], set()
    for rule in rules:
        if not _ID.match(rule.id) or rule.id in seen:
            problems.append(f"{rule.id}: an id is <family>.<name> and unique")
        seen.add(rule.id)
        if rule.kind not in KINDS or rule.row not in ROWS:
            problems.append(f"{rule.id}: unknown kind {rule.kind!r} or row {rule.row!r}")
        if not rule.examples or not rule.counterexamples:
            problems.append(f"{rule.id}: needs an example and a counterexample")
        if not rule.description.strip():
            problems.append(f"{rule.id}: needs a description")
    return problems
