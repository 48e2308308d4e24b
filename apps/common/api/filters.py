"""Filter classes and the base FilterSet every app's filtersets build on."""

import django_filters
from django.db import models
from django_filters.utils import get_model_field
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from apps.common.models import ReviewStatus
from apps.common.search import ranked_text_search
from apps.common.selectors import current, subtree_ids

from .fields import (
    MAX_ID,
    IdsField,
    MomentField,
    MultiValueWidget,
    RefField,
    StrictBooleanField,
    StrictIntegerField,
    ValuesField,
)

LOOKUP_PHRASES = {
    "iexact": ", equal ignoring case",
    "icontains": ", containing (ignoring case)",
    "gte": ", at least",
    "lte": ", at most",
}
DATE_PHRASES = {"gte": ", on or after", "lte": ", on or before"}
SEVERAL = " Several values: repeat the parameter or separate them with commas."
ID_OR_SLUG = " Give an id, a slug, a name or an alias (EFP, Quds Force)."
ALWAYS, OPTIONAL = "always", "optional"
RANKED = (
    " Best matches first (PostgreSQL's ts_rank; unless `ordering` is given), each with "
    "`match`: its rank and a snippet with the matched words between <mark> and </mark>."
)
# Ids, comma-separated, with spaces around them (what MultiValueWidget + parse_id accept).
ID_LIST_PATTERN = r"^ *([0-9]+ *)?(, *([0-9]+ *)?)*$"
MAX_IDS = 500


@extend_schema_field(OpenApiTypes.BOOL)
class BooleanFilter(django_filters.Filter):
    """true/false (also 1/0, yes/no); any other value is a 400."""

    field_class = StrictBooleanField


@extend_schema_field(OpenApiTypes.INT)
class IntegerFilter(django_filters.NumberFilter):
    """A whole number >= 0, in plain digits ("1.0", "1_000" and "١" are 400s)."""

    field_class = StrictIntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 0)
        super().__init__(*args, **kwargs)


@extend_schema_field(OpenApiTypes.STR)
class IdsFilter(django_filters.Filter):
    """Rows by id (OR), at most MAX_IDS; unknown ids simply match nothing."""

    field_class = IdsField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_values", MAX_IDS)
        super().__init__(*args, field_name="pk", **kwargs)

    def filter(self, qs, value):
        # An id no row can have (past the largest) matches nothing, like any unknown id.
        return qs.filter(pk__in=[pk for pk in value if pk <= MAX_ID]) if value else qs


@extend_schema_field(OpenApiTypes.DATETIME)
class MomentFilter(django_filters.Filter):
    """An ISO 8601 date or date and time (UTC unless it says otherwise)."""

    field_class = MomentField


class ChoicesFilter(django_filters.MultipleChoiceFilter):
    """One or several choices of a plain column (OR)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("distinct", False)
        kwargs.setdefault("widget", MultiValueWidget)
        super().__init__(*args, **kwargs)


@extend_schema_field(OpenApiTypes.STR)
class RefFilter(django_filters.Filter):
    """Rows of `model` by id (or slug); matches `field_name` against them (OR).

    `subtree` widens the match to everything below the given rows in the model's parent
    hierarchy: ALWAYS, or OPTIONAL when the filterset's include_subordinates is true.
    """

    field_class = RefField

    def __init__(self, field_name=None, *, model, subtree=None, by_slug=True, **kwargs):
        self.subtree = subtree
        super().__init__(field_name, model=model, by_slug=by_slug, **kwargs)

    def target_ids(self, ids: list[int]):
        widen = self.subtree == ALWAYS or (
            self.subtree == OPTIONAL and self.parent.form.cleaned_data.get("include_subordinates")
        )
        return subtree_ids(self.extra["model"], ids) if widen else ids

    def filter(self, qs, value):
        if not value:
            return qs
        lookup = {f"{self.field_name}__in": self.target_ids(value)}
        if "__" not in self.field_name:
            return qs.filter(**lookup)
        # A to-many path would repeat rows; a subquery keeps one row per match.
        return qs.filter(pk__in=qs.model.objects.filter(**lookup).values("pk"))


@extend_schema_field(OpenApiTypes.STR)
class ValuesFilter(django_filters.Filter):
    """One or several exact values of a text column (OR); a to-many path keeps rows unique."""

    field_class = ValuesField

    def filter(self, qs, value):
        if not value:
            return qs
        lookup = {f"{self.field_name}__in": value}
        if "__" not in self.field_name:
            return qs.filter(**lookup)
        return qs.filter(pk__in=qs.model.objects.filter(**lookup).values("pk"))


def rule_filter(what: str, field_name: str = "rule") -> ValuesFilter:
    """Return the `rule` filter: rows made by the given extraction rules."""
    return ValuesFilter(
        field_name,
        help_text=f"Id of the extraction rule that made {what} (claim.predicate_verb; "
        "docs/extraction.md lists them)." + SEVERAL,
    )


def _describe(filter_, model) -> None:
    """Give a filter without help_text the model field's help text, so the schema shows it."""
    if filter_.extra.get("help_text") or not filter_.field_name:
        return
    field = get_model_field(model, filter_.field_name)
    if field is None:
        return
    phrases = DATE_PHRASES if isinstance(field, models.DateField) else {}
    phrase = phrases.get(filter_.lookup_expr) or LOOKUP_PHRASES.get(filter_.lookup_expr, "")
    name = str(field.verbose_name)
    text = f"{name[:1].upper()}{name[1:]}{phrase}."
    filter_.extra["help_text"] = f"{text} {field.help_text}".strip()


