"""Same event, several reports: merge what agrees, never merge distinct events."""

from datetime import date

import pytest

from etl.extract import extract_document
from etl.records import DateRecord, EntityRef, EventRecord, ParticipantRecord
from etl.resolve import (
    Candidate,
    event_score,
    facts_of,
    match_event,
    resolve_evidence,
    same_event,
)

from ..evidence_samples import document, invented_gazetteer, quote

GAZETTEER = invented_gazetteer()


def actor(name: str) -> EntityRef:
    return GAZETTEER.lookup(name, "actor")


def place(name: str) -> EntityRef:
    return GAZETTEER.lookup(name, "place")


def month(year: int, number: int, text: str = "") -> DateRecord:
    last = 30 if number in (4, 6, 9, 11) else 28 if number == 2 else 31
    return DateRecord(
        text or f"{number}/{year}", "month", date(year, number, 1), date(year, number, last), number
    )


def day(year: int, number: int, value: int) -> DateRecord:
    when = date(year, number, value)
    return DateRecord(str(when), "day", when, when, number, value)


def report(
    *,
    document: str = "doc:a",
    segment: str = "doc:a#p0",
    event_type: str = "capture",
    when: DateRecord | None = None,
    where: str | None = None,
    targets: tuple[str, ...] = (),
    others: tuple[str, ...] = (),
    captured: int | None = None,
    detained: int | None = None,
    narrative: bool = False,
):
    participants = tuple(ParticipantRecord(actor(n), "target", (0, 1)) for n in targets) + tuple(
        ParticipantRecord(actor(n), "other", (0, 1)) for n in others
    )
    record = EventRecord(
        event_type=event_type,
        span=(0, 1),
        summary="",
        segment=segment,
        date=when if when is not None else month(2006, 12),
        place=place(where) if where else None,
        participants=participants,
        captured=captured,
        detained=detained,
        narrative=narrative,
    )
    return facts_of(record, GAZETTEER, document)


def test_three_tellings_of_one_capture_are_one_event():
    undated = DateRecord("the end of December", "month", None, None, 12)
    blog = report(document="doc:blog", when=undated, where="Port Verde", event_type="arrest",
                  targets=("Shadow Force",), others=("Party of Unity",), detained=2)  # fmt: skip
    timeline = report(document="doc:timeline", where="Port Verde", targets=("Shadow Force",),
                      others=("Party of Unity",), captured=2)  # fmt: skip
    news = report(document="doc:news", targets=("Shadow Force",), others=("Lena Marsh",))
    assert same_event(blog, timeline)
    assert same_event(timeline, news)
    assert same_event(blog, news)  # Marsh belongs to the Party of Unity: the hierarchy agrees


def test_different_counts_are_different_events():
    one = report(document="doc:a", where="Kessel", targets=("Shadow Force",), captured=5)
    other = report(document="doc:b", where="Kessel", targets=("Shadow Force",), captured=2)
    assert not same_event(one, other)


def test_places_that_do_not_contain_each_other_are_different_events():
    one = report(document="doc:a", where="Kessel", targets=("Shadow Force",))
    other = report(document="doc:b", where="Westvale", targets=("Shadow Force",))
    assert not same_event(one, other)


def test_a_place_inside_the_other_agrees():
    one = report(document="doc:a", where="Old Quarter", targets=("Shadow Force",), captured=2)
    other = report(document="doc:b", where="Port Verde", targets=("Shadow Force",), captured=2)
    assert same_event(one, other)


def test_dates_that_cannot_overlap_are_different_events():
    one = report(document="doc:a", when=month(2007, 1), targets=("Shadow Force",), captured=5)
    other = report(document="doc:b", when=month(2007, 9), targets=("Shadow Force",), captured=5)
    assert not same_event(one, other)


def test_different_kinds_of_event_are_different_events():
    one = report(document="doc:a", event_type="capture", targets=("Shadow Force",), captured=2)
    other = report(document="doc:b", event_type="attack", targets=("Shadow Force",), captured=2)
    assert not same_event(one, other)


def test_a_month_and_a_country_alone_are_too_little():
    one = report(document="doc:a", targets=("Sylvania",), where="Freedonia")
    other = report(document="doc:b", targets=("Sylvania",), where="Freedonia")
    assert event_score(one, other) is None


def test_two_entries_of_one_timeline_are_never_merged():
    one = report(document="doc:a", segment="doc:a#p3", targets=("Shadow Force",), captured=2)
    other = report(document="doc:a", segment="doc:a#p4", targets=("Shadow Force",), captured=2)
    assert not same_event(one, other)


