"""The rows of a large synthetic evidence base, built in memory from a seeded RNG (no database).

`build_world()` takes the ids of the reference actors, places and weapons already in the
database and returns plain dicts per table (keyed by model attribute names), with ids
allocated from the given starting points. Proportions follow the seed corpus: a few hubs
(Coalition forces, al-Qaeda in Iraq, the Qods Force, Iran) take part in most events and
claims, and a long tail of people and networks appears a handful of times each. The central
question's pair, Iran and al-Qaeda in Iraq, has thousands of claims both ways.
"""

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate

from world_text import EVENT_TEMPLATES, Sentence, claim_sentence, event_sentence, person_name

DOCUMENT_KINDS = [
    ("news_article", 40),
    ("press_release", 25),
    ("blog_post", 15),
    ("report", 10),
    ("dossier", 5),
    ("transcript", 5),
]
PUBLISHERS = [
    "Associated Press",
    "Multi-National Force-Iraq",
    "The Long War Journal",
    "The New York Times",
    "The Washington Post",
    "American Forces Press Service",
    "Institute for the Study of War",
    "The Counterterrorism Blog",
    "Al Hayat",
    "The Independent",
]
STANCES = [("asserts", 65), ("denies", 15), ("disputes", 8), ("uncertain", 12)]
PREDICATES = [
    ("supports", 30),
    ("arms", 15),
    ("funds", 10),
    ("trains", 10),
    ("directs", 8),
    ("cooperates_with", 10),
    ("shelters", 5),
    ("linked_to", 8),
    ("influences", 4),
]
RELATIONS = [("member_of", 40), ("commands", 15), ("supports", 20), ("agent_of", 10)]
UNNAMED_CLAIMANTS = [
    "an American intelligence official",
    "U.S. military officials",
    "a senior Iraqi official",
    "a Western diplomat",
    "officials in Baghdad",
    "a coalition spokesman",
    "Iraqi security officials",
    "a former detainee",
]
HUB_FORCES = ["coalition-forces", "us-military", "iraqi-security-forces", "iraqi-police"]
HUB_GROUPS = ["al-qaeda-in-iraq", "jaysh-al-mahdi", "special-groups", "qods-force", "iran"]
START, DAYS = date(2004, 1, 1), 8 * 365
# Share of claims on the central pair, and on the Qods Force and AQI or the Special Groups.
IRAN_AQI, QODS_PAIRS = 0.14, 0.08


@dataclass
class Ids:
    """Next free id per table; each call to take() hands out the next one."""

    next: dict[str, int]

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


@dataclass
class Reference:
    """What the database already holds: actors by slug (with kind), places, weapons."""

    actors: dict[str, tuple[int, str, str]]  # slug -> (id, name, kind)
    places: list[int]
    weapons: list[tuple[int, str]]


@dataclass
class World:
    """Rows per table, ready for COPY."""

    tables: dict[str, list[dict]] = field(default_factory=dict)

    def add(self, table: str, row: dict) -> dict:
        self.tables.setdefault(table, []).append(row)
        return row


class Picker:
    """Weighted choice with precomputed cumulative weights (random.choices is O(n) per call)."""

    def __init__(self, rng: random.Random, items: list, weights: list[float]):
        self.rng, self.items = rng, items
        self.cumulative = list(accumulate(weights))

    def __call__(self):
        return self.rng.choices(self.items, cum_weights=self.cumulative)[0]


def zipf(rng: random.Random, items: list, exponent: float = 1.0) -> Picker:
    """Return a picker favouring the first items: weight 1/rank**exponent."""
    return Picker(rng, items, [1 / (rank**exponent) for rank in range(1, len(items) + 1)])


def weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> Picker:
    return Picker(rng, [value for value, _ in pairs], [weight for _, weight in pairs])


def curation(rng: random.Random) -> dict:
    """Mostly unreviewed rows; a few confirmed, rejected or stale ones, as curation leaves."""
    roll = rng.random()
    status = "confirmed" if roll < 0.06 else "rejected" if roll < 0.07 else "unreviewed"
    return {"review_status": status, "is_stale": rng.random() < 0.01}


def sourced(document: dict, sentence: Sentence, part: str | None = None) -> dict:
    """Return document, span and quote of `part` of the sentence (or all of it)."""
    offset = sentence.text.index(part) if part else 0
    quote = part or sentence.text
    start = document["_offset"] + sentence.start + offset
    return {"document_id": document["id"], "span_start": start, "span_end": start + len(quote)} | {
        "quote": quote
    }


