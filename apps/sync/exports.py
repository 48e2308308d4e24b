"""Bulk exports: every row a list shows by default, as JSON lines or CSV, streamed.

Rows are read in chunks (a server-side cursor; each chunk's prefetches run once), turned
into the list endpoint's JSON by its serializer, and written out line by line: memory stays
the size of one chunk whatever the size of the table. CSV cells are neutralised against
formula injection as in the API's CSV. With `since` (a changes-feed position), only the
rows created or changed after it.
"""

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet
from rest_framework.serializers import Serializer

from apps.actors.selectors import actor_list
from apps.actors.serializers import ActorSerializer
from apps.claims.selectors import claim_list
from apps.claims.serializers import ClaimSerializer
from apps.comments.selectors import comment_list
from apps.comments.serializers import CommentSerializer
from apps.common.api.renderers import cell, columns_of, lookup
from apps.common.api.serializers import MATCH
from apps.common.selectors import visible
from apps.documents.selectors import document_list
from apps.documents.serializers import DocumentSerializer
from apps.events.selectors import event_list
from apps.events.serializers import EventSerializer
from apps.places.selectors import place_list
from apps.places.serializers import PlaceSerializer
from apps.weapons.selectors import weapon_list
from apps.weapons.serializers import WeaponSerializer

from .selectors import changed_ids

SCHEMA_VERSION = 1
FORMATS = ("jsonl", "csv")
CHUNK = 500


@dataclass(frozen=True, slots=True)
class Export:
    """One kind of row: its changes-feed noun, list selector and list serializer."""

    noun: str
    selector: Callable[[], QuerySet]
    serializer: type[Serializer]


EXPORTS = {
    "documents": Export("document", document_list, DocumentSerializer),
    "comments": Export("comment", comment_list, CommentSerializer),
    "actors": Export("actor", actor_list, ActorSerializer),
    "weapons": Export("weapon", weapon_list, WeaponSerializer),
    "places": Export("place", place_list, PlaceSerializer),
    "events": Export("event", event_list, EventSerializer),
    "claims": Export("claim", claim_list, ClaimSerializer),
}


def export_rows(kind: str, since: tuple[int, int] | None = None) -> QuerySet:
    """Return the rows of `kind` a list shows by default (changed after `since`), by id."""
    export = EXPORTS[kind]
    rows = visible(export.selector())
    if since is not None:
        rows = rows.filter(pk__in=changed_ids(kind=export.noun, after=since))
    return rows.order_by("pk")


def _serializer(kind: str, context: dict) -> Serializer:
    serializer = EXPORTS[kind].serializer(context=context)
    serializer.fields.pop(MATCH, None)
    return serializer


def export_lines(kind: str, fmt: str, rows: QuerySet, context: dict) -> Iterator[str]:
    """Yield the export of `rows` line by line: JSON objects, or CSV with a header first."""
    serializer = _serializer(kind, context)
    columns = columns_of(serializer) if fmt == "csv" else []
    if fmt == "csv":
        yield _csv_line(columns)
    # The iterator reads CHUNK rows at a time and runs their prefetches once per chunk.
    for row in rows.iterator(chunk_size=CHUNK):
        item = serializer.to_representation(row)
        if fmt == "csv":
            yield _csv_line([cell(lookup(item, column)) for column in columns])
        else:
            yield json.dumps(item, cls=DjangoJSONEncoder, ensure_ascii=False) + "\n"


def _csv_line(values: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(values)
    return buffer.getvalue()
