"""The loader as a Django app: its commands and the extraction lexicons' system check."""

from django.apps import AppConfig
from django.core import checks


class EtlConfig(AppConfig):
    """The loader: owns the commands that load documents and dump what was loaded."""

    name = "etl"
    label = "etl"
    verbose_name = "Loader"

    def ready(self) -> None:
        from etl.extract.lexicons.checks import check_lexicons

        checks.register(check_lexicons)
