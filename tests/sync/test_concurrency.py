"""No gaps, no repeats: transactions that commit in another order than they started.

These tests commit for real (transactional database), from several threads, each with its
own connection, as several gunicorn workers and loaders would.
"""

import random
import threading
import time

import pytest
from django.db import connection, transaction

from apps.common.models import Change
from apps.sync.selectors import START, change_feed
from tests.factories import make_actor, make_claim, make_event

pytestmark = pytest.mark.django_db(transaction=True)


def read_all(after: tuple[int, int]) -> tuple[list[Change], tuple[int, int]]:
    """Read the feed from `after` to its end, as a client following `next` does."""
    seen = []
    while True:
        page = change_feed(after=after, kinds=[], limit=7)
        if not page:
            return seen, after
        seen += page
        after = (page[-1].changeset.seq, page[-1].id)


def in_thread(target, *args) -> threading.Thread:
    def run():
        try:
            target(*args)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_transaction_that_commits_last_is_read_last_even_if_it_wrote_first():
    written, go = threading.Event(), threading.Event()
    early = {}

    def slow_writer():
        with transaction.atomic():
            early["event"] = make_event()
            written.set()
            go.wait(10)

    thread = in_thread(slow_writer)
    assert written.wait(10)
    late = make_event()  # its own transaction, committed at once
    first_read, position = read_all(START)
    assert [c.object_id for c in first_read] == [late.pk]
    go.set()
    thread.join(10)
    second_read, _ = read_all(position)
    assert [c.object_id for c in second_read] == [early["event"].pk]
    # The trap a plain sequence falls into: the early change has the smaller id.
    assert second_read[0].id < first_read[0].id


def test_concurrent_writers_and_a_polling_reader_see_every_change_exactly_once():
    done = threading.Event()
    seen: list[Change] = []

    def writer(seed: int) -> None:
        chance = random.Random(seed)
        for _ in range(15):
            with transaction.atomic():
                for _ in range(chance.randint(1, 3)):
                    make_event()
                    time.sleep(chance.random() / 200)

    def reader() -> None:
        after = START
        while not done.is_set():
            page, after = read_all(after)
            seen.extend(page)
        seen.extend(read_all(after)[0])

    polling = in_thread(reader)
    writers = [in_thread(writer, seed) for seed in range(4)]
    for thread in writers:
        thread.join(60)
    done.set()
    polling.join(60)
    ids = [change.id for change in seen]
    assert len(ids) == len(set(ids))
    assert sorted(ids) == sorted(Change.objects.values_list("id", flat=True))
    order = [(change.changeset.seq, change.id) for change in seen]
    assert order == sorted(order)


def test_a_commit_waiting_on_a_foreign_key_check_holds_up_no_other_commit():
    """Foreign keys are checked at commit too: one that waits for another transaction's lock
    on the row it names must not hold the numbering lock meanwhile, or every writer would
    wait with it (and a deletion of that row, committing then, would deadlock with it)."""
    target = make_actor()
    locked, release, referencing_done = threading.Event(), threading.Event(), threading.Event()

    def holder() -> None:  # as a deletion or a merge of `target` would, until it commits
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM actors_actor WHERE id = %s FOR UPDATE", [target.pk])
            locked.set()
            release.wait(20)

    def referencing() -> None:
        with transaction.atomic():
            make_actor()
            make_claim(subject=target)  # its key is checked at commit: waits for `holder`
        referencing_done.set()

    threads = [in_thread(holder)]
    assert locked.wait(10)
    threads.append(in_thread(referencing))
    time.sleep(1)  # `referencing` is now committing, waiting for the row lock
    other = in_thread(make_event)
    other.join(5)
    unblocked = not other.is_alive()
    release.set()
    for thread in [*threads, other]:
        thread.join(20)
    assert unblocked, "an unrelated commit waited for a foreign-key check of another"
    assert referencing_done.is_set()
    # The unrelated commit went first and is read first: commit order still holds.
    kinds = [c.kind for c in read_all(START)[0] if c.kind in ("event", "claim")]
    assert kinds == ["event", "claim"]
