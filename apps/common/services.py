"""Curation writes: review decisions, curator locks, merges of duplicates, the curators group."""

from collections.abc import Sequence

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import models, transaction
from django.db.models import QuerySet
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from .duplicates import pair_keys
from .locks import REVIEW_FIELDS, fields_to_lock
from .merging import MergeResult, merge_rows
from .models import CuratedModel, DuplicateDismissal, EntityModel, ReviewStatus
from .text import append_note, history_reason

CURATORS_GROUP = "curators"
EDIT = ("view", "add", "change", "delete")
# Loaded documents and comments are the evidence itself: curators correct and review them
# but neither invent nor delete them (a deletion would cascade to everything extracted).
CURATOR_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "documents.document": ("view", "change"),
    "comments.comment": ("view", "change"),
    **dict.fromkeys(
        [
            "actors.actor",
            "actors.actoralias",
            "actors.actormention",
            "actors.actorrelation",
            "weapons.weapon",
            "weapons.weaponalias",
            "weapons.weaponmention",
            "places.place",
            "places.placealias",
            "places.placemention",
            "events.event",
            "events.eventparticipant",
            "events.eventweapon",
            "events.eventreport",
            "claims.claim",
        ],
        EDIT,
    ),
    # Deleting a tombstone is how a curator lets the loader bring a deleted row back.
    "common.tombstone": ("view", "delete"),
    # Deleting a dismissal lets the pair be suggested again.
    "common.duplicatedismissal": ("view", "delete"),
    "claims.claimantlink": EDIT,
}


def review_set_status(*, queryset: QuerySet, status: str, user, note: str = "") -> int:
    """Set the review status of the rows, recording reviewer, time and an optional note.

    Rows already in that status are left alone unless a note is given. Each changed row gets
    one history row attributed to the user with the decision as change reason. Returns the
    number of rows changed.
    """
    if status not in ReviewStatus.values:
        raise ValueError(f"Unknown review status {status!r}")
    model = queryset.model
    now = timezone.now()
    with transaction.atomic():
        ids = list(queryset.values_list("pk", flat=True))
        rows = model._base_manager.select_for_update().filter(pk__in=ids).order_by("pk")
        changed = [row for row in rows if row.review_status != status or note]
        for row in changed:
            row.review_status, row.reviewed_by, row.reviewed_at = status, user, now
            row.updated_at = now
            if note:
                row.review_note = append_note(row.review_note, note)
        reason = f"Review: {ReviewStatus(status).label.lower()}" + (f" ({note})" if note else "")
        _bulk_save(changed, model, [*REVIEW_FIELDS[:4], "updated_at"], user, reason)
    return len(changed)


def fields_unlock(*, queryset: QuerySet, user) -> int:
    """Clear the curator locks of the rows so the loader may update them again."""
    model = queryset.model
    with transaction.atomic():
        ids = list(queryset.exclude(locked_fields=[]).values_list("pk", flat=True))
        rows = list(model._base_manager.select_for_update().filter(pk__in=ids).order_by("pk"))
        for row in rows:
            row.locked_fields, row.updated_at = [], timezone.now()
        _bulk_save(rows, model, ["locked_fields", "updated_at"], user, "Unlocked for the loader")
    return len(rows)


def curated_save(*, row: CuratedModel, user) -> list[str]:
    """Save a curator's edit of row: lock the fields that changed, stamp a review change.

    Changes are found by comparing with the stored row, so only real edits lock fields and
    the loader's `upsert()` then never overwrites them. Returns the changed fields.
    """
    changed = _changed_fields(row)
    if row.pk is None:
        review_changed = row.review_status != ReviewStatus.UNREVIEWED
    else:
        review_changed = "review_status" in changed
        row.locked_fields = sorted({*row.locked_fields, *fields_to_lock(type(row), changed)})
    if review_changed:
        row.reviewed_by, row.reviewed_at = user, timezone.now()
    row._history_user = user
    row._change_reason = history_reason(
        f"Edited {', '.join(changed)}" if changed else "Saved in the admin"
    )
    row.save()
    return changed


