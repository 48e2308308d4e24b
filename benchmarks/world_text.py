"""Sentences of the synthetic evidence base: event reports, claims and names."""

import random
from dataclasses import dataclass

# (event type, weight, template); {a} and {b} are the first two parties, {w} the weapon.
EVENT_TEMPLATES = [
    ("raid", 30, "{a} raided a safe house of {b} on {day}{with_w}."),
    ("arrest", 18, "{a} detained suspected members of {b} on {day}{with_w}."),
    ("attack", 20, "{a} attacked {b} on {day}{with_w}."),
    ("killing", 6, "{a} killed fighters of {b} on {day}{with_w}."),
    ("seizure", 8, "{a} seized a weapons cache of {b} on {day}{with_w}."),
    ("supply", 5, "{a} smuggled weapons to {b} on {day}{with_w}."),
    ("statement", 5, "{a} issued a statement about {b} on {day}."),
    ("meeting", 3, "{a} met representatives of {b} on {day}."),
    ("training", 3, "{a} trained members of {b} on {day}{with_w}."),
    ("kidnapping", 2, "{a} kidnapped a member of {b} on {day}."),
]
TEMPLATE_OF = {name: template for name, _, template in EVENT_TEMPLATES}
VERBS = {
    "supports": "supports",
    "arms": "arms",
    "funds": "funds",
    "trains": "trains",
    "directs": "directs",
    "cooperates_with": "cooperates with",
    "shelters": "shelters",
    "linked_to": "is linked to",
    "influences": "influences",
}
SAYS = {
    "asserts": "{who} said {s} {v} {o}.",
    "denies": "{who} denied that {s} {v} {o}.",
    "disputes": "{who} disputed reports that {s} {v} {o}.",
    "uncertain": "{who} said it was unclear whether {s} {v} {o}.",
}
FIRST = ["Ahmed", "Karim", "Hassan", "Omar", "Ali", "Abu Bakr", "Jafar", "Mahdi", "Yusuf", "Rashid"]
LAST = ["al-Saadi", "Karimi", "al-Fadhil", "Rahimi", "al-Jabouri", "al-Tamimi", "Hashemi"]


@dataclass(frozen=True)
class Sentence:
    """A sentence and its offset in its document's text."""

    text: str
    start: int


def person_name(rng: random.Random, number: int) -> str:
    """Return a distinct name (the number keeps names unique past the combinations)."""
    return f"{rng.choice(FIRST)} {rng.choice(LAST)} {number}"


def event_sentence(rng: random.Random, event: dict, parties: list, weapon) -> str:
    """Return the sentence telling the event; every party's and the weapon's name is in it."""
    names = [name for _, name, _ in parties]
    text = TEMPLATE_OF[event["event_type"]].format(
        a=names[0],
        b=names[1] if len(names) > 1 else "unknown gunmen",
        day=event["date_start"].strftime("%B %d, %Y"),
        with_w=f" with {weapon[1]}" if weapon else "",
    )
    if "{with_w}" not in TEMPLATE_OF[event["event_type"]] and weapon:
        text = f"{text[:-1]}, using {weapon[1]}."
    if len(names) > 2:
        text = f"{text[:-1]}, with {' and '.join(names[2:])} present."
    return text


def claim_sentence(who: str, subject: str, predicate: str, obj: str, stance: str) -> str:
    """Return the quote of a claim: who says (or denies) that subject does something to obj."""
    return SAYS[stance].format(who=who, s=subject, v=VERBS[predicate], o=obj)
