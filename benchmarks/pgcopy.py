"""Write rows straight into the project's tables with PostgreSQL COPY (through Django's connection).

Columns come from the models, so a column another change adds is filled with its model default;
timestamps get the time of the run. No signals run and no history rows are written: this is for
benchmark data, never for the loader.
"""

from django.db import connection
from django.db.models import Max, Model
from django.utils import timezone


def _columns(model: type[Model]) -> list:
    return [field for field in model._meta.concrete_fields if not field.generated]


def _value(field, row: dict, now):
    if field.attname in row:
        return row[field.attname]
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return now
    return field.get_default()


def copy_rows(model: type[Model], rows: list[dict]) -> int:
    """COPY the rows (dicts keyed by attribute name, ids included) into the model's table."""
    fields = _columns(model)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    now = timezone.now()
    sql = f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row([_value(field, row, now) for field in fields])
    return len(rows)


def next_id(model: type[Model]) -> int:
    """Return the first id above every id the table holds."""
    return (model.objects.aggregate(top=Max("id"))["top"] or 0) + 1


def reset_sequence(model: type[Model]) -> None:
    """Move the id sequence past the ids COPY wrote, so later inserts do not collide."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence(%s, 'id'), "
            f"(SELECT COALESCE(MAX(id), 1) FROM {connection.ops.quote_name(table)}))",
            [table],
        )
