"""docker-compose.yml, the Dockerfile and .env.example agree with the settings."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def documented_variables() -> set[str]:
    lines = (ROOT / ".env.example").read_text().splitlines()
    return {line.split("=", 1)[0] for line in lines if re.match(r"^[A-Z_]+=", line)}


def settings_variables() -> set[str]:
    source = "\n".join(path.read_text() for path in (ROOT / "project").glob("*.py"))
    return set(re.findall(r'(?:env_bool|env_list|environ\.get)\(\s*"([A-Z_]+)"', source))


def test_compose_has_db_web_and_one_shot_loader():
    services = compose()["services"]
    assert set(services) == {"db", "web", "loader"}
    assert services["db"]["image"] == "postgres:16"
    assert "healthcheck" in services["db"]
    assert "pgdata" in compose()["volumes"]
    assert services["web"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert "migrate" in services["web"]["command"] and "gunicorn" in services["web"]["command"]
    assert services["loader"]["command"] == "python manage.py load_seeds"
    assert services["loader"]["restart"] == "no"


def test_every_setting_read_from_the_environment_is_documented():
    found = settings_variables()
    assert {"SECRET_KEY", "DEBUG", "DATABASE_URL", "EMBEDDED_PG_DIR"} <= found
    assert found <= documented_variables()


def test_compose_passes_only_documented_settings():
    environment = compose()["x-app-environment"]
    assert set(environment) <= documented_variables()
    assert environment["DATABASE_URL"].startswith("postgres://")


def make_plan(target: str, tmp_path: Path) -> str:
    """Return the commands `make` would run for a target in a fresh checkout's virtualenv."""
    done = subprocess.run(
        ["make", "-n", target, f"VENV={tmp_path / 'venv'}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_installs_only_what_running_needs_and_make_test_the_dev_extra(tmp_path):
    run = make_plan("run", tmp_path)
    assert "pip install --quiet -c constraints.txt -e ." in run
    assert "[dev]" not in run
    assert '-e ".[dev]"' in make_plan("test", tmp_path)
    assert "make test" in (ROOT / ".ci" / "run").read_text()
