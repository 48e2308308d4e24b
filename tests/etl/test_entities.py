"""Entities of a body: gazetteer entries where known, the NER's labels for the rest."""

from etl.extract.entities import text_entities

from .evidence_samples import invented_gazetteer

GAZETTEER = invented_gazetteer()


def entities(text: str) -> list[tuple[str, str, str]]:
    hits = text_entities(text, [(0, len(text))], GAZETTEER)
    for hit in hits:
        assert text[hit.span[0] : hit.span[1]] == hit.text
    return [(hit.text, hit.label, hit.ref.name if hit.ref else hit.rule) for hit in hits]


def test_known_names_come_with_their_entry_and_win_over_the_ner():
    found = entities("Colonel Sam Ray said the Shadow Force shipped mortars to Kessel.")
    assert ("Shadow Force", "ACTOR", "Shadow Force") in found
    assert ("mortars", "WEAPON", "Mortar") in found
    assert ("Kessel", "PLACE", "Kessel") in found


def test_people_and_outlets_the_gazetteer_does_not_know_come_from_the_ner():
    found = entities("Sam Ray told CNN on Monday that Sylvania armed the Valley Militias.")
    assert ("Sam Ray", "PERSON", "entity.ner") in found
    assert ("CNN", "ORG", "entity.ner") in found


def test_dates_numbers_and_pronouns_are_no_entities():
    found = entities("On Monday, 12 of them said he met Sylvania's envoy in 2007.")
    assert [text for text, _, _ in found] == ["Sylvania"]
