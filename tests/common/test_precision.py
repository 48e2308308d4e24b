import pytest
from django.core.management import call_command

from apps.common.precision import rule_precision
from tests.factories import make_actor, make_actor_mention, make_claim

pytestmark = pytest.mark.django_db


def test_precision_per_rule_counts_every_kind_of_row_and_the_curators_decisions():
    make_claim(rule="claim.predicate_verb", review_status="confirmed")
    make_claim(rule="claim.predicate_verb", review_status="rejected")
    make_actor_mention(rule="claim.predicate_verb")
    make_actor_mention(rule="mention.gazetteer", review_status="confirmed")
    by_rule = {row.rule: row for row in rule_precision()}
    verb = by_rule["claim.predicate_verb"]
    assert (verb.rows, verb.confirmed, verb.rejected, verb.precision) == (3, 1, 1, 0.5)
    assert by_rule["mention.gazetteer"].precision == 1.0


def test_a_rule_no_curator_judged_has_no_precision_yet():
    make_actor(rule="mention.titled_person", origin="extracted")
    assert {row.rule: row.precision for row in rule_precision()}["mention.titled_person"] is None


def test_the_command_prints_one_line_per_rule(capsys):
    make_claim(rule="claim.giving", review_status="confirmed")
    call_command("rule_precision")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["rule", "rows", "confirmed", "rejected", "precision"]
    assert [line.split() for line in lines if line.startswith("claim.giving")] == [
        ["claim.giving", "1", "1", "0", "1.00"]
    ]
