"""Keyset pages behind opaque cursors: which list a page continues, and where it stopped.

A cursor is the sort key of the last row shown, plus the name of the list it belongs to,
as URL-safe base64 JSON. The next page asks for rows whose key is strictly below it (lists
sort descending), so a page costs the same however deep it is and rows added meanwhile never
shift it. Clients treat a cursor as opaque and follow `next` links.
"""

import base64
import binascii
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from types import NoneType, UnionType
from typing import get_args

from rest_framework.utils.urls import remove_query_param, replace_query_param

CURSOR_PARAM = "cursor"
BIGINT = 2**63
# "Unknown": like an unknown id, only the API's own answers hold valid cursors.
INVALID = "Unknown cursor: not one this query gave out; follow a `next` link unchanged."
TOKEN_PATTERN = "^[A-Za-z0-9_-]+$"


class InvalidCursor(ValueError):
    """The token is not a cursor this endpoint gave out (or it was changed)."""


@dataclass(frozen=True)
class Cursor:
    """Where a page of one list starts: after the row whose sort key is `key`."""

    section: str
    key: tuple


@dataclass(frozen=True)
class KeysetPage:
    """One page of rows and the cursor of the next page (None on the last)."""

    rows: list
    next: Cursor | None


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    return str(value) if isinstance(value, Decimal) else value


def encode_cursor(cursor: Cursor) -> str:
    """Return the cursor as an opaque, URL-safe token."""
    key = [_plain(value) for value in cursor.key]
    raw = json.dumps([cursor.section, key], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _typed(value, kind: type):
    if isinstance(kind, UnionType):
        if value is None and NoneType in get_args(kind):
            return None
        kind = next(option for option in get_args(kind) if option is not NoneType)
    if kind is int and isinstance(value, int) and not isinstance(value, bool):
        if -BIGINT <= value < BIGINT:
            return value
    if kind is float and isinstance(value, int | float) and not isinstance(value, bool):
        if math.isfinite(value):
            return float(value)
    if kind is datetime and isinstance(value, str):
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is not None:
            return moment
    if kind is date and isinstance(value, str) and len(value) == 10:
        return date.fromisoformat(value)
    if kind is Decimal and isinstance(value, str):
        number = Decimal(value)
        if number.is_finite():
            return number
    if kind is str and isinstance(value, str) and "\x00" not in value:
        return value
    raise ValueError(value)


def decode_cursor(token: str, sections: dict[str, Sequence[type]]) -> Cursor:
    """Return the cursor in `token`; InvalidCursor unless it fits one of `sections`.

    `sections` maps each list's name to the types of its sort key (int, float, date,
    datetime, Decimal or str; `date | None` where the value may be null).
    """
    try:
        padded = token + "=" * (-len(token) % 4)
        section, key = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        kinds = sections[section]
        if not isinstance(key, list) or len(key) != len(kinds):
            raise ValueError(key)
        return Cursor(section, tuple(_typed(v, kind) for v, kind in zip(key, kinds, strict=True)))
    except (ValueError, TypeError, KeyError, UnicodeError, binascii.Error, InvalidOperation):
        raise InvalidCursor(INVALID) from None


def keyset_page(rows: list, size: int, section: str, key_of: Callable) -> KeysetPage:
    """Cut `rows` (fetched with a limit of size + 1) to a page and the cursor after it."""
    if len(rows) <= size:
        return KeysetPage(rows=rows, next=None)
    page = rows[:size]
    return KeysetPage(rows=page, next=Cursor(section, tuple(key_of(page[-1]))))


def cursor_url(request, cursor: Cursor | None, *drop: str) -> str | None:
    """Return this request's URL continuing at `cursor` (without the `drop` parameters)."""
    if cursor is None:
        return None
    url = request.build_absolute_uri()
    for name in drop:
        url = remove_query_param(url, name)
    return replace_query_param(url, CURSOR_PARAM, encode_cursor(cursor))
