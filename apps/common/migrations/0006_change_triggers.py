from django.db import migrations

from apps.common.changes import BACKFILL, DROP, FUNCTIONS, TRIGGERS


class Migration(migrations.Migration):
    """The triggers that write the change log (apps/common/changes.py), and one "created"
    change for each row stored before them."""

    dependencies = [
        ("common", "0005_changes"),
        ("actors", "0004_updated_index"),
        ("claims", "0006_updated_index"),
        ("comments", "0004_updated_index"),
        ("documents", "0003_updated_index"),
        ("events", "0005_updated_index"),
        ("places", "0004_updated_index"),
        ("weapons", "0004_updated_index"),
    ]

    operations = [migrations.RunSQL(FUNCTIONS + TRIGGERS + BACKFILL, reverse_sql=DROP)]
