"""`/` links the API, its docs, the admin and the health check; the admin's "View site" too."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db

LINKS = ('href="/api/v1/"', 'href="/api/v1/docs/"', 'href="/admin/"', 'href="/healthz"')


def test_the_home_page_links_the_api_its_docs_the_admin_and_the_health_check(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    page = response.content.decode()
    for link in LINKS:
        assert link in page, link
    assert "<script" not in page  # nothing fetched from elsewhere


def test_the_home_page_only_answers_reads(client):
    assert client.post("/").status_code == 405


def test_the_admins_view_site_link_goes_to_the_home_page(client):
    user = get_user_model().objects.create_superuser("boss", "boss@example.org", "x-long-pass")
    client.force_login(user)
    page = client.get("/admin/").content.decode()
    assert '<a href="/">View site</a>' in page
    assert client.get("/").status_code == 200
