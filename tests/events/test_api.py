import pytest

from apps.events.models import Event
from tests.contract import EndpointContract
from tests.factories import (
    make_actor,
    make_claim,
    make_document,
    make_event,
    make_event_participant,
    make_event_report,
    make_event_weapon,
    make_place,
    make_weapon,
)

pytestmark = pytest.mark.django_db

LIST_FIELDS = {
    "id",
    "url",
    "event_type",
    "summary",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "place",
    "killed",
    "wounded",
    "captured",
    "detained",
    "participants",
    "weapons",
    "report_count",
    "claim_count",
    "review_status",
    "created_at",
    "updated_at",
}
RAID_TEXT = "Coalition forces raided a Qods Force cell in Baghdad, killing five and capturing 17."
RAID_AGAIN = "The raid in Baghdad netted EFP components. Officials repeated the raid details."
BOMB_TEXT = "A car bomb in Basra killed one. Iran denied any role in 2006."


def cast() -> dict:
    """Places, actors, a weapon and three documents the events below are told by."""
    iraq = make_place(name="Iraq", slug="iraq", kind="country")
    iran = make_actor(name="Iran", slug="iran", kind="state")
    return {
        "baghdad": make_place(name="Baghdad", slug="baghdad", kind="city", parent=iraq),
        "basra": make_place(name="Basra", slug="basra", kind="city", parent=iraq),
        "iran": iran,
        "qods": make_actor(name="Qods Force", slug="qods-force", parent=iran),
        "coalition": make_actor(name="Coalition forces", slug="coalition"),
        "aqi": make_actor(name="al-Qaeda in Iraq", slug="al-qaeda-in-iraq"),
        "efp": make_weapon(name="Explosively formed penetrator", slug="efp"),
        "first": make_document(text=RAID_TEXT),
        "second": make_document(text=RAID_AGAIN),
        "third": make_document(text=BOMB_TEXT),
    }


def raid(c: dict) -> Event:
    """A day-precise raid reported by two documents (three passages), with every count."""
    event = make_event(
        event_type="raid",
        summary="Raid on a Qods Force cell",
        date_start="2007-05-09",
        date_end="2007-05-09",
        date_precision="day",
        place=c["baghdad"],
        killed=5,
        wounded=2,
        captured=17,
        detained=0,
    )
    first, second = c["first"], c["second"]
    make_event_report(event=event, document=first, quote=RAID_TEXT, rule="event.trigger_noun")
    make_event_report(
        event=event, document=second, quote="The raid in Baghdad netted EFP components."
    )
    make_event_report(event=event, document=second, quote="Officials repeated the raid details.")
    make_event_participant(event=event, actor=c["qods"], document=first, quote="Qods Force")
    make_event_participant(
        event=event,
        actor=c["coalition"],
        role="perpetrator",
        document=first,
        quote="Coalition forces",
    )
    make_event_weapon(event=event, weapon=c["efp"], document=second, quote="EFP")
    return event


def bomb_and_denial(c: dict) -> tuple[Event, Event]:
    """A month-precise attack and a year-precise statement, both told by the third document."""
    third = c["third"]
    bomb = make_event(
        event_type="attack",
        summary="Car bomb at a market",
        date_start="2007-08-01",
        date_end="2007-08-31",
        date_precision="month",
        place=c["basra"],
        killed=1,
    )
    make_event_report(
        event=bomb,
        document=third,
        quote="A car bomb in Basra killed one.",
        rule="event.trigger_verb",
    )
    make_event_participant(
        event=bomb, actor=c["aqi"], role="perpetrator", document=third, quote="car bomb"
    )
    denial = make_event(
        event_type="statement",
        summary="Iran denies a role",
        date_start="2006-01-01",
        date_end="2006-12-31",
        date_precision="year",
    )
    make_event_report(event=denial, document=third, quote="Iran denied any role in 2006.")
    make_event_participant(
        event=denial, actor=c["iran"], role="speaker", document=third, quote="Iran"
    )
    return bomb, denial


