from django.apps import AppConfig


class EtlConfig(AppConfig):
    """The loader: owns the commands that load documents and dump what was loaded."""

    name = "etl"
    label = "etl"
    verbose_name = "Loader"
