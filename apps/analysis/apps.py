from django.apps import AppConfig


class AnalysisConfig(AppConfig):
    """Read-only analysis across the nouns: connection, timeline, network. No models."""

    name = "apps.analysis"
