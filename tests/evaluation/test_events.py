"""Events are found through the trigger inside a stored report, then compared on the pairs."""

from datetime import date

from etl.evaluation.eventmatch import match_events
from etl.evaluation.events import score_events

from .builders import annotated, document, entity, event, report, snapshot, span

TEXT_A = (
    "On Saturday, Coalition forces raided a house in Sadr City and detained 12 suspects. "
    "The raid also found EFPs. Separately, a roadside bomb killed two soldiers in Basra."
)
TEXT_B = "Troops detained twelve men in a raid in Sadr City on May 12."
ACTORS = [
    {"id": "cf", "name": "Coalition Forces", "kind": "group", "surface": ["Coalition forces"]}
]
WEAPONS = [{"id": "efp", "name": "EFP", "category": "explosive", "surface": ["EFPs"]}]
RAID = {
    "id": "raid",
    "same_as": "sadr-city-raid",
    "type": "raid",
    "date": {"value": "2007-05-12", "precision": "day"},
    "place": "Sadr City",
    "participants": [{"actor": "cf", "role": "agent"}],
    "weapons": ["efp"],
    "counts": {"detained": 12},
    "mentions": [
        {"quote": "Coalition forces raided a house in Sadr City", "trigger": "raided"},
        {"quote": "The raid also found EFPs.", "trigger": "raid"},
    ],
}
BOMB = {
    "id": "bomb",
    "type": "attack",
    "date": None,
    "place": "Basra",
    "participants": [],
    "weapons": [],
    "counts": {"killed": 2},
    "mentions": [{"quote": "a roadside bomb killed two soldiers in Basra", "trigger": "bomb"}],
}
RAID_B = RAID | {
    "participants": [],
    "weapons": [],
    "mentions": [{"quote": TEXT_B, "trigger": "raid"}],
}


def corpus():
    a, b = document(TEXT_A, pk=1, file_id="a"), document(TEXT_B, pk=2, file_id="b")
    gold = [
        annotated(id="a", actors=ACTORS, weapons=WEAPONS, events=[RAID, BOMB]),
        annotated(id="b", events=[RAID_B]),
    ]
    return a, b, gold


def stored_raid(event_type: str = "raid", **fields):
    values = {
        "date_start": date(2007, 5, 12),
        "date_end": date(2007, 5, 12),
        "date_precision": "day",
        "place": 7,
        "counts": (None, None, None, 12),
        "participants": ((3, "agent"),),
        "weapons": (4,),
    } | fields
    return event(1, event_type, **values)


ENTITIES = {
    "actors": {3: entity(3, "Coalition Forces", "group")},
    "weapons": {4: entity(4, "Explosively formed penetrator", "explosive", "EFP")},
    "places": {7: entity(7, "Sadr City", "district", "Thawra")},
}


def test_a_gold_event_is_found_when_a_report_contains_its_trigger_and_compared_on_the_pair():
    a, b, gold = corpus()
    first = span(
        a, "On Saturday, Coalition forces raided a house in Sadr City and detained 12 suspects."
    )
    reports = [report(1, first), report(1, span(b, TEXT_B))]
    result = score_events(
        gold, snapshot(a, b, events={1: stored_raid()}, reports=reports, **ENTITIES)
    )
    figures = result.figures
    assert (figures["events.found.precision"], figures["events.found.recall"]) == (1.0, 2 / 3)
    assert figures["events.date.accuracy"] == 1.0
    assert figures["events.type.accuracy"] == 1.0
    assert figures["events.place.accuracy"] == 1.0
    assert figures["events.detained.f1"] == 1.0
    assert figures["events.killed.recall"] is None  # the found raid states no deaths
    # The raid of document b names no participant or weapon: the stored ones are inventions.
    assert (figures["events.participants.precision"], figures["events.participants.recall"]) == (
        0.5,
        1.0,
    )
    assert (figures["events.weapons.precision"], figures["events.weapons.recall"]) == (0.5, 1.0)
    assert figures["events.merged.share"] == 1.0
    assert (figures["events.wrongly_merged"], figures["events.split"]) == (0, 0)
    assert [(f.document, f.verdict, f.what) for f in result.findings] == [
        ("a", "miss", "attack bomb")
    ]


