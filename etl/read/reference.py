"""Read and validate the reference lists (seeds/reference/*.yaml) into ReferenceData.

The lists are general knowledge (canonical names, kinds, hierarchy, aliases, coordinates) that
curators may also edit in the admin; seeds/reference/README.md documents the format. An entry
with a problem is left out and reported; the other entries still load.
"""

import re
from pathlib import Path

import yaml
from django.utils.text import slugify

from apps.actors.models import ActorKind
from apps.common.text import normalize_name
from apps.places.models import PlaceKind
from apps.weapons.models import WeaponCategory
from etl.keys import entity_key
from etl.records import Problem, ReferenceAlias, ReferenceData, ReferenceEntity

FILES = {"place": "places.yaml", "actor": "actors.yaml", "weapon": "weapons.yaml"}
LIST_KEYS = {"place": "places", "actor": "actors", "weapon": "weapons"}
KINDS = {
    "place": set(PlaceKind.values),
    "actor": set(ActorKind.values),
    "weapon": set(WeaponCategory.values),
}
KIND_FIELD = {"place": "kind", "actor": "kind", "weapon": "category"}
ALIAS_FIELDS = {
    "aliases": "name",
    "abbreviations": "abbreviation",
    "transliterations": "transliteration",
    "surnames": "surname",
}
COMMON_FIELDS = {"name", "slug", "description", "parent", *ALIAS_FIELDS}
EXTRA_FIELDS = {
    "place": {"kind", "coordinates"},
    "actor": {"kind", "country"},
    "weapon": {"category"},
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def read_reference(folder: Path) -> tuple[ReferenceData, list[Problem]]:
    """Read the three lists from `folder`; a missing file is a problem, not an error."""
    texts = {}
    problems: list[Problem] = []
    for entity, filename in FILES.items():
        path = folder / filename
        try:
            texts[entity] = (str(path), path.read_text(encoding="utf-8"))
        except OSError as error:
            problems.append(Problem(str(path), f"cannot read reference list: {error.strerror}"))
    data, found = parse_reference(texts)
    return data, problems + found


def parse_reference(texts: dict[str, tuple[str, str]]) -> tuple[ReferenceData, list[Problem]]:
    """Parse {entity: (source name, YAML text)} into validated records and problems."""
    problems: list[Problem] = []
    lists = {}
    for entity in FILES:
        source, text = texts.get(entity, (FILES[entity], ""))
        entries = _load_list(entity, source, text, problems)
        lists[entity] = _check_list(entity, source, entries, problems)
    place_names = {place.name for place in lists["place"]}
    actors = []
    for actor in lists["actor"]:
        if actor.country and actor.country not in place_names:
            problems.append(
                Problem(texts["actor"][0], f"{actor.name}: unknown country {actor.country!r}")
            )
            continue
        actors.append(actor)
    data = ReferenceData(
        places=tuple(lists["place"]), actors=tuple(actors), weapons=tuple(lists["weapon"])
    )
    return data, problems


def _load_list(entity: str, source: str, text: str, problems: list[Problem]) -> list[dict]:
    if not text.strip():
        return []
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        problems.append(Problem(source, f"not valid YAML: {error}"))
        return []
    key = LIST_KEYS[entity]
    if not isinstance(document, dict) or not isinstance(document.get(key), list):
        problems.append(Problem(source, f"expected a mapping with a list under {key!r}"))
        return []
    return document[key]


def _check_list(
    entity: str, source: str, entries: list, problems: list[Problem]
) -> list[ReferenceEntity]:
    records: list[ReferenceEntity] = []
    seen_names: dict[str, str] = {}
    seen_slugs: set[str] = set()
    for position, entry in enumerate(entries, start=1):
        record, message = _entity(entity, entry)
        if record is None:
            problems.append(Problem(source, f"entry {position}: {message}"))
            continue
        clash = _name_clash(record, seen_names) or (
            f"slug {record.slug!r} is used twice" if record.slug in seen_slugs else ""
        )
        if clash:
            problems.append(Problem(source, f"{record.name}: {clash}"))
            continue
        seen_slugs.add(record.slug)
        for name in _names(record):
            seen_names[normalize_name(name)] = record.name
        records.append(record)
    return _check_parents(source, records, problems)


def _entity(entity: str, entry: object) -> tuple[ReferenceEntity | None, str]:
    if not isinstance(entry, dict):
        return None, "expected a mapping"
    unknown = set(entry) - COMMON_FIELDS - EXTRA_FIELDS[entity]
    if unknown:
        return None, f"unknown field(s) {', '.join(sorted(unknown))}"
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        return None, "a non-empty name is required"
    kind = entry.get(KIND_FIELD[entity])
    if kind not in KINDS[entity]:
        return None, f"{name}: {KIND_FIELD[entity]} must be one of {sorted(KINDS[entity])}"
    slug = entry.get("slug") or slugify(name)
    if not isinstance(slug, str) or not SLUG.match(slug):
        return None, f"{name}: slug must be lower-case letters, digits and hyphens"
    aliases, message = _aliases(entry)
    if message:
        return None, f"{name}: {message}"
    coordinates, message = _coordinates(entry.get("coordinates"))
    if message:
        return None, f"{name}: {message}"
    texts = {field: entry.get(field) or "" for field in ("description", "parent", "country")}
    if not all(isinstance(value, str) for value in texts.values()):
        return None, f"{name}: description, parent and country must be text"
    return ReferenceEntity(
        entity=entity,
        key=entity_key(entity, slug),
        slug=slug,
        name=name.strip(),
        kind=kind,
        description=texts["description"].strip(),
        parent=texts["parent"].strip(),
        country=texts["country"].strip(),
        latitude=coordinates[0],
        longitude=coordinates[1],
        aliases=aliases,
    ), ""


def _aliases(entry: dict) -> tuple[tuple[ReferenceAlias, ...], str]:
    aliases: list[ReferenceAlias] = []
    for field, kind in ALIAS_FIELDS.items():
        values = entry.get(field) or []
        if not isinstance(values, list) or not all(
            isinstance(value, str) and value.strip() for value in values
        ):
            return (), f"{field} must be a list of names"
        aliases.extend(ReferenceAlias(name=value.strip(), kind=kind) for value in values)
    return tuple(aliases), ""


def _coordinates(value: object) -> tuple[tuple[float | None, float | None], str]:
    if value is None:
        return (None, None), ""
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(part, int | float) and not isinstance(part, bool) for part in value)
    ):
        return (None, None), "coordinates must be [latitude, longitude]"
    latitude, longitude = float(value[0]), float(value[1])
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return (None, None), "coordinates out of range"
    return (round(latitude, 6), round(longitude, 6)), ""