def corpus() -> dict:
    """Three events told by three documents, with places, actors, weapons and counts."""
    c = cast()
    first_event = raid(c)
    bomb, denial = bomb_and_denial(c)
    make_event(summary="Rejected", review_status="rejected")
    make_event(summary="Stale", is_stale=True)
    return {
        "raid": first_event,
        "bomb": bomb,
        "denial": denial,
        "first": c["first"],
        "third": c["third"],
    }


class TestEventEndpoint(EndpointContract):
    basename = "event"
    model = Event
    list_fields = LIST_FIELDS
    detail_fields = LIST_FIELDS | {"reports"}
    filter_cases = {
        "event_type=raid": 1,
        "event_type=raid,attack": 2,
        "event_type=raid&event_type=statement": 2,
        "date_precision=month": 1,
        "date_start=2007-05-09": 1,
        "date_start__gte=2007-01-01": 2,
        "date_start__lte=2007-06-30": 2,
        "date_end=2007-08-31": 1,
        "date_end__gte=2007-06-01": 1,
        "date_end__lte=2007-05-31": 2,
        "place=iraq": 2,
        "place=baghdad": 1,
        "actor=qods-force": 1,
        "actor=iran": 1,
        "actor=iran&include_subordinates=true": 2,
        "actor=qods-force&role=perpetrator": 0,
        "actor=coalition,al-qaeda-in-iraq&role=perpetrator": 2,
        "role=perpetrator": 2,
        "weapon=efp": 1,
        "document={first}": 1,
        "document={third}": 2,
        "min_reports=2": 1,
        "min_reports=1": 3,
        "killed=5": 1,
        "killed__gte=1": 2,
        "killed__lte=1": 1,
        "wounded=2": 1,
        "wounded__gte=3": 0,
        "wounded__lte=2": 1,
        "captured=17": 1,
        "captured__gte=10": 1,
        "captured__lte=16": 0,
        "detained=0": 1,
        "detained__gte=0": 1,
        "detained__lte=5": 1,
        "q=car bomb": 1,
        "q=netted": 1,
        "review_status=rejected": 1,
        "stale=true": 1,
        "stale=false": 3,
        "rule=event.trigger_verb": 1,
        "rule=event.trigger_verb,event.trigger_noun": 2,
    }

    def seed(self):
        events = corpus()
        self.refs = {"first": events["first"].pk, "third": events["third"].pk}
        return [events["raid"], events["bomb"], events["denial"]]

    def make(self):
        event = make_event(place=make_place(), date_start="2007-05-09", date_precision="day")
        make_event_report(event=event)
        make_event_participant(event=event)
        make_event_weapon(event=event)
        make_claim(event=event)
        return event


def test_detail_carries_every_report_and_counts_independent_documents(api_client):
    events = corpus()
    body = api_client.get(f"/api/v1/events/{events['raid'].pk}/").json()
    assert len(body["reports"]) == 3
    assert body["report_count"] == 2
    for report in body["reports"] + body["participants"] + body["weapons"]:
        document = api_client.get(report["document"]["url"]).json()
        assert document["text"][report["span_start"] : report["span_end"]] == report["quote"]
    roles = {(item["actor"]["slug"], item["role"]) for item in body["participants"]}
    assert roles == {("qods-force", "target"), ("coalition", "perpetrator")}
    assert body["place"]["slug"] == "baghdad"
    assert body["date_precision"] == "day"


def test_efp_events_in_2007_with_two_reports(api_client):
    corpus()
    query = "weapon=efp&date_start__gte=2007-01-01&date_start__lte=2007-12-31&min_reports=2"
    body = api_client.get(f"/api/v1/events/?{query}").json()
    assert [event["summary"] for event in body["results"]] == ["Raid on a Qods Force cell"]


def test_ordering_by_killed_descending_puts_unknown_counts_last(api_client):
    corpus()
    body = api_client.get("/api/v1/events/?ordering=-killed").json()
    assert [event["killed"] for event in body["results"]] == [5, 1, None]
