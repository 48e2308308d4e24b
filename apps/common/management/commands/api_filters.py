"""`manage.py api_filters [--markdown]`: the API's query parameters, read from the code."""

import json
from dataclasses import asdict

from django.core.management.base import BaseCommand

from apps.common.api.reference import api_endpoints, endpoints_markdown


class Command(BaseCommand):
    help = (
        "Print every query parameter of every list and analysis endpoint, as the OpenAPI "
        "schema describes it: JSON, or with --markdown the page docs/api-filters.md."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--markdown", action="store_true", help="print docs/api-filters.md")

    def handle(self, *args, markdown, **options) -> None:
        endpoints = api_endpoints()
        if markdown:
            self.stdout.write(endpoints_markdown(endpoints), ending="")
        else:
            self.stdout.write(json.dumps([asdict(e) for e in endpoints], indent=2))
