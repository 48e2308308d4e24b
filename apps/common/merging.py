"""Merge duplicate rows into a survivor: move what points at them, keep their names, remove them."""

from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from .locks import fields_to_lock
from .models import AliasKind, CuratedModel, ReviewStatus
from .text import append_note, history_reason, normalize_name

# Fields a merge never copies from a duplicate: identity, loader bookkeeping, review state.
NOT_FILLED = frozenset(
    {"key", "name", "slug", "origin", "created_at", "updated_at"}
    | {"review_status", "reviewed_by", "reviewed_at", "review_note", "locked_fields"}
)


@dataclass
class MergeResult:
    """What a merge did, for the curator's message and the tests."""

    survivor: models.Model
    merged: list[str] = field(default_factory=list)
    moved: Counter = field(default_factory=Counter)
    dropped: list[str] = field(default_factory=list)
    aliases_added: list[str] = field(default_factory=list)
    aliases_skipped: list[str] = field(default_factory=list)
    filled: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """Return one sentence a curator reads after the merge."""
        moved = sum(self.moved.values())
        parts = [f"moved {moved} linked row{'' if moved == 1 else 's'}"]
        if self.aliases_added:
            parts.append(f"added aliases {', '.join(self.aliases_added)}")
        if self.filled:
            parts.append(f"filled {', '.join(self.filled)}")
        if self.dropped:
            parts.append(f"dropped {len(self.dropped)} duplicated or self-linking rows (see notes)")
        return f"Merged {', '.join(self.merged)} into “{self.survivor}”: {'; '.join(parts)}."


@dataclass
class _Merge:
    survivor: CuratedModel
    duplicate_ids: set[int]
    user: object
    reason: str
    result: MergeResult
    notes: list[str] = field(default_factory=list)
    detached: list[str] = field(default_factory=list)


def merge_rows(
    *, survivor: CuratedModel, duplicates: list[CuratedModel], user, with_aliases: bool
) -> MergeResult:
    """Merge duplicates into survivor in one transaction; see services.entity_merge."""
    model = type(survivor)
    ids = [row.pk for row in duplicates]
    if not ids or survivor.pk in ids or len(set(ids)) != len(ids):
        raise ValueError("A merge needs a survivor and at least one other, distinct row.")
    if any(type(row) is not model for row in duplicates):
        raise ValueError(f"Only {model._meta.verbose_name_plural} can be merged together.")
    with transaction.atomic():
        rows = model._base_manager.select_for_update().filter(pk__in=[survivor.pk, *ids])
        locked = {row.pk: row for row in rows.order_by("pk")}
        if len(locked) != len(ids) + 1:
            raise ValueError("Some of the rows to merge no longer exist.")
        survivor = locked[survivor.pk]
        labels = [f"#{pk} “{locked[pk]}”" for pk in ids]
        merge = _Merge(
            survivor=survivor,
            duplicate_ids=set(ids),
            user=user,
            reason=f"Merged {', '.join(labels)} into #{survivor.pk}",
            result=MergeResult(survivor=survivor, merged=labels),
        )
        _detach_survivor(merge, [locked[pk] for pk in ids])
        for pk in ids:
            duplicate = locked[pk]
            duplicate.refresh_from_db()
            _fill_blanks(merge, duplicate)
            _move_related(merge, duplicate)
            if with_aliases:
                _add_merged_alias(merge, duplicate)
            _remove(merge, duplicate, f"merged into #{survivor.pk} “{survivor}”")
        _save_survivor(merge)
    return merge.result


def _detach_survivor(merge: _Merge, duplicates: list[CuratedModel]) -> None:
    # The survivor may point at a duplicate (its parent); it takes the duplicate's own value
    # instead, so deleting the duplicate cannot null it or make the survivor its own parent.
    survivor = merge.survivor
    by_pk = {row.pk: row for row in duplicates}
    for fk in _self_foreign_keys(type(survivor)):
        target = getattr(survivor, fk.attname)
        if target not in by_pk:
            continue
        replacement = getattr(by_pk[target], fk.attname)
        if replacement == survivor.pk or replacement in merge.duplicate_ids:
            replacement = None
        setattr(survivor, fk.attname, replacement)
        type(survivor)._base_manager.filter(pk=survivor.pk).update(**{fk.attname: replacement})
        merge.detached.append(fk.name)


def _fill_blanks(merge: _Merge, duplicate: CuratedModel) -> None:
    survivor = merge.survivor
    own_ids = {survivor.pk, *merge.duplicate_ids}
    for model_field in type(survivor)._meta.concrete_fields:
        name = model_field.name
        if name in NOT_FILLED or model_field.primary_key or model_field.generated:
            continue
        theirs = getattr(duplicate, model_field.attname)
        if not _is_blank(getattr(survivor, model_field.attname)) or _is_blank(theirs):
            continue
        if model_field.is_relation and model_field.related_model is type(survivor):
            if theirs in own_ids:
                continue
        setattr(survivor, model_field.attname, theirs)
        merge.result.filled.append(name)


def _move_related(merge: _Merge, duplicate: CuratedModel) -> None:
    survivor = merge.survivor
    for relation in type(survivor)._meta.related_objects:
        if not relation.one_to_many:
            continue
        fk = relation.field
        rows = relation.related_model._base_manager.filter(**{fk.name: duplicate.pk})
        if relation.related_model is type(survivor):
            rows = rows.exclude(pk__in={survivor.pk, *merge.duplicate_ids})
        for row in rows.order_by("pk"):
            _move_row(merge, row, fk)