def _names(record: ReferenceEntity) -> list[str]:
    return [record.name, *(alias.name for alias in record.aliases)]


def _name_clash(record: ReferenceEntity, seen: dict[str, str]) -> str:
    # Two entities sharing a name would make the loader merge them silently.
    own: set[str] = set()
    for name in _names(record):
        normalized = normalize_name(name)
        if not normalized:
            return f"name {name!r} has no letters or digits"
        if normalized in seen:
            return f"name {name!r} is already used by {seen[normalized]}"
        if normalized in own:
            return f"name {name!r} is listed twice"
        own.add(normalized)
    return ""


def _check_parents(
    source: str, records: list[ReferenceEntity], problems: list[Problem]
) -> list[ReferenceEntity]:
    by_name = {record.name: record for record in records}
    kept = []
    for record in records:
        message = _parent_problem(record, by_name)
        if message:
            problems.append(Problem(source, f"{record.name}: {message}"))
        else:
            kept.append(record)
    return kept


def _parent_problem(record: ReferenceEntity, by_name: dict[str, ReferenceEntity]) -> str:
    seen = {record.name}
    current = record
    while current.parent:
        if current.parent not in by_name:
            return f"unknown parent {current.parent!r}"
        if current.parent in seen:
            return "its parents form a cycle"
        seen.add(current.parent)
        current = by_name[current.parent]
    return ""
