from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("weapons", "0003_rule"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="weapon",
            index=models.Index(fields=["updated_at", "id"], name="weapons_updated"),
        ),
    ]