class EvidenceFilterExtension(DjangoFilterExtension):
    """Describe every filter as the API reads it: help text, bounds, repeats, modifiers."""

    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        parameters = super().resolve_filter_field(
            auto_schema, model, filterset_class, field_name, filter_field
        )
        for parameter in parameters:
            parameter.setdefault("description", filter_field.extra.get("help_text", ""))
            _constrain(parameter, filter_field, filterset_class)
        return parameters


def _constrain(parameter: dict, filter_field, filterset_class) -> None:
    """Add to a filter's parameter the bounds its form field enforces."""
    schema = parameter["schema"]
    if isinstance(filter_field, IntegerFilter):
        schema["minimum"] = filter_field.extra["min_value"]
    elif filter_field.extra.get("max_length"):
        schema["maxLength"] = filter_field.extra["max_length"]
    elif isinstance(filter_field, RefFilter):
        item = {"type": "string"}
        if not filter_field.extra.get("by_slug", True):
            item["pattern"] = ID_LIST_PATTERN
        parameter.update(schema={"type": "array", "items": item}, style="form", explode=True)
    elif isinstance(filter_field, IdsFilter):
        item = {"type": "string", "pattern": ID_LIST_PATTERN}
        parameter.update(schema={"type": "array", "items": item}, style="form", explode=True)
    elif filter_field.method == "keep":
        targets = subtree_targets(filterset_class.base_filters)
        parameter["x-requires-one-of"] = targets
        parameter["description"] += f" Only with one of: {', '.join(targets)} (alone, a 400)."


class EvidenceFilterSet(django_filters.FilterSet):
    """Base FilterSet: described filters, review status, staleness, include_subordinates,
    time of the last change, ranked text search (`snippet_field` is what snippets quote).

    Rows a curator rejected are left out unless review_status asks for them; stale rows
    (no longer found in their source by the loader) unless stale asks for them.
    """

    snippet_field = "body"

    review_status = ChoicesFilter(
        choices=ReviewStatus.choices,
        help_text="Curation status. Default: every status but rejected." + SEVERAL,
    )
    stale = BooleanFilter(
        field_name="is_stale",
        help_text="true: only rows the loader no longer finds in their source document (kept, "
        "never deleted); false: only current rows. Default: current rows and confirmed ones.",
    )
    id = IdsFilter(
        help_text=f"Only the rows with these ids (at most {MAX_IDS}); an id without a row "
        "shown here simply matches nothing. How a copy fetches the rows the changes feed "
        "names: those not returned were deleted, merged, rejected or went stale." + SEVERAL,
    )
    updated_after = MomentFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Only rows whose own fields changed at or after this time (ISO 8601; a date "
        "is its midnight UTC). With updated_before, a half-open window: consecutive windows "
        "neither overlap nor leave gaps. For everything that changed, deletions and merges "
        "included, follow /api/v1/changes/.",
    )
    updated_before = MomentFilter(
        field_name="updated_at",
        lookup_expr="lt",
        help_text="Only rows whose own fields last changed before this time (ISO 8601).",
    )

    @classmethod
    def get_filters(cls):
        filters = super().get_filters()
        for filter_ in filters.values():
            _describe(filter_, cls._meta.model)
        return filters

    def is_valid(self):
        if not super().is_valid():
            return False
        return self.check_modifiers()

    def check_modifiers(self) -> bool:
        """Reject include_subordinates=true when no filter it widens is given."""
        data = self.form.cleaned_data
        if not data.get("include_subordinates"):
            return True
        targets = subtree_targets(self.filters)
        if any(data.get(name) for name in targets):
            return True
        message = f"Has no effect without one of: {', '.join(targets)}."
        self.form.add_error("include_subordinates", message)
        return False

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        if not data.get("review_status"):
            queryset = queryset.exclude(review_status=ReviewStatus.REJECTED)
        return queryset if data.get("stale") is not None else current(queryset)

    def search(self, queryset, name, value):
        """Match the stored full-text vector with web-search syntax, best matches first."""
        return ranked_text_search(queryset, value, self.snippet_field)

    def keep(self, queryset, name, value):
        """Leave the queryset as it is: the parameter modifies other filters."""
        return queryset


def subtree_targets(filters: dict) -> list[str]:
    """Return the names of the filters include_subordinates widens."""
    return [name for name, f in filters.items() if getattr(f, "subtree", None) == OPTIONAL]


def include_subordinates_filter() -> BooleanFilter:
    """Return the modifier that widens actor (or place) filters to the units below them."""
    return BooleanFilter(
        method="keep",
        help_text="With true, the actor filters also match every unit below the given actors "
        "in the hierarchy (claims about the Qods Force count for Iran).",
    )


def search_filter(what: str, ranked: bool = True) -> django_filters.CharFilter:
    """Return the `q` filter: free text over `what`."""
    how = RANKED if ranked else ""
    return django_filters.CharFilter(
        method="search",
        max_length=200,
        help_text=f'Free-text search over {what}: words, "quoted phrases", OR, -word.{how}',
    )


def name_search_filter(what: str) -> django_filters.CharFilter:
    """Return the `q` filter of actors, weapons and places: text in names and more."""
    return django_filters.CharFilter(
        method="search",
        max_length=200,
        help_text=f"Text contained in {what}. Best first (unless `ordering` is given): the "
        "name or an alias is the text, then starts with it, then has a word starting with it, "
        "then the rest; each result's `match.rank` is 4, 3, 2 or 1.",
    )


def accepted_params(filterset_class) -> tuple[set[str], set[str]]:
    """Return the filterset's parameter names, and those that may be repeated."""
    filters = filterset_class.base_filters
    repeatable = {
        name
        for name, f in filters.items()
        if isinstance(f, django_filters.MultipleChoiceFilter | RefFilter | ValuesFilter | IdsFilter)
    }
    return set(filters), repeatable
