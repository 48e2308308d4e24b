"""CSV for list endpoints: one flat row per result, columns from the serializer's fields."""

import csv
import io

from rest_framework.renderers import BaseRenderer
from rest_framework.serializers import BaseSerializer, ListSerializer

LIST_SEPARATOR = "; "
LABEL_KEYS = ("name", "title", "summary", "author")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def columns_of(serializer: BaseSerializer, prefix: str = "") -> list[str]:
    """Return the flat column names: nested objects become dotted columns, lists one column."""
    columns = []
    for name, field in serializer.fields.items():
        if isinstance(field, BaseSerializer) and not isinstance(field, ListSerializer):
            columns += columns_of(field, f"{prefix}{name}.")
        else:
            columns.append(f"{prefix}{name}")
    return columns


def label(item) -> str:
    """Return a short text for one element of a list: its name, plus its role if it has one."""
    if not isinstance(item, dict):
        return cell(item)
    nested = [value for value in item.values() if isinstance(value, dict)]
    for source in (item, *nested):
        text = next((source[key] for key in LABEL_KEYS if source.get(key)), None)
        if text:
            role = item.get("role")
            return f"{text} ({role})" if role else str(text)
    return str(item.get("id", ""))


def cell(value) -> str:
    """Return the CSV text of one value: blank for null, lists joined, booleans lower-case."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return neutralize(LIST_SEPARATOR.join(label(item) for item in value))
    return neutralize(value) if isinstance(value, str) else str(value)


def neutralize(text: str) -> str:
    """Return text a spreadsheet shows as text, never runs as a formula (OWASP CSV injection).

    Reader comments, quotes and summaries come from outsiders: one opening with =, +, -, @,
    a tab or a carriage return gets a leading apostrophe, which spreadsheets do not show.
    """
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def lookup(row: dict, column: str):
    """Return the value at a dotted column path, or None where a nested object is null."""
    value = row
    for part in column.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


class CSVRenderer(BaseRenderer):
    """text/csv of a list endpoint's current page (the Link header points to the next one)."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        context = renderer_context or {}
        rows = data.get("results", []) if isinstance(data, dict) else data or []
        view = context.get("view")
        columns = columns_of(view.get_serializer()) if view else sorted(rows[0]) if rows else []
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(lookup(row, column)) for column in columns])
        response = context.get("response")
        if response is not None and view is not None:
            filename = f"{getattr(view, 'basename', 'results')}s.csv"
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return buffer.getvalue().encode(self.charset)
