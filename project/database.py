"""Database wiring: DATABASE_URL when set, otherwise an embedded PostgreSQL (pgserver)."""

import atexit
import os
import signal
import threading
import warnings
from pathlib import Path

import dj_database_url

EMBEDDED_DB_NAME = "evidence"
HANDLES_FILE = ".handle_pids.json"  # pgserver's list of the processes using the server


def database_config(*, base_dir: Path) -> dict:
    """Return Django's DATABASES['default'], starting the embedded server when needed."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url:
        url = embedded_database_url(data_dir=embedded_data_dir(base_dir=base_dir))
    config = dj_database_url.parse(url, conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")))
    config["CONN_HEALTH_CHECKS"] = True
    # A unix-socket URL ("postgresql://user@/db?host=/path") lands in OPTIONS; Django and
    # psycopg read it the same from HOST, where tools and error messages look for it.
    socket_dir = config.get("OPTIONS", {}).pop("host", None)
    if socket_dir and not config.get("HOST"):
        config["HOST"] = socket_dir
    return config


def embedded_data_dir(*, base_dir: Path) -> Path:
    """Return the embedded server's data folder (EMBEDDED_PG_DIR, default var/pgdata)."""
    configured = os.environ.get("EMBEDDED_PG_DIR", "").strip()
    path = Path(configured) if configured else base_dir / "var" / "pgdata"
    if not path.is_absolute():
        path = base_dir / path
    return path


def embedded_database_url(*, data_dir: Path) -> str:
    """Start (or join) the embedded PostgreSQL in data_dir and return a URL to its database.

    pgserver keeps a list of the processes using a data folder: a second process finds the
    server already running and reuses it, and the last process to exit stops it.
    """
    # platformdirs warns on machines without XDG_RUNTIME_DIR; pgserver copes, so stay quiet.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    import pgserver

    data_dir.parent.mkdir(parents=True, exist_ok=True)
    _forget_dead_users(data_dir)
    server = pgserver.get_server(data_dir, cleanup_mode="stop")
    # atexit runs last-registered first: forget the dead before pgserver counts who is left.
    atexit.register(_forget_dead_users, data_dir)
    _exit_cleanly_on_sigterm()
    _ensure_database(server)
    return server.get_uri(EMBEDDED_DB_NAME)


def _forget_dead_users(data_dir: Path) -> None:
    """Drop from pgserver's list of users the processes that died without leaving it.

    pgserver stops the server when the last process on its list exits; a process killed
    (SIGKILL, a crash) stays on the list for ever, and the server with it.
    """
    from pgserver.postgres_server import PostgresServer
    from pgserver.utils import DiskList, process_is_running

    path = data_dir.resolve() / HANDLES_FILE
    if not path.exists():
        return
    with PostgresServer._lock:
        handles = DiskList(path)
        users = handles.get()
        alive = [pid for pid in users if pid == os.getpid() or process_is_running(pid)]
        if alive != users:
            handles.put(alive)


def _exit_cleanly_on_sigterm() -> None:
    """Turn SIGTERM into a normal exit, so this process leaves the list (and stops the server
    if it is the last). Only where nobody else handles SIGTERM (gunicorn does)."""
    if threading.current_thread() is not threading.main_thread():
        return
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _sigterm_exit)


def _sigterm_exit(signum, frame) -> None:
    raise SystemExit(128 + signum)


def _ensure_database(server) -> None:
    """Create the application database on first start (the server ships only 'postgres')."""
    import psycopg

    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [EMBEDDED_DB_NAME]
        ).fetchone()
        if exists:
            return
        try:
            conn.execute(f'CREATE DATABASE "{EMBEDDED_DB_NAME}"')
        except psycopg.errors.DuplicateDatabase:
            pass  # another process created it between the check and the CREATE
