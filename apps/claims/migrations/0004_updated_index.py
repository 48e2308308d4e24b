from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0003_rule_and_object_kinds"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="claim",
            index=models.Index(fields=["updated_at", "id"], name="claims_updated"),
        ),
    ]
