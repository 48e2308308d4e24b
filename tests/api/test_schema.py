"""The OpenAPI schema validates, documents every parameter and field; docs are served locally."""

import re

import pytest
import yaml
from django.contrib.staticfiles import finders
from django.core.management import call_command

from apps.common.api.filters import accepted_params
from apps.common.api.routers import router

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def schema(tmp_path_factory) -> dict:
    path = tmp_path_factory.mktemp("schema") / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(path))
    return yaml.safe_load(path.read_text())


def list_operation(schema: dict, prefix: str) -> dict:
    return schema["paths"][f"/api/v1/{prefix}/"]["get"]


def test_schema_lists_every_filter_of_every_list_endpoint(schema):
    for prefix, viewset, _ in router.registry:
        names = {param["name"] for param in list_operation(schema, prefix)["parameters"]}
        filterset = getattr(viewset, "filterset_class", None)
        if filterset is not None:
            assert accepted_params(filterset)[0] <= names, prefix
        if viewset.query_serializer_class is not None:
            assert set(viewset.query_serializer_class().fields) <= names, prefix
        if getattr(viewset, "ordering_fields", None):
            assert {"ordering", "page", "page_size"} <= names, prefix


def test_every_parameter_and_field_has_a_description(schema):
    for path, operations in schema["paths"].items():
        for operation in operations.values():
            for parameter in operation["parameters"]:
                assert parameter.get("description"), (path, parameter["name"])
    for name, component in schema["components"]["schemas"].items():
        for field, spec in component.get("properties", {}).items():
            assert spec.get("description"), (name, field)


def test_every_operation_documents_the_error_shape(schema):
    error = {"$ref": "#/components/schemas/Error"}
    for operations in schema["paths"].values():
        for operation in operations.values():
            for code in ("400", "404", "405", "429"):
                assert (
                    operation["responses"][code]["content"]["application/json"]["schema"] == error
                )


def test_csv_endpoints_offer_the_csv_format(schema):
    for prefix in ("events", "claims", "actors", "comments"):
        formats = {
            param["name"]: param["schema"].get("enum")
            for param in list_operation(schema, prefix)["parameters"]
        }["format"]
        assert formats == ["csv", "json"]


def test_schema_endpoint_serves_json_and_yaml(api_client):
    response = api_client.get("/api/v1/schema/?format=json")
    assert response.status_code == 200
    assert response.json()["openapi"].startswith("3.")


@pytest.mark.parametrize("page", ["docs", "redoc"])
def test_docs_pages_load_their_assets_from_local_static_files(api_client, page):
    html = api_client.get(f"/api/v1/{page}/").content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+\.(?:js|css|png))"', html)
    assert assets, html
    for asset in assets:
        assert asset.startswith("/static/"), asset
        assert finders.find(asset.removeprefix("/static/")), asset
    assert "cdn" not in html.lower()
