"""OpenAPI additions: the shared error shape on every operation, described detail lookups."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.permissions import SAFE_METHODS, IsAuthenticated

from .geojson import GeoJSONRenderer, feature_collection_schema
from .selection import field_paths, selection_parameters

GEOJSON = GeoJSONRenderer.media_type

ERROR_SCHEMA = {
    "type": "object",
    "description": "Every API error has this shape.",
    "properties": {
        "status": {"type": "integer", "description": "The HTTP status code."},
        "code": {
            "type": "string",
            "description": "Machine-readable reason: invalid, not_found, gone, "
            "method_not_allowed, not_authenticated, authentication_failed, permission_denied, "
            "not_acceptable, throttled, query_timeout.",
        },
        "detail": {"type": "string", "description": "What went wrong, for a human."},
        "errors": {
            "type": "object",
            "description": "For 400s: each offending parameter with its problems.",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        },
        "retry_after": {
            "type": "integer",
            "description": "For 429s: seconds to wait (also in the Retry-After header).",
        },
        "removed": {
            "type": "object",
            "description": "For 410s: how the row left (deleted or merged), when, and for a "
            "merge the row that absorbed it.",
            "properties": {
                "action": {"type": "string", "enum": ["deleted", "merged"]},
                "at": {"type": "string", "format": "date-time", "nullable": True},
                "merged_into": {
                    "type": "object",
                    "nullable": True,
                    "properties": {
                        "id": {"type": "integer"},
                        "url": {"type": "string", "format": "uri"},
                    },
                },
            },
        },
    },
    "required": ["status", "code", "detail", "errors"],
}
NO_NUL = "^[^\\u0000]*$"
CONSTRAINED = {"enum", "format", "pattern"}
ERROR_RESPONSES = {
    "400": "A query parameter is unknown, repeated or malformed; `errors` names each one.",
    "404": "No such object, or a page past the last one.",
    "405": "The method is not offered here (the API is read-only).",
    "429": "Too many requests; retry after the Retry-After header's seconds.",
    "503": "A query ran past the API's statement timeout (API_STATEMENT_TIMEOUT_MS) and was "
    "stopped; narrow the request or retry later.",
}


GONE = "A row with this id was deleted or merged; `removed` says how and where it went."


def add_error_responses(result: dict, generator, request, public) -> dict:
    """Declare the Error component and reference it from every operation's error codes."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    reference = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for path, operations in result.get("paths", {}).items():
        for operation in operations.values():
            codes = {**ERROR_RESPONSES, **({"410": GONE} if "{id}" in path else {})}
            for code, description in codes.items():
                operation["responses"].setdefault(
                    code, {"description": description, "content": reference}
                )
    return result


def selectable_fields_are_optional(result: dict, generator, request, public) -> dict:
    """Drop `required` from the rows of endpoints taking ?fields= and ?omit= (and the objects
    nested in them): either can leave out any field."""
    schemas = result.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            names = {parameter["name"] for parameter in operation.get("parameters", [])}
            if "fields" not in names:
                continue
            content = operation["responses"].get("200", {}).get("content", {})
            for media in content.values():
                _optional(media.get("schema", {}), schemas, seen, top=True)
    return result


def _optional(schema: dict, schemas: dict, seen: set[str], top: bool = False) -> None:
    reference = schema.get("$ref")
    if reference:
        name = reference.rsplit("/", 1)[1]
        if name in seen:
            return
        seen.add(name)
        schema = schemas[name]
        # A list page keeps its own required keys; its rows lose theirs.
        if not top or "results" not in schema.get("properties", {}):
            schema.pop("required", None)
    for child in schema.get("properties", {}).values():
        _optional(child, schemas, seen)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            _optional(schema[key], schemas, seen)
    for part in schema.get("allOf", []) + schema.get("oneOf", []) + schema.get("anyOf", []):
        _optional(part, schemas, seen)


def describe_geojson(result: dict, generator, request, public) -> dict:
    """Give the GeoJSON answers of lists their FeatureCollection schema (not the JSON page's)."""
    schemas = result.get("components", {}).get("schemas", {})
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            content = operation["responses"].get("200", {}).get("content", {})
            if GEOJSON not in content:
                continue
            page = schemas[content["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]]
            content[GEOJSON] = {
                "schema": feature_collection_schema(page["properties"]["results"]["items"])
            }
    return result


def describe_query_parameters(result: dict, generator, request, public) -> dict:
    """State two rules every query parameter follows.

    An optional parameter given empty (?kind=) counts as not given (allowEmptyValue), and a
    free-text value with a NUL character is refused (a 400; PostgreSQL text cannot hold it).
    """
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] != "query":
                    continue
                if not parameter.get("required"):
                    parameter["allowEmptyValue"] = True
                schema = parameter["schema"].get("items", parameter["schema"])
                if schema.get("type") == "string" and not CONSTRAINED & set(schema):
                    schema["pattern"] = NO_NUL
    return result


class EvidenceAutoSchema(AutoSchema):
    """Describe every field (help text, else its label), what a detail URL accepts, and that
    reads need no credentials."""

    def get_auth(self):
        auth = super().get_auth()
        # {} is the anonymous alternative: ReadOrModelPermissions lets anyone read (the bulk
        # exports, which need credentials, say so with IsAuthenticated).
        anonymous = IsAuthenticated not in getattr(self.view, "permission_classes", [])
        if auth and self.method in SAFE_METHODS and anonymous and {} not in auth:
            auth.append({})
        return auth

    def _get_serializer_field_meta(self, field, direction):
        meta = super()._get_serializer_field_meta(field, direction)
        if "description" not in meta and getattr(field, "label", None):
            meta["description"] = str(meta.pop("title", field.label))
        return meta

    def _get_format_parameters(self):
        parameters = super()._get_format_parameters()
        for parameter in parameters:
            parameter["description"] = (
                "Response format: json (default); on lists also csv (flat columns, this page "
                "of results; Accept: text/csv works too) and, for places and events, geojson "
                "(an RFC 7946 FeatureCollection of this page; Accept: application/geo+json)."
            )
        return parameters

    def get_override_parameters(self):
        parameters = super().get_override_parameters()
        action = getattr(self.view, "action", None)
        if action in ("list", "retrieve") and hasattr(self.view, "selection"):
            paths = field_paths(self.view.get_serializer_class()())
            parameters = [*parameters, *[_raw(p) for p in selection_parameters(paths)]]
        if action != "retrieve":
            return parameters
        by_slug = getattr(self.view, "by_slug", False)
        description = "The object's id" + (", or its slug." if by_slug else ".")
        lookup = OpenApiParameter(
            "id", OpenApiTypes.STR, OpenApiParameter.PATH, description=description
        )
        return [*parameters, lookup]


def _raw(parameter: dict) -> OpenApiParameter:
    """Return a query parameter given as OpenAPI as drf-spectacular's parameter object."""
    return OpenApiParameter(
        parameter["name"],
        type=parameter["schema"],
        location=OpenApiParameter.QUERY,
        required=False,
        description=parameter["description"],
        style=parameter["style"],
        explode=parameter["explode"],
    )
