"""A small evidence base loaded for real (committed), and the changes a deployment sees."""

import shutil
from pathlib import Path

from django.conf import settings

from apps.actors.models import Actor
from apps.claims.models import Claim
from apps.common.services import entity_merge, review_set_status
from apps.events.models import Event
from etl import pipeline
from tests.factories import make_user

# Chosen by rule, not by name: the file with topics (a part of it is cut to edit it), and the
# file sorted just before it (loaded later, as a new one).
SEEDS = sorted(path.name for path in Path(settings.SEEDS_DIR).glob("*.txt"))
SEED = next(name for name in SEEDS if "Topic 3:" in (Path(settings.SEEDS_DIR) / name).read_text())
NEW_SEED = SEEDS[SEEDS.index(SEED) - 1]


def load_seed(tmp_path: Path) -> Path:
    """Load one seed file (and the reference lists) from a copy in tmp_path; return its folder."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(Path(settings.SEEDS_DIR) / SEED, folder / SEED)
    pipeline.run([str(folder)])
    return folder


def curate_and_reload(folder: Path) -> dict:
    """Change the evidence the ways a deployment does: a re-load of an edited file and of a
    new one, a curator's merge, deletion and rejection. Return what was merged and deleted."""
    text = (folder / SEED).read_text()
    start, end = text.index("Topic 2:"), text.index("Topic 3:")
    (folder / SEED).write_text(text[:start] + text[end:])
    shutil.copy(Path(settings.SEEDS_DIR) / NEW_SEED, folder / NEW_SEED)
    pipeline.run([str(folder)])
    survivor = Actor.objects.get(slug="qods-force")
    duplicate = Actor.objects.get(slug="hezbollah")
    entity_merge(survivor=survivor, duplicates=[duplicate], user=make_user())
    event = Event.objects.order_by("id").first()
    event_id = event.pk
    event.delete()
    review_set_status(queryset=Claim.objects.order_by("-id")[:1], status="rejected", user=None)
    return {"merged": duplicate.pk, "survivor": survivor.pk, "deleted": event_id}
