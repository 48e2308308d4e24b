"""/healthz reports the database state."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db


def test_healthz_is_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_is_503_when_the_database_is_down():
    # A real, unreachable server (nothing listens on port 1), not a mocked connection.
    env = os.environ | {"DATABASE_URL": "postgres://nobody@127.0.0.1:1/nothing"}
    code = (
        "import django, json; django.setup(); from django.test import Client;"
        "r = Client().get('/healthz'); print(r.status_code, json.dumps(r.json()))"
    )
    env["DJANGO_SETTINGS_MODULE"] = "project.settings"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    status, body = done.stdout.strip().split(" ", 1)
    assert status == "503"
    assert json.loads(body)["database"] == "unavailable"


def test_healthz_refuses_post(client):
    assert client.post("/healthz").status_code == 405
