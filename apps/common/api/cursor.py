"""Keyset pages behind opaque cursors: which list a page continues, and where it stopped.

A cursor is the sort key of the last row shown, plus the name of the list it belongs to,
as URL-safe base64 JSON. The next page asks for rows whose key is strictly below it (lists
sort descending), so a page costs the same however deep it is and rows added meanwhile never
shift it. Clients treat a cursor as opaque and follow `next` links.
"""

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

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


def encode_cursor(cursor: Cursor) -> str:
    """Return the cursor as an opaque, URL-safe token."""
    key = [value.isoformat() if isinstance(value, date) else value for value in cursor.key]
    raw = json.dumps([cursor.section, key], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def _typed(value, kind: type):
    if kind is int and isinstance(value, int) and not isinstance(value, bool):
        if -BIGINT <= value < BIGINT:
            return value
    if kind is date and isinstance(value, str):
        return date.fromisoformat(value)
    if kind is str and isinstance(value, str) and "\x00" not in value:
        return value
    raise ValueError(value)


def decode_cursor(token: str, sections: dict[str, Sequence[type]]) -> Cursor:
    """Return the cursor in `token`; InvalidCursor unless it fits one of `sections`.

    `sections` maps each list's name to the types of its sort key (int, date or str).
    """
    try:
        padded = token + "=" * (-len(token) % 4)
        section, key = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        kinds = sections[section]
        if not isinstance(key, list) or len(key) != len(kinds):
            raise ValueError(key)
        return Cursor(section, tuple(_typed(v, kind) for v, kind in zip(key, kinds, strict=True)))
    except (ValueError, TypeError, KeyError, UnicodeError, binascii.Error):
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
