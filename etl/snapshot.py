"""Dump everything the loader stored as canonical data: no ids, no timestamps, sorted.

Rows refer to each other by natural key (the loader's `key`, else a slug or a username), so
two databases loaded from the same files in any id order give the same dump. `make snapshot`
writes it to var/snapshot.json; comparing two dumps shows what a change did to the loader's
output.
"""

import json
from datetime import date, datetime
from decimal import Decimal

from django.db import models

from apps.actors.models import Actor, ActorAlias, ActorMention, ActorRelation
from apps.claims.models import Claim
from apps.comments.models import Comment
from apps.documents.models import Document
from apps.events.models import Event, EventParticipant, EventReport, EventWeapon
from apps.places.models import Place, PlaceAlias, PlaceMention
from apps.weapons.models import Weapon, WeaponAlias, WeaponMention

MODELS: tuple[type[models.Model], ...] = (
    Document,
    Comment,
    Place,
    PlaceAlias,
    PlaceMention,
    Actor,
    ActorAlias,
    ActorMention,
    ActorRelation,
    Weapon,
    WeaponAlias,
    WeaponMention,
    Event,
    EventReport,
    EventParticipant,
    EventWeapon,
    Claim,
)
SKIPPED_FIELDS = {"id", "created_at", "updated_at", "search_vector"}


def dump_extraction() -> dict[str, list[dict]]:
    """Return every stored row of the loader's models, by model label, in a stable order."""
    names = {model: _natural_keys(model) for model in MODELS}
    return {model._meta.label: _rows(model, names) for model in MODELS}


def dump_json(data: dict[str, list[dict]]) -> str:
    """Return the dump as JSON whose bytes depend only on its content."""
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False, default=_plain) + "\n"


def _natural_keys(model: type[models.Model]) -> dict[int, str]:
    fields = ["pk", "key", "slug"] if _has(model, "slug") else ["pk", "key"]
    rows = model._base_manager.values_list(*fields)
    return {row[0]: next((part for part in row[1:] if part), f"<no key #{row[0]}>") for row in rows}


def _rows(model: type[models.Model], names: dict) -> list[dict]:
    fields = [f for f in model._meta.concrete_fields if f.name not in SKIPPED_FIELDS]
    result = []
    for values in model._base_manager.values(*(f.attname for f in fields)):
        result.append({f.name: _value(f, values[f.attname], names) for f in fields})
    return sorted(result, key=lambda row: json.dumps(row, sort_keys=True, default=_plain))


def _value(field: models.Field, value: object, names: dict) -> object:
    if value is None or not field.is_relation:
        return value
    target = field.related_model
    if target in names:
        return names[target][value]
    return str(target._base_manager.get(pk=value))  # e.g. the reviewing user, by username


def _has(model: type[models.Model], name: str) -> bool:
    return any(field.name == name for field in model._meta.concrete_fields)


def _plain(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot dump {type(value).__name__}")
