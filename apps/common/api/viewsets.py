"""The base every API viewset uses: strict parameters, CSV on lists, id-or-slug lookups."""

from django.http import Http404
from rest_framework import serializers, viewsets
from rest_framework.exceptions import MethodNotAllowed, ValidationError
from rest_framework.renderers import JSONRenderer
from rest_framework.settings import api_settings

from .fields import NUL, is_number
from .filters import accepted_params
from .params import FORMAT_PARAM, ORDERING_PARAM, PAGE_PARAMS, check_query_params
from .renderers import CSVRenderer

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
        # Errors are JSON even when the client asked for CSV: a CSV of an error means nothing.
        if response.exception and isinstance(
            getattr(request, "accepted_renderer", None), CSVRenderer
        ):
            request.accepted_renderer, request.accepted_media_type = (
                JSONRenderer(),
                "application/json",
            )
        return super().finalize_response(request, response, *args, **kwargs)


class EvidenceViewSet(StrictParamsMixin, viewsets.ReadOnlyModelViewSet):
    """Read-only list + detail; subclasses set the selector, serializers and filterset.

    `serializer_class` serves the list, `detail_serializer_class` (if set) the detail. `csv`
    offers text/csv on the list. `by_slug` lets the detail URL take a slug. `enrich`, when
    set, is a selector that completes the detail object with collections a prefetch cannot
    express; `page_counts`, one that sets counts on a list page's rows in one query.
    """

    csv = False
    by_slug = False
    enrich = None
    page_counts = None
    detail_serializer_class = None
    lookup_value_regex = "[^/]+"

    def get_page_queryset(self):
        """Return the rows a list page shows, read by id once the page's ids are known."""
        return self.get_queryset()

    def get_serializer_class(self):
        if self.action != "list" and self.detail_serializer_class is not None:
            return self.detail_serializer_class
        return super().get_serializer_class()

    def get_renderers(self):
        classes = list(self.renderer_classes or api_settings.DEFAULT_RENDERER_CLASSES)
        if self.csv and getattr(self, "action", None) == "list":
            classes.append(CSVRenderer)
        return [renderer() for renderer in classes]

    def filter_queryset(self, queryset):
        # Filters belong to the list; a detail URL shows its row whatever its status.
        return super().filter_queryset(queryset) if self.action == "list" else queryset

    def get_object(self):
        value = str(self.kwargs[self.lookup_field])
        queryset = self.get_queryset()
        if is_number(value) and len(value) < 19:
            found = queryset.filter(pk=int(value)).first()
        elif self.by_slug and not is_number(value) and NUL not in value:
            found = queryset.filter(slug=value.lower()).first()
        else:
            found = None
        if found is None:
            raise Http404(f"No {queryset.model._meta.verbose_name} {value!r}.")
        self.check_object_permissions(self.request, found)
        if self.enrich is not None:
            type(self).enrich([found])
        return found