def test_different_named_people_captured_are_different_events():
    one = report(document="doc:a", targets=("Victor Ostrander",), others=("Shadow Force",))
    stranger = EntityRef("actor", "actor:sam-ray", "Sam Ray", kind="person")
    record = EventRecord(
        event_type="capture",
        span=(0, 1),
        summary="",
        segment="doc:b#p0",
        date=month(2006, 12),
        participants=(
            ParticipantRecord(stranger, "target", (0, 1)),
            ParticipantRecord(actor("Shadow Force"), "other", (0, 1)),
        ),
    )
    assert not same_event(one, facts_of(record, GAZETTEER, "doc:b"))


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (day(2007, 5, 25), day(2007, 5, 26), True),  # a day apart: time zones, late reports
        (day(2007, 5, 25), day(2007, 5, 28), False),
        (day(2007, 5, 25), month(2007, 5), True),
    ],
)
def test_day_dates_allow_one_day_of_slack(first, second, expected):
    one = report(document="doc:a", when=first, where="Kessel", targets=("Shadow Force",))
    other = report(document="doc:b", when=second, where="Kessel", targets=("Shadow Force",))
    assert same_event(one, other) is expected


def test_a_narrative_retelling_in_another_paragraph_is_the_same_event():
    first = report(segment="doc:a#p1", targets=("Sylvanian Guard Corps",), narrative=True)
    later = report(segment="doc:a#p7", targets=("Shadow Force",), narrative=True)
    assert same_event(first, later)  # the Shadow Force is a unit of the Guard Corps


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ({"narrative": False}, {"narrative": True}),  # a timeline entry or another operation
        ({"targets": ("Northern Front",)}, {}),  # nobody taken twice
        ({"when": month(2006, 11)}, {}),  # another month
        ({"when": DateRecord("2006", "year", date(2006, 1, 1), date(2006, 12, 31))}, {}),
        ({"captured": 5}, {"captured": 2}),
    ],
)
def test_paragraphs_of_one_document_stay_apart_without_a_strong_match(first, later):
    base = {"targets": ("Shadow Force",), "narrative": True}
    one = report(segment="doc:a#p1", **{**base, **first})
    other = report(segment="doc:a#p7", **{**base, **later})
    assert not same_event(one, other)


def test_a_retelling_becomes_another_report_of_the_event():
    text = (
        "PORT VERDE — The news that Coalition troops had captured Sylvanians in Freedonia was "
        "widely reported last month.\n\n"
        "Officials met on Tuesday to discuss the border.\n\n"
        "The top Shadow Force commander was captured inside a compound in Port Verde at the "
        "end of December."
    )
    doc = document(text, published=date(2007, 1, 3))
    evidence = resolve_evidence(extract_document(doc, GAZETTEER), GAZETTEER)
    [event] = [e for e in evidence.events if e.event_type == "capture"]
    assert quote(text, event.span).startswith("PORT VERDE — The news")
    assert [quote(text, span)[:30] for span in event.also] == ["The top Shadow Force commander"]
    assert {p.actor.name for p in event.participants} >= {"Sylvania", "Shadow Force"}
    assert (event.place.name, event.date.start) == ("Port Verde", date(2006, 12, 21))


def test_another_operation_of_a_press_release_is_another_event():
    text = (
        "KESSEL – Coalition troops captured two Shadow Force agents in Kessel on May 9, 2007.\n\n"
        "In another operation in Kessel on May 9, 2007, Coalition troops captured two Shadow "
        "Force agents."
    )
    doc = document(text, published=date(2007, 5, 10))
    evidence = resolve_evidence(extract_document(doc, GAZETTEER), GAZETTEER)
    assert len(evidence.events) == 2
    assert all(event.also == () for event in evidence.events)


def test_matching_picks_the_best_scoring_event_and_none_when_nothing_matches():
    new = report(document="doc:new", where="Port Verde", targets=("Shadow Force",), captured=2)
    weak = report(document="doc:a", targets=("Shadow Force",))
    strong = report(document="doc:b", where="Port Verde", targets=("Shadow Force",), captured=2)
    other = report(document="doc:c", event_type="killing", where="Kessel")
    candidates = [
        Candidate(1, weak, False),
        Candidate(2, strong, False),
        Candidate(3, other, False),
    ]
    assert match_event(new, candidates).id == 2
    assert match_event(new, [Candidate(3, other, False)]) is None


def test_matching_prefers_the_documents_earlier_telling_then_the_oldest_event():
    new = report(document="doc:new", targets=("Shadow Force",), captured=2)
    same = report(document="doc:a", targets=("Shadow Force",), captured=2)
    assert match_event(new, [Candidate(5, same, False), Candidate(9, same, False)]).id == 5
    assert match_event(new, [Candidate(5, same, False), Candidate(9, same, True)]).id == 9
