"""`manage.py dump_extraction`: the loader's output as canonical, id-free, sorted JSON."""

import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from apps.common.models import Tombstone
from etl import pipeline
from etl.snapshot import MODELS

from .helpers import SAMPLES

pytestmark = pytest.mark.django_db


def dump() -> str:
    out = StringIO()
    call_command("dump_extraction", stdout=out)
    return out.getvalue()


@pytest.fixture
def loaded(tmp_path: Path) -> Path:
    for name in ("blog_bullets.txt", "report.txt"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    pipeline.run([str(tmp_path)])
    return tmp_path


def test_the_dump_lists_every_loader_model_without_ids_or_timestamps(loaded):
    data = json.loads(dump())
    assert list(data) == sorted(model._meta.label for model in MODELS)
    assert len(data["documents.Document"]) == 2
    assert len(data["comments.Comment"]) == 7
    for rows in data.values():
        for row in rows:
            assert not {"id", "created_at", "updated_at"} & set(row)


def test_rows_refer_to_each_other_by_natural_key(loaded):
    data = json.loads(dump())
    documents = {row["key"] for row in data["documents.Document"]}
    assert {row["document"] for row in data["comments.Comment"]} <= documents
    actors = {row["key"] for row in data["actors.Actor"]}
    assert {row["actor"] for row in data["actors.ActorMention"]} <= actors


def test_the_dump_is_the_same_bytes_after_a_reload_and_new_ids(loaded):
    first = dump()
    for model in reversed(MODELS):
        model._base_manager.all().delete()
    Tombstone.objects.all().delete()  # deleting loader rows leaves tombstones
    pipeline.run([str(loaded)])
    assert dump() == first


def test_the_dump_can_be_written_to_a_file(loaded, tmp_path):
    target = tmp_path / "snapshot.json"
    call_command("dump_extraction", output=str(target))
    assert target.read_text(encoding="utf-8") == dump()
