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
        "Qasim and Tarif cells'); a unit noun ('Brigade') makes a military unit instead.",
        (
            Example(
                "The Southern Front and the Shadow network met.",
                ("Shadow network -> Shadow network",),
            ),
        ),
        ("The brigade met.",),
    ),
    Rule(
        "mention.military_unit",
        "mention",
        "function",
        f"{M}.units.find_units",
        "A unit named by an ordinal or capitalized words and an echelon noun ('Zafr Command', "
        "'2nd Battalion', 'Task Force Marne'), with the unit above it after a comma, 'of the' "
        "or a possessive ('2nd Brigade Combat Team, 82nd Airborne Division'); 'Group' only "
        "after an ordinal; not before an institution's head ('Marine Corps University').",
        (
            Example(
                "It was the Hadid Command, one of three units subordinate to the Shadow Force.",
                ("Hadid Command -> Hadid Command",),
            ),
            Example(
                "Soldiers of the 2nd Battalion, 325th Airborne Infantry Regiment, searched it.",
                (
                    "2nd Battalion, 325th Airborne Infantry Regiment -> "
                    "2nd Battalion, 325th Airborne Infantry Regiment",
                ),
            ),
        ),
        (
            "The command was subordinate to the Shadow Force.",
            "He teaches at the Marine Corps University and advised the Policy Group.",
        ),
    ),
    Rule(
        "mention.byline_author",
        "mention",
        "function",
        f"{M}.heading.byline_authors",
        "The author the parse layer read from the byline ('By Ann Writer'), where a header line "
        "names them: a person of the document.",
        (
            Example(
                "By Ann Writer\n\nThe Shadow Force shipped mortars.",
                ("Ann Writer -> Ann Writer",),
            ),
        ),
        ("The Shadow Force shipped mortars, Ann said.",),
    ),
    Rule(
        "mention.ner_person",
        "mention",
        "function",
        f"{M}.proposals.find_proposals",
        "A person only the statistical NER finds (PERSON), trimmed of titles and a possessive; "
        "a one-word name only as a subject, object or appositive; no roles ('Deputy "
        "Spokesman'), places, buildings, credits or headline words ('Shipment Said').",
        (
            Example(
                "Karim Jabbouri had fled to the north, residents said.",
                ("Karim Jabbouri -> Karim Jabbouri",),
            ),
        ),
        (
            "Follow Sam on Twitter. Courtesy of Sam Ray.",
            "The ship sailed past its Northern Proxy and the Shrine of Imam Ali.",
            "'Large' Shipment Said to Include Mortars",
        ),
    ),
    Rule(
        "mention.ner_organization",
        "mention",
        "function",
        f"{M}.proposals.find_proposals",
        "An organisation only the statistical NER finds (ORG), with the kind its head noun "
        "gives (organizations.yaml: 'Foreign Ministry' a government body) or an outlet by its "
        "context ('told CNN', 'Reuters reported'); a one-word name only as an acronym or an "
        "outlet; a head noun alone ('Al Jihad') names nothing.",
        (
            Example(
                "On Tuesday officials of the Sylvanian Foreign Ministry denied that the weapons "
                "had been shipped across the border.",
                ("Sylvanian Foreign Ministry -> Sylvanian Foreign Ministry",),
            ),
        ),
        ("The convoy reached Al Jihad and the World Trade Center.",),
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
