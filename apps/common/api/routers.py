"""The one router every app's urls.py registers on; project/urls.py mounts it at /api/v1/."""

from rest_framework.reverse import reverse
from rest_framework.routers import APIRootView, DefaultRouter

DOC_LINKS = {"schema": "api-schema", "docs": "api-docs", "redoc": "api-redoc"}


class EvidenceRootView(APIRootView):
    """The API's entry point: every endpoint, plus the schema and interactive docs."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        for key, name in DOC_LINKS.items():
            response.data[key] = reverse(name, request=request)
        return response


class EvidenceRouter(DefaultRouter):
    """DefaultRouter without `.json` suffix routes: the format is chosen by ?format= or Accept."""

    include_format_suffixes = False
    APIRootView = EvidenceRootView


router = EvidenceRouter()