def entity_merge(*, survivor: EntityModel, duplicates: Sequence[EntityModel], user) -> MergeResult:
    """Merge duplicate actors (or weapons, or places) into survivor, in one transaction.

    Everything pointing at a duplicate (aliases, mentions, relations, participants, claims,
    children, event weapons...) moves to the survivor and that foreign key is locked; a moved
    row that would collide with one the survivor already has (same participant twice) is
    deleted and its provenance written into the kept row's note; a relation that would link
    the survivor to itself is dropped and noted on the survivor. Each duplicate's name becomes
    a confirmed alias of kind `merged` (unless another entity already owns that alias), blank
    survivor fields are filled from the duplicates and locked, and the duplicates are deleted,
    which tombstones their keys so no re-load recreates them. Every write is in history.
    """
    return merge_rows(survivor=survivor, duplicates=list(duplicates), user=user, with_aliases=True)


def event_merge(*, survivor: models.Model, duplicates: Sequence[models.Model], user) -> MergeResult:
    """Merge events that are one real event: reports, participants, weapons, claims combine.

    Same rules as entity_merge, without aliases: a report of the same passage, or the same
    participant or weapon twice, is kept once with the other's provenance in its note.
    """
    return merge_rows(survivor=survivor, duplicates=list(duplicates), user=user, with_aliases=False)


def duplicate_dismiss(*, first: models.Model, second: models.Model, user) -> DuplicateDismissal:
    """Record that two rows are not duplicates, so they are never suggested as a pair again.

    The pair is stored by natural key (see duplicates.natural_key), which re-loads keep.
    Dismissing a pair twice keeps the first record.
    """
    if type(first) is not type(second) or first.pk == second.pk:
        raise ValueError("A dismissal needs two distinct rows of one model.")
    low, high = pair_keys(first, second)
    dismissal, _ = DuplicateDismissal.objects.get_or_create(
        model=type(first)._meta.label,
        first_key=low,
        second_key=high,
        defaults={"label": f"{first} / {second}"[:500], "dismissed_by": user},
    )
    return dismissal


def curators_group_sync() -> Group:
    """Create or update the `curators` group to hold exactly CURATOR_PERMISSIONS."""
    for app_config in apps.get_app_configs():
        # Permissions appear after migrate's post_migrate signal; create them if not yet.
        create_permissions(app_config, verbosity=0)
    wanted = [
        (label.split(".")[0], f"{action}_{label.split('.')[1]}")
        for label, actions in CURATOR_PERMISSIONS.items()
        for action in actions
    ]
    query = models.Q()
    for app_label, codename in wanted:
        query |= models.Q(content_type__app_label=app_label, codename=codename)
    permissions = list(Permission.objects.filter(query))
    if len(permissions) != len(wanted):
        found = {(p.content_type.app_label, p.codename) for p in permissions}
        raise LookupError(f"Missing permissions: {sorted(set(wanted) - found)}")
    group, _ = Group.objects.get_or_create(name=CURATORS_GROUP)
    group.permissions.set(permissions)
    return group


def curator_add(*, username: str) -> tuple[models.Model, bool]:
    """Make the user a staff member in the curators group, creating it (no password) if new."""
    user, created = get_user_model().objects.get_or_create(username=username)
    if created:
        user.set_unusable_password()
    user.is_staff = True
    user.save()
    user.groups.add(curators_group_sync())
    return user, created


def _changed_fields(row: CuratedModel) -> list[str]:
    if row.pk is None:
        return []
    fields = [f for f in type(row)._meta.concrete_fields if not f.generated]
    fields = [f for f in fields if f.name not in {"created_at", "updated_at"}]
    stored = type(row)._base_manager.filter(pk=row.pk).values(*[f.attname for f in fields])
    before = stored.first() or {}
    return [f.name for f in fields if before.get(f.attname) != getattr(row, f.attname)]


def _bulk_save(rows: list, model: type[models.Model], fields: list[str], user, reason: str):
    if rows:
        bulk_update_with_history(
            rows, model, fields, default_user=user, default_change_reason=history_reason(reason)
        )
