"""GeoJSON (RFC 7946) of the lists of rows with a location: places, and events at a place.

`?format=geojson` (or Accept: application/geo+json) answers a FeatureCollection: one Feature
per row of the page, its geometry a Point [longitude, latitude] (null when the row has no
coordinates), its properties the row as the JSON list shows it (?fields= applies). Paging
stays as in JSON: `count`, `next` and `previous` are foreign members of the collection, and
the Link header is sent too.
"""

from django.db.models import F
from rest_framework import serializers
from rest_framework.renderers import BaseRenderer, JSONRenderer

GEOMETRY = "geometry"
LONGITUDE, LATITUDE = "geo_longitude", "geo_latitude"
PAGING = ("count", "next", "previous")


class GeometryField(serializers.Field):
    """The row's point from the coordinates the view annotated, or null."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value):
        longitude, latitude = getattr(value, LONGITUDE, None), getattr(value, LATITUDE, None)
        if longitude is None or latitude is None:
            return None
        return {"type": "Point", "coordinates": [float(longitude), float(latitude)]}


def with_coordinates(queryset, paths: tuple[str, str]):
    """Annotate each row with the longitude and latitude found at `paths`."""
    longitude, latitude = paths
    return queryset.annotate(**{LONGITUDE: F(longitude), LATITUDE: F(latitude)})


def feature(row: dict) -> dict:
    """Return one serialized row as a GeoJSON Feature."""
    properties = dict(row)
    geometry = properties.pop(GEOMETRY, None)
    return {"type": "Feature", "id": row.get("id"), GEOMETRY: geometry, "properties": properties}


class GeoJSONRenderer(BaseRenderer):
    """application/geo+json of a list endpoint's current page, as a FeatureCollection."""

    media_type = "application/geo+json"
    format = "geojson"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if not isinstance(data, dict) or "results" not in data:
            return JSONRenderer().render(data)
        collection = {
            "type": "FeatureCollection",
            "features": [feature(row) for row in data["results"]],
            **{name: data.get(name) for name in PAGING},
        }
        return JSONRenderer().render(collection)


def feature_collection_schema(properties_ref: dict) -> dict:
    """Return the OpenAPI schema of a FeatureCollection whose features carry these rows."""
    point = {
        "type": "object",
        "nullable": True,
        "description": "A GeoJSON Point, [longitude, latitude]; null without coordinates.",
        "properties": {
            "type": {"type": "string", "enum": ["Point"]},
            "coordinates": {
                "type": "array",
                "items": {"type": "number"},
                "minItems": 2,
                "maxItems": 2,
            },
        },
        "required": ["type", "coordinates"],
    }
    feature_schema = {
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["Feature"]},
            "id": {"type": "integer", "description": "The row's id."},
            GEOMETRY: point,
            "properties": properties_ref,
        },
        "required": ["type", "id", GEOMETRY, "properties"],
    }
    return {
        "type": "object",
        "description": "An RFC 7946 FeatureCollection of this page of rows.",
        "properties": {
            "type": {"type": "string", "enum": ["FeatureCollection"]},
            "features": {"type": "array", "items": feature_schema},
            "count": {"type": "integer", "nullable": True, "description": "As in JSON."},
            "next": {"type": "string", "nullable": True, "description": "The next page."},
            "previous": {"type": "string", "nullable": True, "description": "The previous one."},
        },
        "required": ["type", "features", *PAGING],
    }
