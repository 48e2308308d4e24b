"""The base every API viewset uses: strict parameters, CSV on lists, id-or-slug lookups."""

from django.http import Http404
from rest_framework import serializers, viewsets
from rest_framework.exceptions import MethodNotAllowed, ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.settings import api_settings

from apps.common.models import ChangeAction
from apps.common.selectors import removal_of, wants

from .errors import Gone
from .fields import NUL, is_number
from .filters import accepted_params
from .geojson import GEOMETRY, GeoJSONRenderer, GeometryField, with_coordinates
from .params import FORMAT_PARAM, ORDERING_PARAM, PAGE_PARAMS, check_query_params
from .renderers import CSVRenderer
from .selection import SELECTION_PARAMS, FieldSelectionMixin, read_selection
from .serializers import MATCH, api_detail_url

MULTI_FIELDS = (serializers.ListField, serializers.MultipleChoiceField)


class StrictParamsMixin:
    """Check the query string against what the action reads before running it."""

    query_serializer_class = None

    def query_params_spec(self) -> tuple[set[str], set[str]]:
        """Return the accepted parameter names and the repeatable ones for this request."""
        accepted, repeatable = {FORMAT_PARAM}, set()
        if self.query_serializer_class is not None:
            fields = self.query_serializer_class().fields
            accepted |= set(fields)
            repeatable |= {name for name, f in fields.items() if isinstance(f, MULTI_FIELDS)}
        if getattr(self, "action", "list") == "list":
            filterset_class = getattr(self, "filterset_class", None)
            if filterset_class is not None:
                names, repeatable = accepted_params(filterset_class)
                accepted |= names
            if getattr(self, "ordering_fields", None):
                accepted.add(ORDERING_PARAM)
            if getattr(self, "pagination_class", None) is not None:
                accepted.update(PAGE_PARAMS)
        return accepted, repeatable

    def initial(self, request, *args, **kwargs):
        # A method the view does not offer is a 405 whatever the query says (?format=csv
        # on a POST would otherwise be judged first, by content negotiation).
        if request.method != "OPTIONS" and not hasattr(self, request.method.lower()):
            raise MethodNotAllowed(request.method)
        super().initial(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD"):
            return
        try:
            check_query_params(request.query_params, *self.query_params_spec())
        except ValidationError as error:
            # Report the malformed values too, so one round trip shows every problem.
            raise ValidationError({**self.value_errors(), **error.detail}) from None

    def value_errors(self) -> dict:
        """Return the problems of the known parameters' values, by parameter."""
        errors = {}
        filterset_class = getattr(self, "filterset_class", None)
        if getattr(self, "action", "list") == "list" and filterset_class is not None:
            filterset = filterset_class(
                data=self.request.query_params, queryset=self.get_queryset(), request=self.request
            )
            errors.update({name: list(messages) for name, messages in filterset.errors.items()})
        if self.query_serializer_class is not None:
            serializer = self.query_serializer_class(data=self.request.query_params)
            serializer.is_valid()
            errors.update(serializer.errors)
        return errors

    def finalize_response(self, request, response, *args, **kwargs):
        # Errors are JSON even when the client asked for CSV or GeoJSON: a CSV of an error
        # means nothing.
        if getattr(response, "exception", False) and isinstance(
            getattr(request, "accepted_renderer", None), CSVRenderer | GeoJSONRenderer
        ):
            request.accepted_renderer, request.accepted_media_type = (
                JSONRenderer(),
                "application/json",
            )
        return super().finalize_response(request, response, *args, **kwargs)


class EvidenceViewSet(FieldSelectionMixin, StrictParamsMixin, viewsets.ReadOnlyModelViewSet):
    """Read-only list + detail; subclasses set the selector, serializers and filterset.

    `serializer_class` serves the list, `detail_serializer_class` (if set) the detail. Lists
    are also CSV; `geometry`, the paths of a longitude and a latitude, makes them GeoJSON
    too. `by_slug` lets the detail URL take a slug. `enrich`, when set, is a selector that
    completes the detail object with the `enriched` collections a prefetch cannot express;
    `page_counts`, one that sets the `page_counted` counts on a list page's rows in one
    query. Selectors take `self.wanted()` (?fields=, ?omit=).
    """

    csv = True
    geometry = None
    by_slug = False
    enrich = None
    enriched = ()
    page_counts = None
    page_counted = ()
    detail_serializer_class = None
    lookup_value_regex = "[^/]+"

    def get_page_queryset(self, queryset):
        """Return the rows a list page shows, read by id once the page's ids are known: the
        filtered list itself (with its search rank, snippet and coordinates)."""
        return queryset

    def wants_page_counts(self) -> bool:
        """Tell whether the page shows any of the counts `page_counts` sets."""
        return wants(self.wanted(), *self.page_counted)

    def get_serializer_class(self):
        if self.action != "list" and self.detail_serializer_class is not None:
            return self.detail_serializer_class
        return super().get_serializer_class()

    def query_params_spec(self) -> tuple[set[str], set[str]]:
        accepted, repeatable = super().query_params_spec()
        return accepted | set(SELECTION_PARAMS), repeatable | set(SELECTION_PARAMS)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        try:
            self.selection()
        except ValidationError:
            raise ValidationError(self.value_errors()) from None

    def value_errors(self) -> dict:
        errors = super().value_errors()
        try:
            read_selection(self.request.query_params, self.get_serializer_class()())
        except ValidationError as error:
            errors.update(error.detail)
        return errors

    def get_renderers(self):
        classes = list(self.renderer_classes or api_settings.DEFAULT_RENDERER_CLASSES)
        if getattr(self, "action", None) == "list":
            classes += [CSVRenderer] if self.csv else []
            classes += [GeoJSONRenderer] if self.geometry else []
        return [renderer() for renderer in classes]

    def is_geojson(self) -> bool:
        renderer = getattr(getattr(self, "request", None), "accepted_renderer", None)
        return isinstance(renderer, GeoJSONRenderer)

    def get_serializer(self, *args, **kwargs):
        serializer = super().get_serializer(*args, **kwargs)
        row = getattr(serializer, "child", serializer)
        if not self.is_search():
            row.fields.pop(MATCH, None)
        if self.is_geojson():
            row.fields[GEOMETRY] = GeometryField(help_text="The row's point.")
        return serializer

    def is_search(self) -> bool:
        request = getattr(self, "request", None)
        return self.action == "list" and bool(request and request.query_params.get("q"))

    def filter_queryset(self, queryset):
        # Filters belong to the list; a detail URL shows its row whatever its status.
        if self.action != "list":
            return queryset
        queryset = self.narrow(super().filter_queryset(queryset))
        return with_coordinates(queryset, self.geometry) if self.is_geojson() else queryset

    def get_object(self):
        value = str(self.kwargs[self.lookup_field])
        queryset = self.narrow(self.get_queryset())
        if is_number(value) and len(value) < 19:
            found = queryset.filter(pk=int(value)).first()
        elif self.by_slug and not is_number(value) and NUL not in value:
            found = queryset.filter(slug=value.lower()).first()
        else:
            found = None
        if found is None:
            if is_number(value) and len(value) < 19:
                self.raise_if_removed(int(value))
            raise Http404(f"No {queryset.model._meta.verbose_name} {value!r}.")
        self.check_object_permissions(self.request, found)
        if self.enrich is not None and wants(self.wanted(), *self.enriched):
            type(self).enrich([found])
        return found

    def raise_if_removed(self, pk: int) -> None:
        """Answer 410 for the id of a row that was deleted or merged, pointing to the survivor."""
        removal = removal_of(self.basename, pk)
        if removal is None:
            return
        noun = self.get_queryset().model._meta.verbose_name
        merged_into = None
        if removal.survivor_id is not None:
            url = api_detail_url(self.request, self.basename, removal.survivor_id)
            merged_into = {"id": removal.survivor_id, "url": url}
        if removal.action == ChangeAction.MERGED:
            where = f"{noun} {removal.survivor_id}" if merged_into else "a row deleted since"
            detail = f"{noun.capitalize()} {pk} was merged into {where}."
        else:
            detail = f"{noun.capitalize()} {pk} was deleted."
        removed = {"action": removal.action, "at": removal.at, "merged_into": merged_into}
        raise Gone(detail, removed)
