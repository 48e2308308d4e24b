"""Done when: a client copies everything through the live API, then, after a re-load and a
curator's merge and deletion, fetches only what changed and holds what a fresh copy holds."""

import pytest

from .mirror import KINDS, Copy, without_counts
from .world import curate_and_reload

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_copy_kept_by_the_feed_equals_a_fresh_copy(live_api, seeds):
    api = live_api
    copy = Copy(api)
    since = copy.position()
    copy.copy_all()
    assert len(copy.rows) > 100
    removed = curate_and_reload(seeds)

    before = copy.requests
    since, changes = copy.follow(since)
    fetches = copy.requests - before

    fresh = Copy(api)
    fresh.copy_all()
    assert without_counts(copy.rows) == without_counts(fresh.rows)
    reported = {(change["kind"], change["id"], change["action"]) for change in changes}
    assert ("actor", removed["merged"], "merged") in reported
    assert ("event", removed["deleted"], "deleted") in reported
    assert {"stale", "created", "updated", "reviewed"} <= {change["action"] for change in changes}
    # Only what changed was fetched again: a feed page and one request per kind changed.
    assert fetches <= 1 + len(KINDS)
    assert copy.follow(since)[1] == []
