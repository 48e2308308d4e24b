"""Page-number pagination with a bounded, validated page size and Link/X-Total-Count headers."""

from django.core.paginator import InvalidPage
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination

from .fields import is_number

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500


def _whole_number(raw: str, name: str, maximum: int | None = None) -> int:
    if not is_number(raw) or int(raw) < 1 or (maximum is not None and int(raw) > maximum):
        bound = f" from 1 to {maximum}" if maximum else " of at least 1"
        raise ValidationError({name: [f"Expected a whole number{bound}, got {raw!r}."]})
    return int(raw)


class EvidencePagination(PageNumberPagination):
    """?page=N&page_size=M (M <= MAX_PAGE_SIZE); a bad value is a 400, a page past the end 404."""

    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    page_size_query_description = (
        f"Number of results per page (default {DEFAULT_PAGE_SIZE}, at most {MAX_PAGE_SIZE})."
    )

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param, "")
        if not raw:
            return self.page_size
        return _whole_number(raw, self.page_size_query_param, self.max_page_size)

    def paginate_queryset(self, queryset, request, view=None):
        """Page the ids first, then read the page's rows (with their counts) by id.

        Counts and prefetches then cost per row shown, never per row an offset skips; a
        filter or an ordering on a count still computes it where it must.
        """
        self.request = request
        ids = queryset.values_list("pk", flat=True)
        paginator = self.django_paginator_class(ids, self.get_page_size(request))
        raw = request.query_params.get(self.page_query_param, "")
        number = _whole_number(raw, self.page_query_param) if raw else 1
        try:
            self.page = paginator.page(number)
        except InvalidPage:
            pages = paginator.num_pages
            raise NotFound(f"Page {number} does not exist; there are {pages} pages.") from None
        keys = list(self.page)
        source = view.get_page_queryset() if hasattr(view, "get_page_queryset") else queryset
        rows = source.in_bulk(keys)
        page = [rows[key] for key in keys]
        if getattr(view, "page_counts", None) is not None:
            type(view).page_counts(page)
        return page

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        bounds = {
            self.page_query_param: {"minimum": 1},
            self.page_size_query_param: {"minimum": 1, "maximum": self.max_page_size},
        }
        for parameter in parameters:
            parameter["schema"].update(bounds[parameter["name"]])
        return parameters

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        links = [
            f'<{url}>; rel="{rel}"'
            for rel, url in (("next", self.get_next_link()), ("prev", self.get_previous_link()))
            if url
        ]
        if links:
            response["Link"] = ", ".join(links)
        response["X-Total-Count"] = str(self.page.paginator.count)
        return response

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        descriptions = {
            "count": "Results matching the filters, over all pages (also in X-Total-Count).",
            "next": "The next page, or null on the last (also in the Link header).",
            "previous": "The previous page, or null on the first.",
            "results": "This page of results.",
        }
        for name, description in descriptions.items():
            response["properties"][name]["description"] = description
        return response
