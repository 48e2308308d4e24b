"""The embedded PostgreSQL starts by itself, is shared, and yields to DATABASE_URL."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path

import psycopg
import pytest

from project.database import database_config

ROOT = Path(__file__).resolve().parents[2]

SERVER_PID = """
import sys
from pathlib import Path
from project.database import embedded_database_url
import psycopg
url = embedded_database_url(data_dir=Path(sys.argv[1]))
with psycopg.connect(url) as conn:
    print(conn.execute("SELECT pg_postmaster_start_time(), current_database()").fetchone())
if len(sys.argv) > 2:
    sys.stdin.readline()
"""


@pytest.fixture
def pg_root() -> Iterator[Path]:
    """Return a folder for throwaway embedded servers; stop any a failing test left running.

    Not under /tmp/pytest-of-<user>: pgserver runs PostgreSQL as another user, who must reach
    the folder, and every pytest run on the machine makes that folder private again.
    """
    (ROOT / "var").mkdir(exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="test-pg-", dir=ROOT / "var"))
    yield root
    for pid_file in root.glob("*/postmaster.pid"):
        with suppress(OSError, ValueError):
            os.kill(int(pid_file.read_text().split()[0]), signal.SIGTERM)
    shutil.rmtree(root, ignore_errors=True)


def run_python(code: str, *args: str, env: dict | None = None, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env or os.environ.copy(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def test_database_url_is_honoured(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgres://analyst:secret@db.example:6543/evidence")
    config = database_config(base_dir=ROOT)
    assert (config["HOST"], config["PORT"], config["NAME"], config["USER"]) == (
        "db.example",
        6543,
        "evidence",
        "analyst",
    )
    assert config["ENGINE"] == "django.db.backends.postgresql"


def test_embedded_server_starts_without_database_url(pg_root, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("EMBEDDED_PG_DIR", str(pg_root / "pg"))
    probe = run_python(
        "from pathlib import Path; from project.database import database_config;"
        "c = database_config(base_dir=Path('.')); print(c['ENGINE'], c['NAME'], c['HOST'])",
    )
    out, err = probe.communicate(timeout=120)
    assert probe.returncode == 0, err
    engine, name, host = out.split()
    assert (engine, name) == ("django.db.backends.postgresql", "evidence")
    assert host == str(pg_root / "pg")


def test_second_process_reuses_the_running_server(pg_root):
    data_dir = str(pg_root / "shared")
    first = run_python(SERVER_PID, data_dir, "hold", stdin=subprocess.PIPE)
    first_line = first.stdout.readline()
    second = run_python(SERVER_PID, data_dir)
    second_out, second_err = second.communicate(timeout=120)
    first.communicate(input="\n", timeout=120)
    assert second.returncode == 0, second_err
    assert first_line.strip() and second_out.strip() == first_line.strip()


def test_the_test_run_itself_uses_postgresql(django_db_blocker):
    from django.db import connection

    with django_db_blocker.unblock():
        assert connection.vendor == "postgresql"
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            assert int(cursor.fetchone()[0].split(".")[0]) >= 14


def test_embedded_database_accepts_connections(pg_root):
    from project.database import embedded_database_url

    probe = run_python(
        "import sys; from pathlib import Path; from project.database import embedded_database_url;"
        "print(embedded_database_url(data_dir=Path(sys.argv[1])))",
        str(pg_root / "pg2"),
    )
    out, err = probe.communicate(timeout=120)
    assert probe.returncode == 0, err
    assert out.strip().startswith("postgresql://")
    assert embedded_database_url  # imported for the same module the subprocess used
    with pytest.raises(psycopg.OperationalError):
        # The subprocess was the server's only user: it stopped the server when it exited.
        psycopg.connect(out.strip(), connect_timeout=3)


SERVER_URL = """
import sys
from pathlib import Path
from project.database import embedded_database_url
print(embedded_database_url(data_dir=Path(sys.argv[1])), flush=True)
if len(sys.argv) > 2:
    sys.stdin.readline()
"""


def holder(data_dir: str) -> tuple[subprocess.Popen, str]:
    """Start a process that joins the server and stays; return it and the server's URL."""
    process = run_python(SERVER_URL, data_dir, "hold", stdin=subprocess.PIPE)
    return process, process.stdout.readline().strip()


def server_answers(url: str) -> bool:
    try:
        with psycopg.connect(url, connect_timeout=3):
            return True
    except psycopg.OperationalError:
        return False


def test_a_killed_process_does_not_keep_the_server_alive(pg_root):
    data_dir = str(pg_root / "killed")
    killed, url = holder(data_dir)
    killed.kill()  # SIGKILL: no cleanup, its id stays on pgserver's list
    killed.wait(timeout=30)
    last = run_python(SERVER_URL, data_dir)
    _, err = last.communicate(timeout=120)
    assert last.returncode == 0, err
    assert not server_answers(url)


def test_the_last_live_process_stops_the_server_though_another_was_killed(pg_root):
    data_dir = str(pg_root / "survivor")
    survivor, url = holder(data_dir)
    killed, _ = holder(data_dir)
    killed.kill()
    killed.wait(timeout=30)
    survivor.communicate(input="\n", timeout=120)
    assert survivor.returncode == 0
    assert not server_answers(url)


def test_sigterm_is_a_clean_exit_that_stops_the_server(pg_root):
    terminated, url = holder(str(pg_root / "terminated"))
    terminated.terminate()
    terminated.communicate(timeout=120)
    assert not server_answers(url)
