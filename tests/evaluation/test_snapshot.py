"""Claims are read the same before and after the claim model gains an event or text object."""

from types import SimpleNamespace

from etl.evaluation.snapshot import _claim

ROW = {
    "pk": 1,
    "document_id": 1,
    "span_start": 0,
    "span_end": 4,
    "quote": "Iran",
    "claimant_id": None,
    "claimant_text": "",
    "relayed_by": "",
    "subject_id": 2,
    "predicate": "arms",
    "stance": "asserts",
    "event_id": 7,
}


def test_a_claim_without_object_event_or_text_reads_its_event_link():
    claim = _claim(SimpleNamespace(**ROW, object_id=3))
    assert (claim.object_actor, claim.object_event, claim.object_text) == (3, 7, "")


def test_a_claim_with_an_object_event_or_text_reads_them():
    thing = _claim(SimpleNamespace(**ROW, object_id=None, object_event_id=None, object_text="EFPs"))
    assert (thing.object_actor, thing.object_event, thing.object_text) == (None, None, "EFPs")
    event = _claim(SimpleNamespace(**ROW, object_id=None, object_event_id=9, object_text=""))
    assert event.object_event == 9
