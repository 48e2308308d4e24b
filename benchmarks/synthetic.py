"""Write a synthetic corpus in the seeds' genres for the load benchmark (deterministic).

Genres: blog posts with a dated timeline and a bullet comment thread, commentary posts with a
numbered thread, press releases with a dateline, report summaries in bullets, and dossiers
whose DATE | SOURCE | TEXT table holds dated rows. Documents retell a shared pool of events,
so the loader's cross-document matching has work to do, and name actors, places and weapons
from the reference lists plus people and networks the lists do not know.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

FORCES = [
    "Coalition forces",
    "US forces",
    "Iraqi Special Operations Forces",
    "Iraqi Police",
    "British troops",
    "Iraqi Security Forces",
]
GROUPS = [
    "Qods Force",
    "Special Groups",
    "al-Qaeda in Iraq",
    "Jaysh al-Mahdi",
    "Ansar al-Sunna",
    "Hezbollah",
    "the Secret Cells",
    "AQI",
    "JAM",
    "IRGC-QF",
]
STATES = ["Iran", "Syria", "the Iranian government", "Tehran government"]
PLACES = [
    "Baghdad",
    "Sadr City",
    "Karbala",
    "Basra",
    "Samarra",
    "Tikrit",
    "Kirkuk",
    "Baqubah",
    "Amarah",
    "Kut",
    "Najaf",
    "Hillah",
    "Fallujah",
    "Mosul",
    "Irbil",
    "Balad",
    "Khanaqin",
]
WEAPONS = [
    "EFPs",
    "IEDs",
    "rocket-propelled grenades",
    "mortars",
    "107mm rockets",
    "Misagh-1 missiles",
    "explosively formed penetrators",
    "roadside bombs",
]
TITLES = ["Maj. Gen.", "Brig. Gen.", "Lt. Col.", "Col.", "Rear Admiral", "Major General"]
FIRST = ["Rick", "David", "Kevin", "Mark", "Scott", "James", "Ahmed", "Karim", "Hassan", "Omar"]
LAST = ["Haddad", "Miller", "Barnes", "Saadi", "Karimi", "Lawson", "Fadhil", "Rahimi", "Young"]
NUMBERS = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "twelve",
    "fifteen",
    "twenty",
    "Twenty-seven",
    "thirty",
]
READERS = ["Winger", "Thanos", "MattR", "Evan", "ajacksonian", "Cernig", "Barry", "Michael"]


@dataclass(frozen=True)
class WorldEvent:
    """One event of the synthetic world, told by several documents."""

    when: date
    force: str
    group: str
    place: str
    taken: int
    killed: int
    weapon: str
    network: str


def world(rng: random.Random, size: int) -> list[WorldEvent]:
    """Return `size` events spread over 2006-2008."""
    start = date(2006, 1, 1)
    return [
        WorldEvent(
            when=start + timedelta(days=rng.randrange(3 * 365)),
            force=rng.choice(FORCES),
            group=rng.choice(GROUPS),
            place=rng.choice(PLACES),
            taken=rng.randrange(2, 30),
            killed=rng.randrange(0, 12),
            weapon=rng.choice(WEAPONS),
            network=f"the {rng.choice(LAST)} network",
        )
        for _ in range(size)
    ]


def person(rng: random.Random) -> str:
    return f"{rng.choice(TITLES)} {rng.choice(FIRST)} {rng.choice(LAST)}"


def day_text(value: date) -> str:
    return f"{value:%B} {value.day}, {value.year}"


def timeline_entry(event: WorldEvent) -> str:
    return (
        f"{event.when:%B %Y}: {event.force} captured {event.taken} members of {event.network} "
        f"during a raid in {event.place}. {event.group} was behind the {event.weapon} attacks."
    )


def claim_sentences(rng: random.Random, event: WorldEvent) -> list[str]:
    state, speaker = rng.choice(STATES), person(rng)
    sentences = [
        f"{speaker}, the commander of {rng.choice(FORCES)}, said {state} is supplying "
        f"{event.weapon} to {event.group}.",
        f"{state} denied that it had any links to {event.group}.",
        f"An American intelligence official said the {event.network.removeprefix('the ')} is "
        f"believed to be trained by {rng.choice(GROUPS)} in {rng.choice(PLACES)}.",
        f"It was unclear whether {state} was arming {event.group} directly, "
        f"{speaker.split()[-1]} said.",
    ]
    return [sentence[0].upper() + sentence[1:] for sentence in sentences]


def comments(rng: random.Random, events: list[WorldEvent], numbered: bool) -> str:
    lines = []
    for position in range(1, rng.randrange(3, 9)):
        event = rng.choice(events)
        body = (
            f"Interesting. {event.group} has been active around {event.place} for a while, "
            f"and {rng.choice(STATES)} keeps sending {event.weapon}."
        )
        name = rng.choice(READERS)
        lines.append(f"  {position}. {name} says:" if numbered else f"  • {name} says:")
        lines += ["", f"    {body}", ""]
    return "\n".join(lines)


def blog(rng: random.Random, events: list[WorldEvent]) -> str:
    topic = events[0]
    paragraphs = [
        f"{topic.group} and {rng.choice(STATES)}: a timeline",
        f"Further evidence of Iran's support of {topic.group} has emerged in {topic.place}.",
        *[timeline_entry(event) for event in events],
        " ".join(claim_sentences(rng, topic)[:2]),
        "Bill Writer is a Senior Fellow at the Foundation and the Editor of the Journal.",
        "Tags: ,",
        "",
        comments(rng, events, numbered=False),
    ]
    return "\n\n".join(paragraphs)


def commentary(rng: random.Random, events: list[WorldEvent]) -> str:
    topic = events[0]
    paragraphs = [
        f"{topic.group} Leadership in {topic.place}?!",
        " ".join(claim_sentences(rng, topic)),
        f"On {day_text(topic.when)}, {topic.force} killed {topic.killed} fighters of "
        f"{topic.network} in {topic.place}.",
        "FILED UNDER: Terrorism, , ,",
        "James Writer",
        "About James Writer",
        "James Writer is a Fellow at the Institute. Views expressed here are his own.",
        "Comments",
        comments(rng, events, numbered=True),
    ]
    return "\n\n".join(paragraphs)


def press_release(rng: random.Random, events: list[WorldEvent]) -> str:
    event = events[0]
    published = event.when + timedelta(days=1)
    return "\n\n".join(
        [
            "FOR IMMEDIATE RELEASE",
            f"{event.force} detain {event.taken} suspects in {event.place}",
            day_text(published),
            f"{event.place.upper()}, Iraq – {event.force} detained {event.taken} suspected "
            f"terrorists during operations in {event.place} {event.when:%A} morning. "
            f"The targeted individuals are believed to be members of {event.network}.",
            f'"We will continue to pursue these networks," said {person(rng)}, '
            f"spokesman for Multi-National Force-Iraq.",
        ]
    )


def report(rng: random.Random, events: list[WorldEvent]) -> str:
    bullets = [f"  • {sentence}" for event in events for sentence in claim_sentences(rng, event)]
    return "\n\n".join(
        [f"{rng.choice(STATES).title()}'s Proxy War: Summary", "Executive Summary", *bullets]
    )


def dossier(rng: random.Random, events: list[WorldEvent]) -> str:
    rows = []
    for event in events:
        published = event.when + timedelta(days=2)
        rows.append(
            f"{published.month}/{published.day}/{published.year}\t{event.force} raid in "
            f"{event.place}\t{event.place.upper()} — {event.force} captured {event.taken} "
            f"members of {event.network} on {event.when:%A}."
        )
        rows.append(f"\tWire Service\t{claim_sentences(rng, event)[0]}")
        rows.append(f"\t{day_text(published)}\t{claim_sentences(rng, event)[1]}")
    return "\n\n".join(
        [
            "Backgrounder #9",
            f"{rng.choice(GROUPS)} and Iran: What's the Connection?",
            "Ann Analyst, Research Coordinator, Institute for the Study of War",
            "The dossier below contains articles and press releases from the last year.",
            "DATE\tSOURCE\tTEXT\n" + "\n".join(rows),
        ]
    )


GENRES = [blog, commentary, press_release, report, dossier]


def write_corpus(folder: Path, documents: int, seed: int = 7) -> list[Path]:
    """Write `documents` files into `folder` and return their paths."""
    rng = random.Random(seed)
    pool = world(rng, max(50, documents // 3))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(documents):
        genre = GENRES[number % len(GENRES)]
        told = rng.sample(pool, rng.randrange(2, 6))
        path = folder / f"{genre.__name__}-{number:05d}.txt"
        path.write_text(genre(rng, told) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
