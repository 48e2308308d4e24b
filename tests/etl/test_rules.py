"""The rule table: every rule fires on its examples and not on its counterexamples."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.module_loading import import_string

from etl.extract import extract_evidence
from etl.extract.gazetteer import gazetteer_from_reference
from etl.extract.rules import RULES, RULES_BY_ID, rule_problems
from etl.extract.rules.check import outputs, rows_by_rule
from etl.read.reference import read_reference
from etl.resolve import resolve_evidence

from .evidence_samples import invented_gazetteer
from .helpers import SAMPLES, parse_bytes, seed_paths

GAZETTEER = invented_gazetteer()


def test_the_rule_table_has_unique_ids_kinds_and_examples():
    assert rule_problems(list(RULES)) == []


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_a_rule_makes_the_rows_of_its_examples(rule):
    for example in rule.examples:
        found = outputs(rule, example.text, GAZETTEER)
        assert found and set(example.expected) <= set(found), (example.text, found)


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_a_rule_makes_nothing_of_its_counterexamples(rule):
    for text in rule.counterexamples:
        assert outputs(rule, text, GAZETTEER) == [], text


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_a_rule_names_an_implementation_that_exists(rule):
    assert callable(import_string(rule.implementation))


def test_every_row_of_the_seeds_and_samples_names_a_registered_rule():
    data, _ = read_reference(Path(settings.SEEDS_DIR) / "reference")
    gazetteer = gazetteer_from_reference(data)
    paths = [*seed_paths(), *sorted(SAMPLES.rglob("*.txt"))]
    found = set()
    for path in paths:
        record = parse_bytes(path.read_bytes(), relative_path=path.name)
        for evidence in extract_evidence(record, gazetteer):
            rows = rows_by_rule(resolve_evidence(evidence, gazetteer))
            found |= set(rows)
            assert "" not in rows, path.name
        found |= {actor.rule for e in extract_evidence(record, gazetteer) for actor in e.new_actors}
    assert found - set(RULES_BY_ID) == set()


def test_the_command_lists_every_rule(capsys):
    call_command("extraction_rules")
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines() if line]
    assert listed == [rule.id for rule in RULES]
