from django.apps import AppConfig


class WeaponsConfig(AppConfig):
    name = "apps.weapons"
    label = "weapons"