def _move_row(merge: _Merge, row: models.Model, fk: models.ForeignKey) -> None:
    original = getattr(row, fk.attname)
    setattr(row, fk.attname, merge.survivor.pk)
    if _breaks_a_constraint(row, fk):
        setattr(row, fk.attname, original)
        _drop(merge, row, twin=_twin(row, fk, merge.survivor.pk))
        return
    update_fields = [fk.name]
    if isinstance(row, CuratedModel):
        # The move is a curator's decision: a re-load must not point the row back.
        row.locked_fields = sorted({*row.locked_fields, fk.name})
        update_fields += ["locked_fields", "updated_at"]
    _save(merge, row, update_fields=update_fields)
    merge.result.moved[f"{row._meta.verbose_name_plural} ({fk.verbose_name})"] += 1


def _breaks_a_constraint(row: models.Model, fk: models.ForeignKey) -> bool:
    """Return whether the moved row now breaks a constraint that involves the moved key."""
    for constraint in row._meta.constraints:
        if isinstance(constraint, models.UniqueConstraint):
            involved = fk.name in constraint.fields
        elif isinstance(constraint, models.CheckConstraint):
            involved = fk.name in constraint.condition.referenced_base_fields
        else:
            involved = True
        if not involved:
            continue
        try:
            constraint.validate(type(row), row)
        except ValidationError:
            return True
    return False


def _twin(row: models.Model, fk: models.ForeignKey, survivor_pk: int) -> models.Model | None:
    """Return the row that already holds the values the moved row would collide with."""
    for constraint in row._meta.constraints:
        fields = getattr(constraint, "fields", ())
        if not isinstance(constraint, models.UniqueConstraint) or fk.name not in fields:
            continue
        lookup = {name: getattr(row, row._meta.get_field(name).attname) for name in fields}
        lookup[fk.name] = survivor_pk
        twin = type(row)._base_manager.filter(**lookup).exclude(pk=row.pk).first()
        if twin is not None:
            return twin
    return None


def _drop(merge: _Merge, row: models.Model, *, twin: models.Model | None) -> None:
    # The dropped row's provenance is written into a note so nothing the curator relied on
    # disappears silently; its key is tombstoned so a re-load does not recreate it.
    described = _describe(row)
    if twin is not None:
        line = f"Merge: absorbed duplicate {described}."
        twin.review_note = append_note(twin.review_note, line)
        _save(merge, twin, update_fields=["review_note", "updated_at"])
        row._tombstone_reason = f"merge: duplicated {twin._meta.label} #{twin.pk}"
    else:
        merge.notes.append(f"Merge: dropped {described}: it would link the row to itself.")
        row._tombstone_reason = "merge: it would link the merged row to itself"
    _remove(merge, row, row._tombstone_reason)
    merge.result.dropped.append(described)


def _add_merged_alias(merge: _Merge, duplicate: CuratedModel) -> None:
    survivor = merge.survivor
    relation = type(survivor)._meta.get_field("aliases")
    alias_model, fk = relation.related_model, relation.field
    normalized = normalize_name(duplicate.name)
    if not normalized or normalized == normalize_name(survivor.name):
        return
    existing = alias_model._base_manager.filter(normalized=normalized).first()
    if existing is not None:
        owner = getattr(existing, fk.attname)
        if owner != survivor.pk:
            merge.result.aliases_skipped.append(f"{duplicate.name} (an alias of #{owner})")
        return
    alias = alias_model(
        **{fk.name: survivor},
        name=duplicate.name,
        kind=AliasKind.MERGED,
        review_status=ReviewStatus.CONFIRMED,
        reviewed_by=merge.user,
        reviewed_at=timezone.now(),
        review_note=f"Name of #{duplicate.pk}, merged into this {survivor._meta.verbose_name}.",
    )
    _save(merge, alias)
    merge.result.aliases_added.append(duplicate.name)


def _save_survivor(merge: _Merge) -> None:
    survivor = merge.survivor
    try:
        survivor.validate_constraints()
    except ValidationError:
        # Values filled from different duplicates can contradict each other (dates out of
        # order); the survivor then keeps its own values.
        if merge.result.filled:
            opts = type(survivor)._meta
            survivor.refresh_from_db(
                fields=[opts.get_field(f).attname for f in merge.result.filled]
            )
        merge.result.filled = []
    changed = fields_to_lock(type(survivor), [*merge.result.filled, *merge.detached])
    survivor.locked_fields = sorted({*survivor.locked_fields, *changed})
    for line in [merge.reason + ".", *merge.notes]:
        survivor.review_note = append_note(survivor.review_note, line)
    _save(merge, survivor)


def _remove(merge: _Merge, row: models.Model, reason: str) -> None:
    row._history_user = merge.user
    row._change_reason = history_reason(merge.reason)
    row._tombstone_reason = reason
    row.delete()


def _save(merge: _Merge, row: models.Model, update_fields: list[str] | None = None) -> None:
    row._history_user = merge.user
    row._change_reason = history_reason(merge.reason)
    row.save(update_fields=update_fields)


def _describe(row: models.Model) -> str:
    text = f"{row._meta.verbose_name} #{row.pk} “{row}”"
    if getattr(row, "key", ""):
        text += f" (key {row.key})"
    if hasattr(row, "quote") and hasattr(row, "document_id"):
        text += f", document #{row.document_id} [{row.span_start}:{row.span_end}] “{row.quote}”"
    return text


def _self_foreign_keys(model: type[models.Model]) -> list[models.ForeignKey]:
    return [f for f in model._meta.concrete_fields if f.is_relation and f.related_model is model]


def _is_blank(value: object) -> bool:
    return value is None or value == "" or value == []
