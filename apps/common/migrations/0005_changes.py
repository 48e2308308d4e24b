import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("common", "0004_duplicate_dismissals"),
    ]

    operations = [
        migrations.CreateModel(
            name="ChangeSet",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "seq",
                    models.BigIntegerField(
                        help_text="Commit order (null until the commit numbers it).",
                        null=True,
                        unique=True,
                    ),
                ),
                ("committed_at", models.DateTimeField(null=True)),
            ],
            options={
                "ordering": ["seq"],
            },
        ),
        migrations.CreateModel(
            name="Change",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        help_text="The endpoint's noun: actor, event, ...", max_length=16
                    ),
                ),
                ("object_id", models.BigIntegerField()),
                (
                    "action",
                    models.CharField(
                        choices=[
                            ("created", "Created"),
                            ("updated", "Updated (its own fields or a nested row)"),
                            ("reviewed", "Review status changed"),
                            ("stale", "Marked stale (no longer found in its source)"),
                            ("current", "Found in its source again (no longer stale)"),
                            ("deleted", "Deleted"),
                            ("merged", "Merged into another row"),
                        ],
                        max_length=16,
                    ),
                ),
                (
                    "merged_into",
                    models.BigIntegerField(
                        help_text="For a merge: the id of the row that absorbed this one.",
                        null=True,
                    ),
                ),
                (
                    "changeset",
                    models.ForeignKey(
                        db_constraint=False,
                        db_index=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="changes",
                        to="common.changeset",
                    ),
                ),
            ],
            options={
                "ordering": ["id"],
                "indexes": [
                    models.Index(fields=["changeset", "id"], name="common_change_changeset"),
                    models.Index(
                        fields=["kind", "object_id", "changeset"], name="common_change_object"
                    ),
                ],
            },
        ),
    ]
