from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("actors", "0003_rule"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="actor",
            index=models.Index(fields=["updated_at", "id"], name="actors_updated"),
        ),
    ]