def test_wrong_values_on_a_pair_are_listed():
    a, b, gold = corpus()
    raid = stored_raid("arrest", date_start=date(2007, 5, 1), date_precision="month", place=None)
    reports = [report(1, span(a, "The raid also found EFPs."))]
    result = score_events(gold[:1], snapshot(a, events={1: raid}, reports=reports, **ENTITIES))
    assert result.figures["events.date.accuracy"] == 0.0
    assert [f.what for f in result.findings if f.verdict == "wrong"] == [
        "raid: date: gold 2007-05-12 (day), stored 2007-05-01 (month)",
        "raid: type: gold raid, stored arrest",
        "raid: place: gold Sadr City, stored None",
    ]


def test_mentions_reaching_two_stored_events_split_the_event_its_main_event_stays_merged():
    a, b, gold = corpus()
    reports = [
        report(1, span(a, "On Saturday, Coalition forces raided a house in Sadr City")),
        report(2, span(a, "The raid also found EFPs.")),
        report(1, span(b, TEXT_B)),
    ]
    events = {1: stored_raid(), 2: event(2, "seizure")}
    result = score_events(gold, snapshot(a, b, events=events, reports=reports, **ENTITIES))
    figures = result.figures
    assert figures["events.split"] == 1
    assert figures["events.merged.share"] == 1.0  # both documents' raid is mainly event 1
    assert figures["events.wrongly_merged"] == 0
    assert (figures["events.found.precision"], figures["events.found.recall"]) == (2 / 3, 2 / 3)
    assert ("a", "invention", "seizure") in [
        (f.document, f.verdict, f.what) for f in result.findings
    ]


def test_an_event_two_documents_tell_is_not_merged_when_each_has_its_own_stored_event():
    a, b, gold = corpus()
    reports = [report(1, span(a, "Coalition forces raided a house")), report(2, span(b, TEXT_B))]
    events = {1: stored_raid(), 2: stored_raid()}
    result = score_events(gold, snapshot(a, b, events=events, reports=reports, **ENTITIES))
    assert result.figures["events.merged.share"] == 0.0
    assert result.figures["events.found.recall"] == 2 / 3
    assert ("a, b", "miss", "not merged into one event: sadr-city-raid") in [
        (f.document, f.verdict, f.what) for f in result.findings
    ]


def test_two_gold_events_on_one_stored_event_are_wrongly_merged_and_one_is_missed():
    a, _, gold = corpus()
    whole = report(1, span(a, TEXT_A))
    result = score_events(
        gold[:1], snapshot(a, events={1: stored_raid()}, reports=[whole], **ENTITIES)
    )
    assert result.figures["events.wrongly_merged"] == 1
    assert result.figures["events.found.recall"] == 0.5
    assert result.figures["events.found.precision"] == 1.0


def test_a_report_without_the_trigger_does_not_find_the_event():
    a, _, gold = corpus()
    reports = [report(1, span(a, "a house in Sadr City and detained 12 suspects."))]
    match = match_events(gold[:1], snapshot(a, events={1: stored_raid()}, reports=reports))
    assert match.pairs == {}


def test_a_mention_is_found_in_a_dossier_row_of_its_file():
    dossier = document("DATE | SOURCE | TEXT", pk=1, file_id="a")
    row = document("AP: " + TEXT_A, pk=2, file_id="a", parent=1)
    reports = [report(1, span(row, "The raid also found EFPs."))]
    match = match_events(
        [annotated(id="a", actors=ACTORS, weapons=WEAPONS, events=[RAID])],
        snapshot(dossier, row, events={1: stored_raid()}, reports=reports),
    )
    assert match.pairs == {("a", "raid"): 1}
