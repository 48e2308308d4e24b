"""Gold files are checked against the schema, their document, their ids and their thread."""

import json
from pathlib import Path

import pytest
from django.conf import settings

from etl.evaluation.goldcheck import check_gold, check_gold_file, schema_validator

from .builders import gold_data

SCHEMA = Path(settings.BASE_DIR) / "eval" / "schema" / "gold.schema.json"
TEXT = (
    "Troops raid a house\n\nTroops raided a house in Basra on Saturday. Iran denied it.\n"
    "Iran denied it.\n\nAnon said...\nGood.\n\nBo said...\nAnon, no.\n"
)
ACTORS = [{"id": "iran", "name": "Iran", "kind": "state", "surface": ["Iran"]}]
RAID = {
    "id": "raid",
    "type": "raid",
    "date": {"value": "2007-05-12", "precision": "day"},
    "place": "Basra",
    "participants": [],
    "weapons": [],
    "counts": {},
    "mentions": [{"quote": "Troops raided a house in Basra on Saturday.", "trigger": "raided"}],
}
DENIAL = {
    "claimant": {"actor": "iran"},
    "subject": "iran",
    "predicate": "supports",
    "object": {"text": "the raiders"},
    "stance": "denies",
    "hedges": [],
    "quote": "Iran denied it.",
    "occurrence": 2,
}
COMMENTS = [
    {"n": 1, "author": "Anon", "kind": "comment", "reply_to": None, "quote": "Good."},
    {"n": 2, "author": "Bo", "kind": "comment", "reply_to": 1, "quote": "Anon, no."},
]


def good() -> dict:
    return gold_data(actors=ACTORS, events=[RAID], claims=[DENIAL], comments=COMMENTS)


def problems(data: dict) -> list[str]:
    return [
        f"{p.field}: {p.message}"
        for p in check_gold(data, TEXT, validator=schema_validator(SCHEMA))
    ]


def test_a_good_annotation_has_no_problems():
    assert problems(good()) == []


def test_a_schema_error_names_the_field():
    data = good()
    data["header"]["kind"] = "tweet"
    assert problems(data) == [
        "header.kind: 'tweet' is not one of "
        + repr(
            [
                "blog_post",
                "news_article",
                "press_release",
                "transcript",
                "report",
                "dossier",
                "excerpt",
                "other",
            ]
        )
    ]


def test_a_quote_must_be_in_the_document():
    data = good()
    data["events"][0]["mentions"][0]["quote"] = "Troops raided a house in Mosul."
    assert problems(data) == [
        "events[0].mentions[0].quote: 'Troops raided a house in Mosul.' is not in the document"
    ]


def test_a_repeated_quote_needs_its_occurrence_and_no_more_than_there_are():
    data = good()
    del data["claims"][0]["occurrence"]
    assert problems(data) == [
        "claims[0].quote: 'Iran denied it.' appears 2 times: say which with `occurrence`"
    ]
    data["claims"][0]["occurrence"] = 3
    assert problems(data) == [
        "claims[0].quote: occurrence 3 of 'Iran denied it.', which appears 2 time(s)"
    ]


def test_a_trigger_must_be_inside_its_quote():
    data = good()
    data["events"][0]["mentions"][0]["trigger"] = "attack"
    assert problems(data) == ["events[0].mentions[0].trigger: 'attack' not in its quote"]


def test_every_referenced_id_is_defined_once():
    data = good()
    data["events"][0]["participants"] = [{"actor": "troops", "role": "agent"}]
    data["events"][0]["weapons"] = ["efp"]
    data["claims"][0]["object"] = {"event": "bombing"}
    data["actors"].append(dict(ACTORS[0]))
    assert problems(data) == [
        "actors[1].id: 'iran' twice",
        "events[0].participants[0].actor: actor 'troops' is not defined",
        "events[0].weapons[0]: weapon 'efp' is not defined",
        "claims[0].object.event: event 'bombing' is not defined",
    ]


def test_comments_are_numbered_in_order_and_answer_earlier_ones():
    data = good()
    data["comments"][0]["reply_to"] = 2
    data["comments"][1]["n"] = 3
    assert problems(data) == [
        "comments[0].reply_to: 2 is not an earlier comment of this thread",
        "comments[1].n: is 3; comments are numbered 1, 2, 3... in text order",
    ]


def test_a_date_has_the_parts_of_its_precision_and_exists():
    data = good()
    data["header"]["published"] = {"value": "2007-05", "precision": "day"}
    data["events"][0]["date"] = {"value": "2007-02-30", "precision": "day"}
    assert problems(data) == [
        "header.published.value: '2007-05' does not have the precision 'day'",
        "events[0].date.value: '2007-02-30' is no date",
    ]


def test_a_file_problem_names_the_file_and_the_field(tmp_path):
    document = tmp_path / "raid.txt"
    document.write_text(TEXT, encoding="utf-8")
    data = good() | {"id": "other"}
    data["claims"][0]["quote"] = "Iran confirmed it."
    gold = tmp_path / "raid.json"
    gold.write_text(json.dumps(data), encoding="utf-8")
    assert [str(p) for p in check_gold_file(gold, document, SCHEMA)] == [
        f"{gold.as_posix()}: claims[0].quote: 'Iran confirmed it.' is not in the document",
        f"{gold.as_posix()}: id: 'other' is not the file name",
    ]


@pytest.mark.parametrize("content", ["{not json", "[]"])
def test_unreadable_or_shapeless_gold_is_a_problem(tmp_path, content):
    document = tmp_path / "raid.txt"
    document.write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "raid.json"
    gold.write_text(content, encoding="utf-8")
    found = check_gold_file(gold, document, SCHEMA)
    assert len(found) == 1 and found[0].file == gold.as_posix()
