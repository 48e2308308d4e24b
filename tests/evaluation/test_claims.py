"""Claims are paired by span overlap and judged at three levels."""

from etl.evaluation.claims import score_claims

from .builders import annotated, claim, comment, document, entity, event, report, snapshot, span

TEXT = (
    "U.S. officials said the Quds Force arms the Mahdi Army. "
    "Iran denied supplying the explosives. "
    "Al Qaeda in Iraq may be linked to Iran. "
    "Officials said Iran was behind the Karbala attack.\n\n"
    "Reader said...\n    Syria arms them too.\n"
)
ACTORS = [
    {"id": "qf", "name": "Qods Force", "kind": "military_unit", "surface": ["Quds Force"]},
    {"id": "jam", "name": "Mahdi Army", "kind": "armed_group", "surface": ["Mahdi Army"]},
    {"id": "iran", "name": "Iran", "kind": "state", "surface": ["Iran"]},
    {
        "id": "aqi",
        "name": "al-Qaeda in Iraq",
        "kind": "armed_group",
        "surface": ["Al Qaeda in Iraq"],
    },
]
KARBALA = {
    "id": "karbala",
    "type": "attack",
    "date": None,
    "place": "Karbala",
    "participants": [],
    "weapons": [],
    "counts": {},
    "mentions": [{"quote": "the Karbala attack", "trigger": "attack"}],
}


def gold_claim(subject, predicate, target, stance, quote, claimant=None):
    return {
        "claimant": claimant or {"author": True},
        "subject": subject,
        "predicate": predicate,
        "object": target,
        "stance": stance,
        "hedges": [],
        "quote": quote,
    }


CLAIMS = [
    gold_claim(
        "qf",
        "arms",
        {"actor": "jam"},
        "asserts",
        "U.S. officials said the Quds Force arms the Mahdi Army.",
        {"text": "U.S. officials"},
    ),
    gold_claim(
        "iran",
        "arms",
        {"text": "explosives"},
        "denies",
        "Iran denied supplying the explosives.",
        {"actor": "iran"},
    ),
    gold_claim(
        "iran",
        "linked_to",
        {"actor": "aqi"},
        "uncertain",
        "Al Qaeda in Iraq may be linked to Iran.",
    ),
    gold_claim(
        "iran",
        "responsible_for",
        {"event": "karbala"},
        "asserts",
        "Officials said Iran was behind the Karbala attack.",
    ),
]
ACTOR_ROWS = {
    1: entity(1, "Qods Force", "military_unit", "Quds Force"),
    2: entity(2, "Mahdi Army", "armed_group"),
    3: entity(3, "Iran", "state"),
    4: entity(4, "al-Qaeda in Iraq", "armed_group", "AQI"),
    5: entity(5, "Syria", "state"),
}


def score(stored, **rows):
    doc = document(TEXT)
    rows.setdefault("actors", ACTOR_ROWS)
    gold = annotated(actors=ACTORS, events=[KARBALA], claims=CLAIMS)
    return score_claims([gold], snapshot(doc, claims=stored(doc), **rows))


def test_levels_span_then_parties_then_stance():
    def stored(doc):
        return [
            claim(
                1,
                span(doc, "the Quds Force arms the Mahdi Army"),
                1,
                "arms",
                object_actor=2,
                claimant_text="U.S. officials",
            ),
            claim(
                2,
                span(doc, "Iran denied supplying the explosives."),
                3,
                "arms",
                object_text="explosives and EFPs",
                stance="asserts",
                claimant=3,
            ),
            # linked_to is symmetric: subject and object may be swapped.
            claim(
                3,
                span(doc, "Al Qaeda in Iraq may be linked to Iran."),
                4,
                "linked_to",
                object_actor=3,
                stance="uncertain",
            ),
        ]

    figures = score(stored).figures
    assert (figures["claims.span.precision"], figures["claims.span.recall"]) == (1.0, 0.75)
    assert figures["claims.span_subject_object.recall"] == 0.75
    assert figures["claims.span_subject_object_stance.recall"] == 0.5
    assert figures["claims.stance.accuracy"] == 2 / 3
    assert figures["claims.predicate.accuracy"] == 1.0
    assert figures["claims.claimant.accuracy"] == 1.0


def test_an_event_object_matches_through_the_event_the_gold_event_reaches():
    def stored(doc):
        return [
            claim(4, span(doc, "Iran was behind the Karbala attack"), 3, "supports", object_event=9)
        ]

    events, reports = (
        {9: event(9, "attack")},
        [report(9, span(document(TEXT), "the Karbala attack"))],
    )
    result = score(stored, events=events, reports=reports)
    assert result.figures["claims.span_subject_object_stance.recall"] == 0.25
    assert result.figures["claims.predicate.accuracy"] == 0.0
    other = score(stored, events={9: event(9, "attack")}, reports=[])
    assert other.figures["claims.span_subject_object.recall"] == 0.0


def test_a_thing_needs_a_stored_object_text_and_half_of_its_words():
    def stored(doc):
        return [
            claim(
                2,
                span(doc, "Iran denied supplying the explosives."),
                3,
                "arms",
                object_actor=2,
                stance="denies",
            )
        ]

    result = score(stored)
    assert result.figures["claims.span.recall"] == 0.25
    assert result.figures["claims.span_subject_object.recall"] == 0.0
    assert [f.verdict for f in result.findings].count("wrong") == 1


def test_one_stored_claim_pairs_with_one_gold_claim_best_level_first():
    def stored(doc):
        whole = span(doc, TEXT.split("\n\n")[0])
        return [
            claim(7, whole, 3, "linked_to", object_actor=4, stance="uncertain"),
            claim(8, span(doc, "Quds Force arms"), 1, "arms", object_actor=2),
        ]

    result = score(stored)
    assert result.figures["claims.span.recall"] == 0.5
    assert result.figures["claims.span_subject_object_stance.recall"] == 0.5
    assert [f.what for f in result.findings if f.verdict == "miss"] == [
        "Iran arms explosives (denies)",
        "Iran responsible_for event karbala (asserts)",
    ]


def test_claims_inside_comments_are_left_out():
    def stored(doc):
        return [claim(9, span(doc, "Syria arms them too."), 5, "arms", object_actor=2)]

    doc = document(TEXT)
    thread = [comment(1, span(doc, "Reader said...\n    Syria arms them too."), 1, "Reader")]
    result = score(stored, comments=thread)
    assert result.counts["claims.stored"] == 0
    assert result.figures["claims.span.precision"] is None
