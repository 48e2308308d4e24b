"""The per-rule precision page: per extraction rule, rows and curators' decisions."""

import pytest
from django.urls import reverse

from apps.claims.models import Claim
from apps.common.admin.columns import has_path
from tests import factories
from tests.admin.helpers import admin_url

pytestmark = pytest.mark.django_db

HAS_RULES = has_path(Claim, "rule")


@pytest.mark.skipif(not HAS_RULES, reason="the extraction engine's rule column is not here yet")
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


@pytest.mark.skipif(HAS_RULES, reason="the extraction engine's rule column is here")
def test_before_the_rule_column_exists_the_page_says_so(curator_client):
    response = curator_client.get(reverse("admin:curation_rules"))
    assert response.status_code == 200
    assert 'id="no-rule-column"' in response.content.decode()
