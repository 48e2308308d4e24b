"""Build a large synthetic evidence base for the benchmarks: reproducible, minutes not hours.

`make bench-data` or `.venv/bin/python benchmarks/bigdb.py [--events 100000] [--seed 19]
[--fresh]`. It migrates the database, loads the seeds through the loader (the reference lists
and the five seed documents), then writes a synthetic world with COPY: about one document per
five events, 1.7 reports, 2.3 participants and 0.4 weapons per event, one claim per two events,
one stated relation per 25 events and at least 2,000 actors (benchmarks/world.py says how they
are spread), and finishes with VACUUM ANALYZE. The same --events and --seed give the same rows.

The database is DATABASE_URL's, or the embedded PostgreSQL in EMBEDDED_PG_DIR; the make target
uses var/bench-pgdata, apart from the development and test databases. A database that already
holds the world asked for is left alone (a comment on the events table records what was built),
so benchmarks can call ensure_world() before every run; --fresh empties it and builds again.
Other benchmarks reuse it: `from bigdb import ensure_world` after django.setup().
"""

import argparse
import io
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "project.settings")
os.environ.setdefault("LOG_LEVEL", "ERROR")

DEFAULT_EVENTS, DEFAULT_SEED = 100_000, 19
TABLES = [
    ("actors", "actor", "Actor"),
    ("documents", "document", "Document"),
    ("events", "event", "Event"),
    ("events", "eventreport", "EventReport"),
    ("events", "eventparticipant", "EventParticipant"),
    ("events", "eventweapon", "EventWeapon"),
    ("claims", "claim", "Claim"),
    ("actors", "actorrelation", "ActorRelation"),
]


def _models() -> dict:
    from django.apps import apps

    return {table: apps.get_model(app, name) for app, table, name in TABLES}


def marker(events: int, seed: int) -> str:
    return f"bench world: events={events} seed={seed}"


def current_marker() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT obj_description('events_event'::regclass, 'pg_class')")
        return cursor.fetchone()[0] or ""


def _reference():
    from world import Reference

    from apps.actors.models import Actor
    from apps.places.models import Place
    from apps.weapons.models import Weapon

    actors = {
        slug: (pk, name, kind)
        for pk, slug, name, kind in Actor.objects.values_list("pk", "slug", "name", "kind")
    }
    return Reference(
        actors=actors,
        places=list(Place.objects.order_by("id").values_list("pk", flat=True)),
        weapons=list(Weapon.objects.order_by("id").values_list("pk", "name")),
    )


def build(events: int, seed: int) -> dict:
    """Load the seeds, then write the synthetic world; return row counts and seconds."""
    from django.core.management import call_command
    from django.db import connection, transaction
    from pgcopy import copy_rows, next_id, reset_sequence
    from world import Ids, build_world

    from apps.analysis.services import actor_links_paused

    started = time.perf_counter()
    call_command("load_seeds", verbosity=0, stdout=io.StringIO(), stderr=io.StringIO())
    models = _models()
    ids = Ids({table: next_id(model) for table, model in models.items()})
    world = build_world(_reference(), ids, events=events, seed=seed)
    counts = {}
    # The actor links' triggers would fire per row; one rebuild at the end is faster.
    with transaction.atomic(), actor_links_paused():
        for table, model in models.items():
            counts[table] = copy_rows(model, world.tables.get(table, []))
            reset_sequence(model)
        with connection.cursor() as cursor:
            cursor.execute(f"COMMENT ON TABLE events_event IS '{marker(events, seed)}'")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return {"rows": counts, "seconds": round(time.perf_counter() - started, 1)}


def ensure_world(
    events: int = DEFAULT_EVENTS, seed: int = DEFAULT_SEED, fresh: bool = False
) -> dict:
    """Make the database hold exactly the world asked for; build it only when it does not."""
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    wanted = marker(events, seed)
    if not fresh and current_marker() == wanted:
        return {"rows": {}, "seconds": 0.0, "built": False}
    call_command("flush", interactive=False, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("COMMENT ON TABLE events_event IS NULL")  # until the build completes
    return {**build(events, seed), "built": True}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=DEFAULT_EVENTS, help="synthetic events")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument("--fresh", action="store_true", help="empty the database and rebuild")
    options = parser.parse_args()
    import django

    django.setup()
    result = ensure_world(options.events, options.seed, options.fresh)
    if not result["built"]:
        print(f"Database already holds the {marker(options.events, options.seed)}.")
        return
    rows = ", ".join(f"{table} {count:,}" for table, count in result["rows"].items())
    print(f"Built in {result['seconds']} s: {rows}.")


if __name__ == "__main__":
    main()
