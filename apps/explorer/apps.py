from django.apps import AppConfig


class ExplorerConfig(AppConfig):
    name = "apps.explorer"
    verbose_name = "Evidence explorer"
