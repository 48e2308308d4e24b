from django.apps import AppConfig


class SyncConfig(AppConfig):
    """What clients that keep a copy read: the changes feed and bulk exports. No models."""

    name = "apps.sync"
