"""The command's database is its own: made from the models, dropped afterwards."""

import pytest
from django.db import connection

from apps.documents.models import Document
from etl.evaluation.run import evaluate_set, fresh_database

from .fixtures import fixture_corpus

# Outside a test transaction: creating and dropping a database cannot happen inside one.
pytestmark = pytest.mark.django_db(transaction=True)


def database_names() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT datname FROM pg_database")
        return {row[0] for row in cursor.fetchall()}


def test_evaluation_runs_in_a_database_of_its_own_and_drops_it():
    main = connection.settings_dict["NAME"]
    with fresh_database() as name:
        assert name == f"{main}_evaluation"
        assert connection.settings_dict["NAME"] == name
        result = evaluate_set(fixture_corpus().eval_set("dev"))
        assert Document.objects.count() == 0  # each set's load is rolled back
    assert connection.settings_dict["NAME"] == main
    assert name not in database_names()
    assert result.annotated == 1
    assert result.figures["headers.title.f1"] == 1.0
