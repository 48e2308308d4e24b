"""Ordering that rejects unknown fields and always ends on a unique tiebreaker."""

from django.db.models import F
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter

TIEBREAKER = "id"


def with_tiebreaker(ordering: list[str]) -> list[str]:
    """Append the id unless the ordering already ends on a unique column."""
    if any(field.removeprefix("-") in (TIEBREAKER, "pk") for field in ordering):
        return ordering
    return [*ordering, TIEBREAKER]


def as_expression(field: str):
    """Return the order_by expression of '-name' or 'name', with nulls last."""
    if field.startswith("-"):
        return F(field[1:]).desc(nulls_last=True)
    return F(field).asc(nulls_last=True)


class StrictOrderingFilter(OrderingFilter):
    """`?ordering=a,-b` over the view's ordering_fields; anything else is a 400."""

    ordering_description = (
        "Sort by these fields, comma-separated; prefix with '-' for descending. Ties are "
        "always broken by id, so pages are stable."
    )

    def get_ordering(self, request, queryset, view):
        raw = request.query_params.get(self.ordering_param, "")
        fields = [part.strip(" ") for part in raw.split(",") if part.strip(" ")]
        if not fields:
            default = list(self.get_default_ordering(view) or queryset.model._meta.ordering)
            # A ranked search (?q=) lists the best matches first.
            ranked = ["-search_rank"] if "search_rank" in queryset.query.annotations else []
            return with_tiebreaker(ranked + default)
        allowed = [name for name, _ in self.get_valid_fields(queryset, view, {"request": request})]
        # One '-' at most: "--id" names no field (the sort would strip one dash, not both).
        unknown = [field for field in fields if field.removeprefix("-") not in allowed]
        if unknown:
            raise ValidationError(
                {
                    self.ordering_param: [
                        f"Cannot order by {', '.join(unknown)}. Allowed: {', '.join(allowed)} "
                        "(prefix '-' for descending)."
                    ]
                }
            )
        return with_tiebreaker(fields)

    def filter_queryset(self, request, queryset, view):
        # Unknown values (null counts, undated rows) go last both ways, not first when descending.
        ordering = self.get_ordering(request, queryset, view)
        return queryset.order_by(*[as_expression(field) for field in ordering])

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        names = getattr(view, "ordering_fields", None) or []
        fields = ", ".join(names)
        for parameter in parameters:
            parameter["description"] = f"{self.ordering_description} Fields: {fields}."
            parameter["schema"]["pattern"] = ordering_pattern(names)
        return parameters


def ordering_pattern(fields: list[str]) -> str:
    """Return the regular expression of what ?ordering= accepts: fields, '-', commas, spaces."""
    field = f"-?({'|'.join(fields)}) *"
    return f"^ *({field})?(, *({field})?)*$"
