"""The per-rule precision page: per extraction rule, rows and curators' decisions."""

import pytest
from django.urls import reverse

from tests import factories
from tests.admin.helpers import admin_url

pytestmark = pytest.mark.django_db


def test_each_rule_shows_its_rows_confirmed_rejected_and_precision(curator_client):
    factories.make_claim(rule="claim.predicate_verb", review_status="confirmed")
    factories.make_claim(rule="claim.predicate_verb", review_status="confirmed")
    factories.make_claim(rule="claim.predicate_verb", review_status="rejected")
    factories.make_actor_mention(rule="claim.predicate_verb")
    factories.make_actor_mention(rule="mention.gazetteer")
    response = curator_client.get(reverse("admin:curation_rules"))
    assert response.status_code == 200
    rows = {item["row"].rule: item for item in response.context["rules"]}
    verb = rows["claim.predicate_verb"]
    assert (verb["row"].rows, verb["row"].confirmed, verb["row"].rejected) == (4, 2, 1)
    assert (verb["unreviewed"], verb["precision"]) == (1, "67%")
    assert rows["mention.gazetteer"]["precision"] is None
    names = [name for name, _ in verb["links"]]
    assert names == ["actor mentions", "claims"]
    claims_url = dict(verb["links"])["claims"]
    assert claims_url == admin_url("claims.Claim", "changelist") + "?rule=claim.predicate_verb"
    assert len(curator_client.get(claims_url).context["cl"].result_list) == 3
