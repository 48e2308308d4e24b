"""Rules of the linguistic pipeline's entities (etl/extract/entities.py; not loaded yet)."""

from .registry import Example, Rule

ENTITY_RULES = [
    Rule(
        "entity.gazetteer",
        "entity",
        "entity_ruler",
        "etl.extract.ruler.GazetteerRuler",
        "The reference lists' names as pipeline entities, set before the NER so they win; "
        "matched as mention.gazetteer matches them.",
        (
            Example(
                "Colonel Sam Ray said the Shadow Force shipped mortars.",
                ("Shadow Force ACTOR", "mortars WEAPON"),
            ),
        ),
        ("Colonel Sam Ray spoke.",),
    ),
    Rule(
        "entity.ner",
        "entity",
        "model",
        "etl.extract.entities.text_entities",
        "A person, organisation, group, place or product the statistical NER finds and the "
        "lists do not know; no dates, numbers, pronouns or lower-case handles.",
        (
            Example(
                "Sam Ray told CNN that Sylvania armed the Valley Militias.",
                ("Sam Ray PERSON", "CNN ORG"),
            ),
        ),
        ("On Monday, 12 of them said he met grognard in 2007.",),
    ),
]
