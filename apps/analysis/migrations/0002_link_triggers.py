from django.db import migrations

from apps.analysis.links import DROP, FUNCTIONS, REBUILD, TRIGGERS


class Migration(migrations.Migration):
    dependencies = [
        ("analysis", "0001_initial"),
        ("actors", "0002_stale_rows"),
        ("claims", "0002_stale_rows"),
        ("events", "0002_stale_rows"),
    ]

    operations = [
        migrations.RunSQL(
            FUNCTIONS + TRIGGERS + REBUILD, reverse_sql=DROP + "DELETE FROM analysis_actorlink;"
        ),
    ]
