from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0002_stale_rows"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="document",
            index=models.Index(fields=["updated_at", "id"], name="documents_updated"),
        ),
    ]
