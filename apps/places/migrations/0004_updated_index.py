from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("places", "0003_rule"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="place",
            index=models.Index(fields=["updated_at", "id"], name="places_updated"),
        ),
    ]
