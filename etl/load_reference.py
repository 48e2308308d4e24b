"""Load the reference lists into the database, then build the gazetteer from the database.

The gazetteer is read back from the database rather than from the files, so a curator's
alias, edited name or merge of duplicates (an alias of kind `merged`) wins over the lists.
"""

from apps.actors.services import actor_alias_upsert, actor_names, actor_upsert
from apps.common.text import normalize_name
from apps.places.services import place_alias_upsert, place_names, place_upsert
from apps.weapons.services import weapon_alias_upsert, weapon_names, weapon_upsert
from etl.extract.gazetteer import Gazetteer, GazetteerName, build_gazetteer
from etl.records import EntityRef, ReferenceData, ReferenceEntity

ALIAS_UPSERTS = {
    "actor": (actor_alias_upsert, "actor_id"),
    "weapon": (weapon_alias_upsert, "weapon_id"),
    "place": (place_alias_upsert, "place_id"),
}


def load_reference(data: ReferenceData, tally) -> None:
    """Upsert places, then actors (which name their country), then weapons, with aliases."""
    places = _load_list(data.places, tally, _place)
    _load_list(data.actors, tally, lambda record, ids: _actor(record, ids, places))
    _load_list(data.weapons, tally, _weapon)


def _load_list(records: tuple[ReferenceEntity, ...], tally, upsert_one) -> dict[str, int]:
    ids: dict[str, int] = {}
    for record in _parents_first(records):
        row, outcome = upsert_one(record, ids)
        tally.add(record.entity, outcome)
        if row is None:
            continue
        ids[record.name] = row.pk
        upsert_alias, field = ALIAS_UPSERTS[record.entity]
        for alias in record.aliases:
            key = f"{record.entity}-alias:{normalize_name(alias.name)}"
            _, alias_outcome = upsert_alias(
                key=key, name=alias.name, kind=alias.kind, **{field: row.pk}
            )
            tally.add(f"{record.entity}_alias", alias_outcome)
    return ids


def _place(record: ReferenceEntity, ids: dict[str, int]):
    return place_upsert(
        key=record.key,
        name=record.name,
        kind=record.kind,
        parent_id=ids.get(record.parent),
        latitude=record.latitude,
        longitude=record.longitude,
        description=record.description,
    )


def _actor(record: ReferenceEntity, ids: dict[str, int], places: dict[str, int]):
    return actor_upsert(
        key=record.key,
        name=record.name,
        kind=record.kind,
        parent_id=ids.get(record.parent),
        country_id=places.get(record.country),
        description=record.description,
    )


def _weapon(record: ReferenceEntity, ids: dict[str, int]):
    return weapon_upsert(
        key=record.key, name=record.name, category=record.kind, description=record.description
    )


def _parents_first(records: tuple[ReferenceEntity, ...]) -> list[ReferenceEntity]:
    by_name = {record.name: record for record in records}

    def depth(record: ReferenceEntity) -> int:
        level, current = 0, record
        while current.parent in by_name and level < len(records):
            level, current = level + 1, by_name[current.parent]
        return level

    return sorted(records, key=depth)


def database_gazetteer() -> Gazetteer:
    """Build the gazetteer from every name and alias stored for actors, weapons and places."""
    names: list[GazetteerName] = []
    actor_rows, actor_parents = actor_names()
    place_rows, place_parents = place_names()
    for entity, rows in (("actor", actor_rows), ("place", place_rows), ("weapon", weapon_names())):
        for pk, key, canonical, kind, written, alias_kind in rows:
            ref = EntityRef(entity, key, canonical, id=pk, kind=kind)
            names.append(GazetteerName(written, ref, alias_kind))
    parents = {f"actor#{child}": f"actor#{parent}" for child, parent in actor_parents.items()}
    parents |= {f"place#{child}": f"place#{parent}" for child, parent in place_parents.items()}
    return build_gazetteer(names, parents)
