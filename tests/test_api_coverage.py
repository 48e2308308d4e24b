"""Every API endpoint has a contract test, and every declared parameter a case in it."""

from importlib import import_module
from pathlib import Path

from django.conf import settings

from apps.common.api.filters import accepted_params
from apps.common.api.routers import router
from tests.contract import AnalysisContract, EndpointContract

TESTS = Path(__file__).resolve().parent


def load_test_modules() -> None:
    """Import every API test module so their contract subclasses exist."""
    for path in sorted(TESTS.glob("*/test_*.py")):
        import_module(".".join(path.relative_to(TESTS.parent).with_suffix("").parts))


def subclasses(base: type) -> list[type]:
    """Return the test classes built on base (not throwaway ones defined inside a test)."""
    found = []
    for cls in base.__subclasses__():
        if "<locals>" not in cls.__qualname__:
            found += [cls, *subclasses(cls)]
    return found


def contracts() -> list[type]:
    load_test_modules()
    return subclasses(EndpointContract) + subclasses(AnalysisContract)


def viewsets() -> dict[str, type]:
    import_module(settings.ROOT_URLCONF)  # the URLconf registers every app's viewsets
    return {basename: viewset for _, viewset, basename in router.registry}


def cases_of(contract: type) -> dict:
    return getattr(contract, "filter_cases", None) or getattr(contract, "param_cases", {})


def names_in(queries) -> set[str]:
    """Return the parameter names used in query strings like 'a=1&b={ref}'."""
    return {part.split("=", 1)[0] for query in queries for part in query.split("&") if part}


def missing_endpoints(contract_classes: list[type]) -> set[str]:
    """Return the router basenames no contract subclass tests."""
    return set(viewsets()) - {contract.basename for contract in contract_classes}


def missing_parameters(contract_classes: list[type]) -> dict[str, set[str]]:
    """Return, per endpoint, the declared parameters that appear in no case of any contract."""
    used: dict[object, set[str]] = {}
    for contract in contract_classes:
        view = viewsets()[contract.basename]
        names = names_in(cases_of(contract)) | set(getattr(contract, "covered_parameters", ()))
        for spec in (getattr(view, "filterset_class", None), view.query_serializer_class):
            if spec is not None:
                used.setdefault(spec, set()).update(names)
    missing = {}
    for basename, view in viewsets().items():
        declared = set()
        if getattr(view, "filterset_class", None) is not None:
            declared |= accepted_params(view.filterset_class)[0] - used.get(
                view.filterset_class, set()
            )
        if view.query_serializer_class is not None:
            fields = set(view.query_serializer_class().fields)
            declared |= fields - used.get(view.query_serializer_class, set())
        if declared:
            missing[basename] = declared
    return missing


def test_every_endpoint_has_a_contract():
    assert missing_endpoints(contracts()) == set()


def test_every_declared_filter_and_parameter_has_a_case():
    assert missing_parameters(contracts()) == {}


def test_a_contract_without_a_filter_case_is_reported():
    class Incomplete(EndpointContract):
        basename = "weapon"
        filter_cases = {"category=explosive": 1}

    missing = missing_parameters([Incomplete])
    assert {"q", "actor", "include_subordinates"} <= missing["weapon"]
    assert "category" not in missing["weapon"]
    assert "event" in missing_endpoints([Incomplete])
