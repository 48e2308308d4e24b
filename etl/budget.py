"""A per-file time budget: a cooperative deadline that the extraction loops check.

`pipeline.load_file` opens a budget of settings.LOADER_FILE_TIME_BUDGET seconds around one
file; the loops over paragraphs and sentences call check(), which raises BudgetExceeded
once the deadline has passed. The file's transaction is rolled back, the file is reported
and the run goes on. Outside a budget check() does nothing, so the stages stay pure.
"""

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_deadline: ContextVar[tuple[float, float] | None] = ContextVar("deadline", default=None)


class BudgetExceeded(Exception):
    """The file took longer than its time budget; the message says so in one line."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"extraction exceeded its time budget of {seconds:g} s; skipped")


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Give the code inside `seconds` of wall time (None or 0: no limit)."""
    token = _deadline.set((time.monotonic() + seconds, seconds) if seconds else None)
    try:
        yield
    finally:
        _deadline.reset(token)


def check() -> None:
    """Raise BudgetExceeded when the current budget is spent."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline[0]:
        raise BudgetExceeded(deadline[1])
