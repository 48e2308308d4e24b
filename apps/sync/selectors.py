"""Reads of the change log (apps/common/changes.py writes it): the feed, in commit order."""

from django.db.models import Q, QuerySet

from apps.common.models import Change
from apps.common.selectors import REMOVALS

# A position in the feed: after the change `id` of the change set numbered `seq`.
START = (0, 0)


def _after(after: tuple[int, int]) -> QuerySet[Change]:
    """Committed changes after the position (the seq bound first: the index reads from it)."""
    seq, change_id = after
    return Change.objects.filter(
        Q(changeset__seq__gt=seq) | Q(changeset__seq=seq, id__gt=change_id),
        changeset__seq__gte=seq,
    )


def change_feed(*, after: tuple[int, int], kinds: list[str], limit: int) -> list[Change]:
    """Return up to `limit` changes after the position, in commit order, with their set.

    Only committed change sets are numbered, so a transaction still running is not read;
    it will come after every position handed out before it commits.
    """
    changes = _after(after).select_related("changeset")
    if kinds:
        changes = changes.filter(kind__in=kinds)
    return list(changes.order_by("changeset__seq", "id")[:limit])


def change_head() -> tuple[int, int]:
    """Return the position after every committed change (a set still unnumbered, which only
    its own transaction can see, is not one)."""
    numbered = Change.objects.filter(changeset__seq__isnull=False)
    last = numbered.order_by("-changeset__seq", "-id").values_list("changeset__seq", "id")
    return last.first() or START


def changed_ids(*, kind: str, after: tuple[int, int]) -> QuerySet:
    """Return the ids of the rows of `kind` created or changed after the position."""
    return _after(after).filter(kind=kind).values("object_id")


def removed_after(*, kind: str, after: tuple[int, int]) -> QuerySet[Change]:
    """Return the deletions and merges of rows of `kind` after the position, in order."""
    changes = _after(after).filter(kind=kind, action__in=REMOVALS).select_related("changeset")
    return changes.order_by("changeset__seq", "id")
