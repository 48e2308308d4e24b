from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0004_analysis_indexes"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="event",
            index=models.Index(fields=["updated_at", "id"], name="events_updated"),
        ),
    ]
