"""The shell examples of docs/api.md's "Keeping a copy", run with curl and jq against a live
server: a full copy, changes, then only what changed; an export; a map query."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from rest_framework.authtoken.models import Token

from tests.factories import make_user

from .mirror import KINDS, Copy, without_counts
from .world import curate_and_reload

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not (shutil.which("curl") and shutil.which("jq") and shutil.which("bash")),
        reason="the examples need bash, curl and jq",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"<!-- example: (\w+) -->\n```sh\n(.*?)```", re.S)


def examples() -> dict[str, str]:
    """Return the marked shell blocks of docs/api.md by name."""
    return dict(BLOCK.findall((ROOT / "docs" / "api.md").read_text()))


def run(script: str, folder: Path, api: str, **env) -> None:
    # The examples set API to the development server; here it is the live test server.
    script = script.replace("API=http://127.0.0.1:8000/api/v1", f"API={api}")
    shell = ["bash", "-euo", "pipefail", "-c", script]
    variables = {"PATH": "/usr/bin:/bin:/usr/local/bin", "API": api, **env}
    done = subprocess.run(shell, cwd=folder, env=variables, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def folder_copy(folder: Path) -> dict:
    """Return the rows of the examples' copy folder as the Copy class keys them."""
    return {
        (kind, int(path.stem)): json.loads(path.read_text())
        for kind in KINDS
        for path in (folder / "copy" / kind).glob("*.json")
    }


def test_the_copy_example_then_the_follow_example_equal_a_fresh_copy(live_api, seeds, tmp_path):
    api, blocks = live_api, examples()
    work = tmp_path / "client"
    work.mkdir()
    setup = blocks["copy"].split("\n# Where", 1)[0]
    run(blocks["copy"], work, api)
    curate_and_reload(seeds)
    run(setup + blocks["follow"], work, api)
    fresh = Copy(api)
    fresh.copy_all()
    assert without_counts(folder_copy(work)) == without_counts(fresh.rows)


def test_the_export_and_map_examples_answer(live_api, seeds, tmp_path):
    api, blocks = live_api, examples()
    token = Token.objects.create(user=make_user()).key
    run(blocks["export"], tmp_path, api, TOKEN=token)
    lines = (tmp_path / "events.jsonl").read_text().splitlines()
    assert lines and all(json.loads(line)["url"].startswith(api) for line in lines)
    assert "x-changes-cursor" in (tmp_path / "headers.txt").read_text().lower()
    run(blocks["map"], tmp_path, api)
    places = json.loads((tmp_path / "places.geojson").read_text())
    assert places["type"] == "FeatureCollection"
    assert any(feature["geometry"] for feature in places["features"])
