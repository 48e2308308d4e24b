from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "apps.common"
    label = "common"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the tombstone receiver)
