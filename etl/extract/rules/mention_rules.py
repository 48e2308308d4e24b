"""Rules that find mentions of actors, weapons and places (and propose unknown actors)."""

from .registry import Example, Rule

M = "etl.extract"
MENTION_RULES = [
    Rule(
        "mention.gazetteer",
        "mention",
        "function",
        f"{M}.gazetteer.find_names",
        "A name or alias of the reference lists, case-, hyphen- and punctuation-tolerant, "
        "leftmost-longest, plurals included; a name both a place and an actor is the place "
        "after a locative preposition.",
        (Example("Yesterday the NFK attacked.", ("NFK -> Northern Front in Kessel",)),),
        ("Maj. Gen. Rick Lynch spoke.",),
    ),
    Rule(
        "mention.gazetteer_elision",
        "mention",
        "function",
        f"{M}.gazetteer.find_names",
        "An adjective sharing the noun of the listed name after it: 'Eastern and Western "
        "insurgents' names the Eastern insurgents too.",
        (
            Example(
                "Weapons reached both Eastern and Western insurgents.",
                ("Eastern -> Eastern rebels",),
            ),
        ),
        ("Weapons reached Eastern towns and Western insurgents.",),
    ),
    Rule(
        "mention.titled_person",
        "mention",
        "function",
        f"{M}.people.find_people",
        "A person named after a title or rank ('Maj. Gen. Rick Lynch'); a title and one word "
        "is a surname, linked to the person introduced before.",
        (Example("Maj. Gen. Rick Lynch spoke.", ("Rick Lynch -> Rick Lynch",)),),
        ("The general said nothing.",),
    ),
    Rule(
        "mention.speaker_before_verb",
        "mention",
        "function",
        f"{M}.people.find_people",
        "A capitalized two- to four-word name right before a speech verb ('Wayne White said').",
        (Example("A former analyst, Wayne White, said so.", ("Wayne White -> Wayne White",)),),
        ("The Northern Front said so.",),
    ),
    Rule(
        "mention.speaker_after_verb",
        "mention",
        "function",
        f"{M}.people.find_people",
        "A capitalized name right after a speech verb or 'according to' ('said Omar Haddad').",
        (Example("“We will fight,” said Omar Haddad.", ("Omar Haddad -> Omar Haddad",)),),
        ("“We will fight,” said the Northern Front.",),
    ),
    Rule(
        "mention.captured_name",
        "mention",
        "function",
        f"{M}.people.find_people",
        "A capitalized name right after a custody or killing verb ('captured Omar Haddad').",
        (
            Example(
                "Troops captured Omar Haddad and his brother Sami Haddad.",
                ("Omar Haddad -> Omar Haddad",),
            ),
        ),
        ("Troops captured the Northern Front.",),
    ),
    Rule(
        "mention.named_group",
        "mention",
        "function",
        f"{M}.people.find_groups",
        "A group named by a capitalized word and a group noun ('the Qazali network', 'the "
        "Shadow Brigade').",
        (
            Example(
                "The Southern Front and the Shadow Brigade met.",
                ("Shadow Brigade -> Shadow brigade",),
            ),
        ),
        ("The brigade met.",),
    ),
    Rule(
        "mention.military_unit",
        "mention",
        "function",
        f"{M}.people.find_groups",
        "A unit named by capitalized words and a unit noun ('Zafr Command', 'Task Force Marne').",
        (
            Example(
                "It was the Hadid Command, one of three units subordinate to the Shadow Force.",
                ("Hadid Command -> Hadid Command",),
            ),
        ),
        ("The command was subordinate to the Shadow Force.",),
    ),
    Rule(
        "mention.surname",
        "mention",
        "function",
        f"{M}.mentions.find_mentions",
        "A surname alone, linked to the one person of the document with that surname "
        "introduced before it (an ambiguous surname links to nobody).",
        (
            Example(
                "Maj. Gen. Rick Lynch said it. Lynch told reporters.",
                ("Lynch -> Rick Lynch",),
            ),
        ),
        ("Lynch told reporters.",),
    ),
]
