from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0005_analysis_indexes"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["updated_at", "id"], name="claims_updated"),
        ),
    ]
