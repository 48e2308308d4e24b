"""Paging of every list: page numbers, or cursors (keyset) for deep walks and full syncs.

?page=N&page_size=M (M <= MAX_PAGE_SIZE) as before; or ?cursor=first, then the `next` links:
each cursor page reads only its own rows from an index (apps/common/api/keyset.py), so the
last page of 100,000 rows costs what the first does, and rows added or removed meanwhile never
shift a walk. A bad value is a 400, a page number past the end a 404.
"""

from django.core.paginator import InvalidPage
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from .cursor import Cursor, InvalidCursor, decode_cursor, encode_cursor
from .fields import is_number
from .keyset import SortKey, page_keys, section_of, sort_keys

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
CURSOR_PARAM = "cursor"
FIRST = "first"
MAX_CURSOR_LENGTH = 2000
AFTER, BEFORE = ">", "<"
CURSOR_DESCRIPTION = (
    "Page by cursor instead of page number: `first` for the first page, then follow the "
    "`next` (or `previous`) links, which carry an opaque cursor. A cursor page costs the same "
    "however deep it is and is not shifted by rows added or removed meanwhile; `count` is "
    "then null. Works with every filter and ordering (keep them unchanged along a walk); not "
    "with `page`."
)
UNKNOWN_CURSOR = (
    "Unknown cursor: not one this list gave out for this ordering. Follow a `next` link "
    "unchanged, or start with cursor=first."
)


def _whole_number(raw: str, name: str, maximum: int | None = None) -> int:
    if not is_number(raw) or int(raw) < 1 or (maximum is not None and int(raw) > maximum):
        bound = f" from 1 to {maximum}" if maximum else " of at least 1"
        raise ValidationError({name: [f"Expected a whole number{bound}, got {raw!r}."]})
    return int(raw)


class EvidencePagination(PageNumberPagination):
    """?page=N&page_size=M, or ?cursor=first then `next` links; Link/X-Total-Count headers."""

    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    page_size_query_description = (
        f"Number of results per page (default {DEFAULT_PAGE_SIZE}, at most {MAX_PAGE_SIZE})."
    )
    cursor_links: tuple[str | None, str | None] | None = None

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param, "")
        if not raw:
            return self.page_size
        return _whole_number(raw, self.page_size_query_param, self.max_page_size)

    def paginate_queryset(self, queryset, request, view=None):
        """Page the ids first (by number or by cursor), then read the page's rows by id.

        Counts and prefetches then cost per row shown, never per row an offset skips; a
        filter or an ordering on a count still computes it where it must.
        """
        self.request = request
        self.cursor_links = None
        raw_cursor = request.query_params.get(CURSOR_PARAM, "")
        raw = request.query_params.get(self.page_query_param, "")
        if raw_cursor:
            if raw:
                message = "Give a page number or a cursor, not both."
                raise ValidationError({self.page_query_param: [message]})
            return self.rows_of(view, queryset, self.paginate_by_cursor(queryset, raw_cursor))
        ids = queryset.values_list("pk", flat=True)
        paginator = self.django_paginator_class(ids, self.get_page_size(request))
        number = _whole_number(raw, self.page_query_param) if raw else 1
        try:
            self.page = paginator.page(number)
        except InvalidPage:
            pages = paginator.num_pages
            raise NotFound(f"Page {number} does not exist; there are {pages} pages.") from None
        return self.rows_of(view, queryset, list(self.page))

    def rows_of(self, view, queryset, ids: list[int]) -> list:
        """Return the rows of these ids in this order, as the view shows a page of them."""
        pick = getattr(view, "get_page_queryset", None)
        source = pick(queryset) if pick is not None else queryset
        rows = source.order_by().in_bulk(ids)
        page = [rows[pk] for pk in ids if pk in rows]
        if getattr(view, "page_counts", None) is not None and view.wants_page_counts():
            type(view).page_counts(page)
        return page

    def paginate_by_cursor(self, queryset, raw: str) -> list[int]:
        """Return the ids of a cursor page (from the index of its sort keys); set the links."""
        keys = sort_keys(queryset)
        direction, position = self._position(raw, keys)
        size = self.get_page_size(self.request)
        found = page_keys(queryset, keys, position, size + 1, reverse=direction == BEFORE)
        more, found = len(found) > size, found[:size]
        if direction == BEFORE:
            found.reverse()
        self.cursor_links = self._links(keys, direction, position, found, more)
        return [key[-1] for key in found]

    def _position(self, raw: str, keys: list[SortKey]) -> tuple[str, tuple | None]:
        if raw == FIRST:
            return AFTER, None
        section = section_of(keys)
        types = [key.value_type for key in keys]
        try:
            if len(raw) > MAX_CURSOR_LENGTH:
                raise InvalidCursor(raw)
            cursor = decode_cursor(raw, {AFTER + section: types, BEFORE + section: types})
        except InvalidCursor:
            raise ValidationError({CURSOR_PARAM: [UNKNOWN_CURSOR]}) from None
        return cursor.section[0], cursor.key

    def _links(self, keys, direction, position, found, more) -> tuple[str | None, str | None]:
        section = section_of(keys)
        if direction == AFTER:
            after = found[-1] if more else None
            before = found[0] if found and position is not None else None
        else:
            after = found[-1] if found else None
            before = found[0] if more else None
        return (
            self._cursor_url(Cursor(AFTER + section, after)) if after else None,
            self._cursor_url(Cursor(BEFORE + section, before)) if before else None,
        )

    def _cursor_url(self, cursor: Cursor) -> str:
        url = remove_query_param(self.request.build_absolute_uri(), self.page_query_param)
        return replace_query_param(url, CURSOR_PARAM, encode_cursor(cursor))

    def get_next_link(self):
        if self.cursor_links is not None:
            return self.cursor_links[0]
        return super().get_next_link()

    def get_previous_link(self):
        if self.cursor_links is not None:
            return self.cursor_links[1]
        return super().get_previous_link()

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        bounds = {
            self.page_query_param: {"minimum": 1},
            self.page_size_query_param: {"minimum": 1, "maximum": self.max_page_size},
        }
        for parameter in parameters:
            parameter["schema"].update(bounds[parameter["name"]])
        cursor = {
            "name": CURSOR_PARAM,
            "required": False,
            "in": "query",
            "description": CURSOR_DESCRIPTION,
            "schema": {"type": "string", "pattern": "^[A-Za-z0-9_-]+$", "maxLength": 2000},
            "x-excludes": [self.page_query_param],
        }
        return [*parameters, cursor]

    def get_paginated_response(self, data):
        count = None if self.cursor_links is not None else self.page.paginator.count
        response = Response(
            {
                "count": count,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )
        links = [
            f'<{url}>; rel="{rel}"'
            for rel, url in (("next", self.get_next_link()), ("prev", self.get_previous_link()))
            if url
        ]
        if links:
            response["Link"] = ", ".join(links)
        if count is not None:
            response["X-Total-Count"] = str(count)
        return response

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        descriptions = {
            "count": "Results matching the filters, over all pages (also in X-Total-Count); "
            "null when paging by cursor.",
            "next": "The next page, or null on the last (also in the Link header).",
            "previous": "The previous page, or null on the first.",
            "results": "This page of results.",
        }
        for name, description in descriptions.items():
            response["properties"][name]["description"] = description
        response["properties"]["count"]["nullable"] = True
        return response
