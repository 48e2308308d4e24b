"""Changelists run a constant number of queries however many rows they show, and filter by date."""

import datetime
from itertools import count

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.common.models import Tombstone
from tests import factories
from tests.admin.helpers import admin_url
from tests.project.test_admin_pages import FACTORIES, PROJECT_MODELS

pytestmark = pytest.mark.django_db

_keys = count(1)
REPEATABLE = FACTORIES | {
    "common.Tombstone": lambda: Tombstone.objects.create(
        model="actors.Actor", key=f"actor:{next(_keys)}", deleted_by=factories.make_user()
    )
}


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("label", PROJECT_MODELS)
def test_changelist_queries_do_not_grow_with_rows(admin_client, label):
    url = admin_url(label, "changelist")
    for _ in range(2):
        REPEATABLE[label]()
    few = count_queries(admin_client, url)
    for _ in range(10):
        REPEATABLE[label]()
    assert count_queries(admin_client, url) == few


def test_sourced_rows_filter_by_their_documents_date(curator_client):
    may = factories.make_document(published_on=datetime.date(2007, 5, 9), published_precision="day")
    june = factories.make_document(
        published_on=datetime.date(2007, 6, 1), published_precision="month"
    )
    in_may = factories.make_claim(document=may)
    factories.make_claim(document=june)
    url = admin_url("claims.Claim", "changelist")
    mentions = admin_url("actors.ActorMention", "changelist")
    factories.make_actor_mention(document=may)
    factories.make_actor_mention(document=june)
    response = curator_client.get(
        mentions + "?document__published_on__year=2007&document__published_on__month=5"
    )
    assert [m.document for m in response.context["cl"].result_list] == [may]
    response = curator_client.get(url + "?in_document=" + str(may.pk))
    assert list(response.context["cl"].result_list) == [in_may]
