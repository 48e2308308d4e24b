"""One load at a time per database: a PostgreSQL advisory lock held for the whole run.

Two runs at once would insert the same natural keys side by side and one of them would fail
on the unique constraints; with the lock the second waits, says so, then loads (finding
the first one's rows unchanged).
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.db import connection

# Any 64-bit number no other part of the project uses as an advisory lock key ("loadseed").
LOCK_KEY = int.from_bytes(b"loadseed", "big") & (2**63 - 1)
WAITING = (
    "Another load_seeds run is loading into this database; waiting for it to finish "
    f"(PostgreSQL advisory lock {LOCK_KEY})..."
)
GOT_IT = "The other load finished; loading."


@contextmanager
def loader_lock(notify: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the loader's lock for the run; when another run holds it, say so and wait."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [LOCK_KEY])
        if not cursor.fetchone()[0]:
            if notify is not None:
                notify(WAITING)
            cursor.execute("SELECT pg_advisory_lock(%s)", [LOCK_KEY])
            if notify is not None:
                notify(GOT_IT)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK_KEY])
