import pytest
from django.db import transaction

from etl import pipeline


@pytest.fixture(scope="module")
def seeds(django_db_setup, django_db_blocker):
    """Load the seeds once per module, in a transaction rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        pipeline.run()
        try:
            yield
        finally:
            transaction.set_rollback(True)
