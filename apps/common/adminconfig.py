"""The admin app with the curation site (apps.common.adminsite.CurationSite) as admin.site."""

from django.contrib.admin.apps import AdminConfig


class CurationAdminConfig(AdminConfig):
    default_site = "apps.common.adminsite.CurationSite"