def build_world(reference: Reference, ids: Ids, *, events: int, seed: int) -> World:
    """Return every synthetic row: actors, documents, events and their parts, claims."""
    rng = random.Random(seed)
    world = World()
    actors = _actors(rng, world, reference, ids, total=max(2000, events // 50))
    documents = _documents(rng, world, ids, count=max(10, events // 5))
    _events(rng, world, reference, ids, actors, documents, count=events)
    _claims(rng, world, ids, actors, documents, count=events // 2)
    _relations(rng, world, ids, actors, documents, count=events // 25)
    for document in documents:
        document["text"] = document["raw_text"] = document["body"] = " ".join(document["_text"])
        del document["_text"], document["_offset"], document["_length"]
    return world


def _actors(rng, world: World, reference: Reference, ids: Ids, total: int) -> dict:
    """Add synthetic people, networks and cells under the reference hubs; return pickers."""
    known = dict(reference.actors)
    groups = ["jaysh-al-mahdi", "special-groups", "al-qaeda-in-iraq", "qods-force"]
    for number in range(total - len(known)):
        kind = "person" if number % 3 else "armed_group"
        name = (
            person_name(rng, number)
            if kind == "person"
            else f"the {person_name(rng, number)} network"
        )
        parent = known.get(rng.choice(groups))
        slug = f"bench-{kind.replace('_', '-')}-{number}"
        pk = ids.take("actor")
        world.add(
            "actor",
            {"id": pk, "name": name, "slug": slug, "kind": kind, "origin": "extracted"}
            | {"parent_id": parent[0] if parent and rng.random() < 0.5 else None}
            | {"key": f"bench:actor:{number}", "review_status": "unreviewed"},
        )
        known[slug] = (pk, name, kind)
    hubs = [known[slug] for slug in HUB_FORCES + HUB_GROUPS if slug in known]
    tail = [row for slug, row in sorted(known.items()) if slug not in HUB_FORCES + HUB_GROUPS]
    rng.shuffle(tail)
    return {"all": known, "popular": zipf(rng, hubs + tail, 1.1), "list": hubs + tail}


def _documents(rng, world: World, ids: Ids, count: int) -> list[dict]:
    kinds = weighted(rng, DOCUMENT_KINDS)
    rows = []
    for number in range(count):
        published = START + timedelta(days=rng.randrange(DAYS))
        rows.append(
            world.add(
                "document",
                {"id": ids.take("document"), "key": f"bench:document:{number}"}
                | {"kind": kinds(), "title": f"Synthetic report {number}", "url": ""}
                | {"publisher": rng.choice(PUBLISHERS), "published_on": published}
                | {"published_precision": "day", "source_file": f"bench/{number:06d}.txt"}
                | {"_text": [], "_offset": 0, "_length": 0, "review_status": "unreviewed"},
            )
        )
    rows.sort(key=lambda row: (row["published_on"], row["id"]))
    return rows


def _append(document: dict, text: str) -> Sentence:
    """Add a sentence to the document's text and return it with its offset."""
    start = document["_length"] + (1 if document["_text"] else 0)
    document["_text"].append(text)
    document["_length"] = start + len(text)
    return Sentence(text=text, start=start)


def _near(rng, documents: list[dict], day: date) -> dict:
    """Return a document published on or soon after `day` (the index is by date)."""
    low, high = 0, len(documents)
    while low < high:
        middle = (low + high) // 2
        if documents[middle]["published_on"] < day:
            low = middle + 1
        else:
            high = middle
    return documents[min(len(documents) - 1, low + rng.randrange(40))]


def _events(rng, world, reference: Reference, ids: Ids, actors, documents, count: int) -> None:
    types = weighted(rng, [(name, weight) for name, weight, _ in EVENT_TEMPLATES])
    weapons = zipf(rng, reference.weapons, 0.8)
    places = zipf(rng, reference.places, 0.9)
    for _ in range(count):
        day = START + timedelta(days=rng.randrange(DAYS))
        precision = rng.choices(["day", "month", "year"], [85, 10, 5])[0]
        event_type = types()
        parties = [actors["popular"]() for _ in range(rng.choice([1, 2, 2, 2, 3, 3, 4]))]
        weapon = weapons() if rng.random() < 0.4 else None
        event = world.add(
            "event",
            {"id": ids.take("event"), "event_type": event_type, "summary": ""}
            | {"date_start": day, "date_end": day, "date_precision": precision}
            | {"date_text": day.isoformat(), "place_id": places() if rng.random() < 0.9 else None}
            | {"killed": rng.randrange(6) if event_type == "attack" else None}
            | {"detained": rng.randrange(1, 20) if event_type in ("raid", "arrest") else None}
            | curation(rng),
        )
        _event_rows(rng, world, ids, event, parties, weapon, documents)


def _event_rows(rng, world, ids: Ids, event: dict, parties, weapon, documents) -> None:
    """Add the event's reports (1-4 documents), its participants and its weapon."""
    tellings = 1 + (rng.random() < 0.45) + (rng.random() < 0.15) + (rng.random() < 0.05)
    seen: set[int] = set()
    for telling in range(tellings):
        document = _near(rng, documents, event["date_start"])
        if document["id"] in seen:
            continue
        seen.add(document["id"])
        sentence = _append(document, event_sentence(rng, event, parties, weapon))
        if telling == 0:
            event["summary"] = sentence.text
        world.add(
            "eventreport",
            {"id": ids.take("eventreport"), "event_id": event["id"]}
            | sourced(document, sentence)
            | curation(rng),
        )
        if telling:
            continue
        roles = set()
        for position, (actor_id, name, _) in enumerate(parties):
            role = "agent" if position == 0 else "target" if position == 1 else "other"
            if (actor_id, role) in roles:
                continue
            roles.add((actor_id, role))
            world.add(
                "eventparticipant",
                {
                    "id": ids.take("eventparticipant"),
                    "event_id": event["id"],
                    "actor_id": actor_id,
                    "role": role,
                }
                | sourced(document, sentence, name)
                | curation(rng),
            )
        if weapon:
            world.add(
                "eventweapon",
                {"id": ids.take("eventweapon"), "event_id": event["id"], "weapon_id": weapon[0]}
                | sourced(document, sentence, weapon[1])
                | curation(rng),
            )


def _pair(rng, actors) -> tuple:
    """Return (subject, object): the central pair often, else two popular actors."""
    known = actors["all"]
    roll = rng.random()
    if roll < IRAN_AQI and "iran" in known and "al-qaeda-in-iraq" in known:
        pair = [known["iran"], known["al-qaeda-in-iraq"]]
    elif roll < IRAN_AQI + QODS_PAIRS and "qods-force" in known:
        other = rng.choice(["al-qaeda-in-iraq", "special-groups", "jaysh-al-mahdi"])
        pair = [known["qods-force"], known.get(other, known["qods-force"])]
    else:
        pair = [actors["popular"](), actors["popular"]()]
    if rng.random() < 0.2:
        pair.reverse()
    return tuple(pair)


def _claims(rng, world, ids: Ids, actors, documents, count: int) -> None:
    stances, predicates = weighted(rng, STANCES), weighted(rng, PREDICATES)
    events = world.tables.get("event", [])
    claimants = zipf(rng, actors["list"][:200], 0.9)
    for _ in range(count):
        subject, obj = _pair(rng, actors)
        if subject[0] == obj[0]:
            continue
        document = rng.choice(documents)
        claimant = claimants() if rng.random() < 0.6 else None
        text = claimant[1] if claimant else rng.choice(UNNAMED_CLAIMANTS)
        stance, predicate = stances(), predicates()
        sentence = _append(document, claim_sentence(text, subject[1], predicate, obj[1], stance))
        event = rng.choice(events) if events and rng.random() < 0.3 else None
        world.add(
            "claim",
            {"id": ids.take("claim"), "claimant_id": claimant[0] if claimant else None}
            | {"claimant_text": text, "relayed_by": document["publisher"]}
            | {"subject_id": subject[0], "predicate": predicate, "object_id": obj[0]}
            | {"stance": stance, "hedges": ["allegedly"] if rng.random() < 0.2 else []}
            | {"claim_date": document["published_on"], "claim_date_precision": "day"}
            | {"event_id": event["id"] if event else None}
            | sourced(document, sentence)
            | curation(rng),
        )


def _relations(rng, world, ids: Ids, actors, documents, count: int) -> None:
    predicates = weighted(rng, RELATIONS)
    for _ in range(count):
        subject, obj = actors["popular"](), actors["popular"]()
        if subject[0] == obj[0]:
            continue
        document = rng.choice(documents)
        predicate = predicates()
        sentence = _append(document, f"{subject[1]} {predicate.replace('_', ' ')} {obj[1]}.")
        world.add(
            "actorrelation",
            {"id": ids.take("actorrelation"), "subject_id": subject[0], "object_id": obj[0]}
            | {"predicate": predicate}
            | sourced(document, sentence)
            | curation(rng),
        )
