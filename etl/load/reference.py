"""Load the reference lists into the database, then build the gazetteer from the database.

The gazetteer is read back from the database rather than from the files, so a curator's
alias, edited name or merge of duplicates (an alias of kind `merged`) wins over the lists.
Rows are written in batches, parents before children, in a few queries per list.
"""

from decimal import Decimal

from apps.actors.selectors import actor_names
from apps.actors.services import actor_alias_upsert_many, actor_upsert_many
from apps.common.models import Origin
from apps.places.selectors import place_names
from apps.places.services import place_alias_upsert_many, place_upsert_many
from apps.weapons.selectors import weapon_names
from apps.weapons.services import weapon_alias_upsert_many, weapon_upsert_many
from etl.extract.gazetteer import Gazetteer, GazetteerName, build_gazetteer
from etl.keys import alias_key
from etl.records import EntityRef, ReferenceData, ReferenceEntity
from etl.report import Tally

WRITERS = {
    "place": (place_upsert_many, place_alias_upsert_many),
    "actor": (actor_upsert_many, actor_alias_upsert_many),
    "weapon": (weapon_upsert_many, weapon_alias_upsert_many),
}


def load_reference(data: ReferenceData, tally: Tally) -> None:
    """Upsert places, then actors (which name their country), then weapons, with aliases."""
    places = _load_list(data.places, tally, {})
    _load_list(data.actors, tally, places)
    _load_list(data.weapons, tally, {})


def _load_list(
    records: tuple[ReferenceEntity, ...], tally: Tally, places: dict[str, int]
) -> dict[str, int]:
    ids: dict[str, int] = {}
    aliases = []
    for level in _levels(records):
        if not level:
            continue
        entity = level[0].entity
        upsert_entities, _ = WRITERS[entity]
        items = [(record.key, _values(record, ids, places)) for record in level]
        for record, (row, outcome) in zip(level, upsert_entities(items=items), strict=True):
            tally.add(entity, outcome)
            if row is not None:
                ids[record.name] = row.pk
                aliases += [(record, row.pk, alias) for alias in record.aliases]
    if aliases:
        entity = aliases[0][0].entity
        items = [
            (
                alias_key(entity, alias.name),
                {f"{entity}_id": pk, "name": alias.name, "kind": alias.kind},
            )
            for _, pk, alias in aliases
        ]
        for _, outcome in WRITERS[entity][1](items=items):
            tally.add(f"{entity}_alias", outcome)
    return ids


def _values(record: ReferenceEntity, ids: dict[str, int], places: dict[str, int]) -> dict:
    values = {
        "name": record.name,
        "description": record.description,
        "origin": Origin.REFERENCE,
    }
    if record.entity == "weapon":
        return values | {"category": record.kind}
    values |= {"kind": record.kind, "parent_id": ids.get(record.parent)}
    if record.entity == "actor":
        return values | {"country_id": places.get(record.country)}
    return values | {
        "latitude": _decimal(record.latitude),
        "longitude": _decimal(record.longitude),
    }


def _levels(records: tuple[ReferenceEntity, ...]) -> list[list[ReferenceEntity]]:
    """Group records by depth in their hierarchy: roots first, then their children..."""
    by_name = {record.name: record for record in records}

    def depth(record: ReferenceEntity) -> int:
        level, current = 0, record
        while current.parent in by_name and level < len(records):
            level, current = level + 1, by_name[current.parent]
        return level

    levels: list[list[ReferenceEntity]] = []
    for record in records:
        level = depth(record)
        levels += [[] for _ in range(level + 1 - len(levels))]
        levels[level].append(record)
    return levels


def _decimal(value: float | None) -> Decimal | None:
    # Stored with 6 decimals: compare as the database returns them, so re-loads are unchanged.
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.000001"))


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
