"""Invented reference lists and documents for the evidence tests (no seed is copied here)."""

from datetime import date

from etl.extract.gazetteer import Gazetteer, gazetteer_from_reference
from etl.extract.text import paragraphs
from etl.read.reference import parse_reference
from etl.records import DocumentRecord, PartialDate

PLACES = """
places:
  - {name: Freedonia, kind: country, coordinates: [10.0, 20.0]}
  - {name: Sylvania, kind: country, coordinates: [11.0, 21.0]}
  - {name: Eastmarch, kind: province, parent: Freedonia}
  - {name: Port Verde, kind: city, parent: Eastmarch, coordinates: [10.5, 20.5],
     aliases: [Puerto Verde]}
  - {name: Old Quarter, kind: district, parent: Port Verde}
  - {name: Kessel, kind: city, parent: Eastmarch}
  - {name: Dunmoor, kind: town, parent: Eastmarch}
  - {name: Westvale, kind: city, parent: Freedonia}
"""
ACTORS = """
actors:
  - {name: Freedonia, kind: state, country: Freedonia,
     aliases: [Freedonian, Freedonians, Freedonian government]}
  - {name: Sylvania, kind: state, country: Sylvania,
     aliases: [Sylvanian, Sylvanians, Sylvanian government]}
  - {name: Sylvanian Guard Corps, kind: military_unit, parent: Sylvania, country: Sylvania,
     abbreviations: [SGC]}
  - {name: Shadow Force, kind: military_unit, parent: Sylvanian Guard Corps, country: Sylvania,
     transliterations: [Shaddow Force, al-Shadow Force], abbreviations: [SGC-SF]}
  - {name: Northern Front, kind: armed_group, abbreviations: [NF], aliases: [Nordfront]}
  - {name: Northern Front in Kessel, kind: armed_group, parent: Northern Front,
     abbreviations: [NFK]}
  - {name: Valley Militias, kind: group, aliases: [Valley militia, valley fighters]}
  - {name: Coalition troops, kind: group, aliases: [Coalition]}
  - {name: Victor Ostrander, kind: person, parent: Shadow Force, surnames: [Ostrander],
     transliterations: [Viktor Ostrandir]}
  - {name: Party of Unity, kind: political_group, abbreviations: [PU]}
  - {name: Lena Marsh, kind: person, parent: Party of Unity}
  - {name: The Daily Courier, kind: media, aliases: [Daily Courier]}
  - {name: Eastern rebels, kind: group, aliases: [Eastern insurgents, Eastern extremists]}
  - {name: Western rebels, kind: group, aliases: [Western insurgents, Western extremists]}
  - {name: Sylvanian intelligence, kind: intelligence_service, parent: Sylvania,
     aliases: [Sylvanian intelligence services]}
  - {name: Freedonian intelligence community, kind: intelligence_service, parent: Freedonia}
"""
WEAPONS = """
weapons:
  - {name: Shaped charge, category: explosive, abbreviations: [SCX],
     aliases: [shaped-charge bomb]}
  - {name: Mortar, category: indirect_fire}
"""


def invented_reference():
    """Return the invented reference lists (and their problems, none expected)."""
    texts = {
        "place": ("places.yaml", PLACES),
        "actor": ("actors.yaml", ACTORS),
        "weapon": ("weapons.yaml", WEAPONS),
    }
    return parse_reference(texts)


def invented_gazetteer() -> Gazetteer:
    """Return a gazetteer of invented actors, weapons and places."""
    data, problems = invented_reference()
    assert problems == []
    return gazetteer_from_reference(data)


def document(
    text: str,
    *,
    published: date | None = None,
    precision: str = "day",
    key: str = "doc:sample.txt",
    author: str = "Ann Writer",
    publisher: str = "The Sample Post",
    title: str = "",
) -> DocumentRecord:
    """Return a DocumentRecord whose body is every paragraph of `text`."""
    when = PartialDate(published, precision, str(published)) if published else None
    return DocumentRecord(
        key=key,
        kind="blog_post",
        text=text,
        title=title,
        author=author,
        publisher=publisher,
        published=when,
        body_spans=tuple(paragraphs(text)),
    )


def quote(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]
