"""Two loads at once: the second waits for the first, says so on stderr, never fails."""

import os
import shutil
import subprocess
import sys
import threading
from subprocess import PIPE

import psycopg
import pytest
from django.db import connection

from apps.documents.models import Document
from etl import pipeline
from etl.lock import GOT_IT, LOCK_KEY, WAITING

from .helpers import SAMPLES

pytestmark = pytest.mark.django_db


def other_session() -> psycopg.Connection:
    """Open a second database session, as another load_seeds process would."""
    settings = connection.settings_dict
    return psycopg.connect(
        dbname=settings["NAME"],
        user=settings["USER"],
        password=settings["PASSWORD"],
        host=settings["HOST"],
        port=settings["PORT"] or None,
        autocommit=True,
    )


@pytest.fixture
def folder(tmp_path):
    shutil.copy(SAMPLES / "report.txt", tmp_path / "report.txt")
    return tmp_path


def test_a_run_waits_while_another_holds_the_lock_and_says_so(folder):
    messages = []
    with other_session() as other:
        other.execute("SELECT pg_advisory_lock(%s)", [LOCK_KEY])
        release = threading.Timer(1.0, other.execute, ["SELECT pg_advisory_unlock(%s)", [LOCK_KEY]])
        release.start()
        report = pipeline.run([str(folder)], notify=messages.append)
        release.join()
    assert messages == [WAITING, GOT_IT]
    assert report.errors == []
    assert Document.objects.count() == 1


def test_the_lock_is_free_after_a_run_even_a_failed_one(folder, monkeypatch):
    pipeline.run([str(folder)])
    monkeypatch.setattr(pipeline, "load_file", lambda *args, **kwargs: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        pipeline.run([str(folder)])
    with other_session() as other:
        assert other.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_KEY]).fetchone()[0]


def test_an_unhindered_run_says_nothing(folder):
    messages = []
    pipeline.run([str(folder)], notify=messages.append)
    assert messages == []


@pytest.mark.django_db(transaction=True)
def test_two_load_seeds_processes_at_once_both_succeed_without_errors(folder):
    shutil.copy(SAMPLES / "blog_bullets.txt", folder / "blog_bullets.txt")
    settings = connection.settings_dict
    url = f"postgresql://{settings['USER']}@/{settings['NAME']}?host={settings['HOST']}"
    command = [sys.executable, "manage.py", "load_seeds", str(folder)]
    environment = {**os.environ, "DATABASE_URL": url}
    runs = [
        subprocess.Popen(command, env=environment, stdout=PIPE, stderr=PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (out, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, out + err
        assert "Traceback" not in err and "IntegrityError" not in out + err
    assert Document.objects.filter(parent=None).count() == 2
