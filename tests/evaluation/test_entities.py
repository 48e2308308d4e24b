"""Actors and weapons are found per document by name or alias, outside comments."""

from etl.evaluation.entities import score_entities

from .builders import annotated, comment, document, entity, mention, snapshot, span

TEXT = "The Quds Force armed the Mahdi Army with EFPs.\n\nReader said...\n    Hezbollah too.\n"
ACTORS = [
    {"id": "qf", "name": "Qods Force", "kind": "military_unit", "surface": ["Quds Force"]},
    {"id": "jam", "name": "Mahdi Army", "kind": "armed_group", "surface": ["Mahdi Army"]},
]


def test_a_gold_actor_is_found_by_an_alias_and_kinds_are_compared():
    doc = document(TEXT)
    actors = {
        1: entity(1, "Qods Force", "military_unit", "Quds Force"),
        2: entity(2, "Mahdi Army", "group"),
    }
    mentions = [mention(1, span(doc, "Quds Force")), mention(2, span(doc, "Mahdi Army"))]
    result = score_entities(
        [annotated(actors=ACTORS)], snapshot(doc, actors=actors, actor_mentions=mentions), "actors"
    )
    assert result.figures["actors.found.f1"] == 1.0
    assert result.figures["actors.kind.accuracy"] == 0.5
    assert [(f.verdict, f.what) for f in result.findings] == [
        ("wrong", "Mahdi Army: kind armed_group, stored group")
    ]


def test_mentions_in_comments_do_not_count_and_duplicates_are_inventions():
    doc = document(TEXT)
    thread = [comment(9, span(doc, "Reader said...\n    Hezbollah too."), 1, "Reader")]
    actors = {
        1: entity(1, "Qods Force", "military_unit"),
        2: entity(2, "Quds Force", "military_unit"),
        3: entity(3, "Hezbollah", "armed_group"),
    }
    mentions = [
        mention(1, span(doc, "Quds Force")),
        mention(2, span(doc, "Quds Force")),
        mention(3, span(doc, "Hezbollah")),  # inside the comment's span, flag unset
    ]
    result = score_entities(
        [annotated(actors=ACTORS)],
        snapshot(doc, comments=thread, actors=actors, actor_mentions=mentions),
        "actors",
    )
    figures = result.figures
    assert (figures["actors.found.precision"], figures["actors.found.recall"]) == (0.5, 0.5)
    assert [(f.verdict, f.what) for f in result.findings] == [
        ("miss", "Mahdi Army (armed_group)"),
        ("invention", "Quds Force (military_unit)"),
    ]


def test_a_dossier_row_counts_as_its_dossier():
    dossier = document("Dossier header", pk=1, file_id="dossier")
    row = document("AP, May 9: EFPs found.", pk=2, file_id="dossier", parent=1)
    weapons = {5: entity(5, "Explosively formed penetrator", "explosive", "EFP")}
    gold = [{"id": "efp", "name": "EFP", "category": "explosive", "surface": ["EFPs"]}]
    result = score_entities(
        [annotated(id="dossier", weapons=gold)],
        snapshot(dossier, row, weapons=weapons, weapon_mentions=[mention(5, span(row, "EFPs"))]),
        "weapons",
    )
    assert result.figures["weapons.found.f1"] == 1.0
    assert result.figures["weapons.category.accuracy"] == 1.0


def test_another_documents_mentions_do_not_count():
    here, there = (
        document("Nothing.", pk=1, file_id="doc"),
        document("Quds Force", pk=2, file_id="other"),
    )
    actors = {1: entity(1, "Qods Force", "military_unit")}
    result = score_entities(
        [annotated(actors=ACTORS[:1])],
        snapshot(
            here, there, actors=actors, actor_mentions=[mention(1, span(there, "Quds Force"))]
        ),
        "actors",
    )
    assert result.figures["actors.found.recall"] == 0.0
    assert result.figures["actors.found.precision"] is None
