"""Rules that find relations between actors ("X, the commander of Y")."""

from .registry import Example, Rule

F = "etl.extract.relations.find_relations"
AUTHOR = "Lt. Col. Sam Ray, NF spokesman, said so."


def _relation(rule_id: str, description: str, text: str, expected: str, counter: str) -> Rule:
    return Rule(
        rule_id,
        "relation",
        "function",
        F,
        description,
        (Example(text, (expected,)),),
        (counter,),
    )


RELATION_RULES = [
    _relation(
        "relation.apposition_role",
        "An apposition naming a role toward another actor: 'X, a spokesman for Y'.",
        "Victor Ostrander, a spokesman for Shadow Force, spoke.",
        "Victor Ostrander spokesperson_for Shadow Force",
        AUTHOR,
    ),
    _relation(
        "relation.copula_role",
        "A copula and a role: 'X was a member of Y', 'X became the head of Y'.",
        "Victor Ostrander was a member of Shadow Force.",
        "Victor Ostrander member_of Shadow Force",
        "Victor Ostrander met a member of Shadow Force.",
    ),
    _relation(
        "relation.copula_modifier",
        "A copula and the other actor as a modifier of the role: 'X is a Y agent'.",
        "Victor Ostrander is a senior Shadow Force operative.",
        "Victor Ostrander agent_of Shadow Force",
        "Victor Ostrander met a senior Shadow Force operative.",
    ),
    _relation(
        "relation.apposition_modifier",
        "An apposition with the other actor as a modifier of the role: 'X, Y spokesman'.",
        AUTHOR.replace("said so", "spoke"),
        "Sam Ray spokesperson_for Northern Front",
        "Lt. Col. Sam Ray and the NF spoke.",
    ),
    _relation(
        "relation.as_role",
        "'X as a member of Y'.",
        "Troops identified Victor Ostrander as a member of Shadow Force.",
        "Victor Ostrander member_of Shadow Force",
        "Troops identified Victor Ostrander and Shadow Force.",
    ),
    _relation(
        "relation.possessive_role",
        "A possessive role before the name: 'Y's leader, X'.",
        "Shadow Force's leader, Victor Ostrander, spoke.",
        "Victor Ostrander leads Shadow Force",
        "Shadow Force's weapons reached Victor Ostrander.",
    ),
    _relation(
        "relation.title_role",
        "A role used as a title between the two names: 'Y commander X'.",
        "Shadow Force commander Victor Ostrander spoke.",
        "Victor Ostrander commands Shadow Force",
        "Shadow Force and Victor Ostrander spoke.",
    ),
    _relation(
        "relation.role_of_apposition",
        "'The commander of Y, X'.",
        "The commander of the Shadow Force, Victor Ostrander, spoke.",
        "Victor Ostrander commands Shadow Force",
        "The Shadow Force and Victor Ostrander spoke.",
    ),
    _relation(
        "relation.its_role",
        "'Y and its proxy, X'.",
        "Sylvania, and its proxy the Northern Front, armed them.",
        "Northern Front proxy_of Sylvania",
        "Sylvania and the Northern Front armed them.",
    ),
    _relation(
        "relation.subordinate_to",
        "A unit subordinate to another: 'X, one of three units subordinate to Y'.",
        "It was the Hadid Command, one of three units subordinate to the Shadow Force.",
        "Hadid Command part_of Shadow Force",
        "The Hadid Command fought beside the Shadow Force.",
    ),
    _relation(
        "relation.unit_chain",
        "A unit named as part of another organization: 'the X of the Y'.",
        "Troops met the Shadow Force of the Sylvanian Guard Corps.",
        "Shadow Force part_of Sylvanian Guard Corps",
        "Troops met the Shadow Force and the Sylvanian Guard Corps.",
    ),
]
