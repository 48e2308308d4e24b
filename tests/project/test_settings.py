"""Production settings pass Django's deployment checks; missing secrets fail loudly."""

import logging
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=os.environ | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_values_pass_check_deploy_without_warnings():
    done = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="evidence.example.org",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_production_without_secret_key_refuses_to_start():
    done = manage("check", DEBUG="0", SECRET_KEY="", ALLOWED_HOSTS="evidence.example.org")
    assert done.returncode != 0
    assert "SECRET_KEY must be set" in done.stderr


def test_a_django_message_reaches_one_console_handler():
    """Django's own console handler and ours would print every 'Bad Request' twice."""
    logger, consoles = logging.getLogger("django.request"), []
    while logger is not None:
        consoles += [h for h in logger.handlers if type(h) is logging.StreamHandler]
        logger = logger.parent if logger.propagate else None
    assert len(consoles) == 1
