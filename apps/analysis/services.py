"""Writes of derived analysis data: rebuilding the actor links."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection, transaction

from .links import REBUILD, TRIGGER_NAMES


def actor_link_rebuild() -> None:
    """Recompute every actor link from the visible rows (the triggers keep them current after)."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(REBUILD)


def _set_triggers(enabled: bool) -> None:
    verb = "ENABLE" if enabled else "DISABLE"
    with connection.cursor() as cursor:
        # ALTER TABLE refuses while deferred foreign-key checks are pending: run them now.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for table, name in TRIGGER_NAMES:
            cursor.execute(f"ALTER TABLE {table} {verb} TRIGGER {name}")


@contextmanager
def actor_links_paused() -> Iterator[None]:
    """Bulk-write claims, relations or participants without the triggers, then rebuild once.

    For bulk imports (the benchmark's generator): one rebuild is faster than a trigger per
    row. Runs in one transaction, so other sessions never see the links out of date.
    """
    with transaction.atomic():
        _set_triggers(False)
        yield
        _set_triggers(True)
        actor_link_rebuild()
