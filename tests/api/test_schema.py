"""The OpenAPI schema validates, documents every parameter and field; docs are served locally."""

import re

import pytest
import yaml
from django.contrib.staticfiles import finders
from django.core.management import call_command

from apps.common.api.filters import accepted_params
from apps.common.api.routers import router
from tests.factories import make_document

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


def test_every_list_offers_csv_and_places_and_events_geojson(schema):
    for prefix in ("events", "claims", "actors", "comments", "documents", "places", "weapons"):
        formats = {
            param["name"]: param["schema"].get("enum")
            for param in list_operation(schema, prefix)["parameters"]
        }["format"]
        assert formats == (
            ["csv", "geojson", "json"] if prefix in ("places", "events") else ["csv", "json"]
        )


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


def parameters_of(schema: dict, prefix: str) -> dict[str, dict]:
    return {param["name"]: param for param in list_operation(schema, prefix)["parameters"]}


def test_reads_are_declared_open_to_anonymous_clients_but_the_exports(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            anonymous = {} in operation["security"]
            assert anonymous is not path.startswith("/api/v1/export/"), (method, path)


def test_a_document_without_an_address_has_a_null_web_url(api_client, schema):
    spec = schema["components"]["schemas"]["Document"]["properties"]["web_url"]
    assert (spec["format"], spec["nullable"]) == ("uri", True)
    document = make_document(url="")
    assert api_client.get(f"/api/v1/documents/{document.pk}/").json()["web_url"] is None
    assert api_client.get("/api/v1/documents/").json()["results"][0]["web_url"] is None


def test_paging_bounds_are_in_the_schema(schema):
    for prefix in ("events", "documents", "actors"):
        parameters = parameters_of(schema, prefix)
        assert parameters["page"]["schema"]["minimum"] == 1
        assert parameters["page_size"]["schema"]["minimum"] == 1
        assert parameters["page_size"]["schema"]["maximum"] == 500


def test_required_actors_may_not_be_empty(schema):
    for prefix, names in (("connection", ["a", "b"]), ("network", ["actor"])):
        parameters = parameters_of(schema, prefix)
        for name in names:
            assert parameters[name]["required"] is True
            assert parameters[name]["schema"]["minLength"] == 1
    assert parameters_of(schema, "connection")["b"]["schema"]["x-differs-from"] == "a"


def test_include_subordinates_names_the_filters_it_needs(schema):
    expected = {
        "actors": ["parent"],
        "weapons": ["actor"],
        "events": ["actor"],
        "timeline": ["actor"],
        "claims": ["claimant", "subject", "object"],
    }
    for prefix, targets in expected.items():
        parameter = parameters_of(schema, prefix)["include_subordinates"]
        assert parameter["x-requires-one-of"] == targets, prefix
        assert "alone, a 400" in parameter["description"]


def test_empty_optional_parameters_are_declared_as_not_given(schema, api_client):
    for path, operations in schema["paths"].items():
        for parameter in operations["get"]["parameters"]:
            if parameter["in"] == "query":
                assert parameter.get("allowEmptyValue") is not parameter.get("required"), (
                    path,
                    parameter["name"],
                )
    assert api_client.get("/api/v1/events/?date_start__gte=&event_type=&killed=").status_code == 200


def test_bounds_the_filters_enforce_are_in_the_schema(schema):
    events = parameters_of(schema, "events")
    assert events["killed__gte"]["schema"]["minimum"] == 0
    assert events["q"]["schema"]["maxLength"] == 200
    assert events["actor"]["schema"]["type"] == "array"
    assert re.fullmatch(events["document"]["schema"]["items"]["pattern"], " 3, 4 ,,")
    assert not re.fullmatch(events["document"]["schema"]["items"]["pattern"], "x")
    assert re.fullmatch(events["ordering"]["schema"]["pattern"], "-killed, date_start")
    assert not re.fullmatch(events["ordering"]["schema"]["pattern"], "--killed")


def test_free_text_parameters_refuse_nul_in_the_schema(schema):
    pattern = parameters_of(schema, "documents")["publisher"]["schema"]["pattern"]
    assert re.fullmatch(pattern, "Long War Journal")
    assert not re.fullmatch(pattern, "a\x00b")
