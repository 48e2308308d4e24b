from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0003_posted_precision"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="comment",
            index=models.Index(fields=["updated_at", "id"], name="comments_updated"),
        ),
    ]
