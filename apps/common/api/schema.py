"""OpenAPI additions: the shared error shape on every operation, described detail lookups."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.permissions import SAFE_METHODS

ERROR_SCHEMA = {
    "type": "object",
    "description": "Every API error has this shape.",
    "properties": {
        "status": {"type": "integer", "description": "The HTTP status code."},
        "code": {
            "type": "string",
            "description": "Machine-readable reason: invalid, not_found, method_not_allowed, "
            "not_authenticated, authentication_failed, permission_denied, not_acceptable, "
            "throttled, query_timeout.",
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


def add_error_responses(result: dict, generator, request, public) -> dict:
    """Declare the Error component and reference it from every operation's error codes."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    reference = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            for code, description in ERROR_RESPONSES.items():
                operation["responses"].setdefault(
                    code, {"description": description, "content": reference}
                )
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
        # {} is the anonymous alternative: ReadOrModelPermissions lets anyone read.
        if auth and self.method in SAFE_METHODS and {} not in auth:
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
                "Response format: json (default) or csv (flat columns, this page of results; "
                "Accept: text/csv works too)."
            )
        return parameters

    def get_override_parameters(self):
        parameters = super().get_override_parameters()
        if getattr(self.view, "action", None) != "retrieve":
            return parameters
        by_slug = getattr(self.view, "by_slug", False)
        description = "The object's id" + (", or its slug." if by_slug else ".")
        lookup = OpenApiParameter(
            "id", OpenApiTypes.STR, OpenApiParameter.PATH, description=description
        )
        return [*parameters, lookup]
