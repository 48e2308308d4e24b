"""Events: timeline entries, press releases, narrative sentences; type, date, place, roles,
weapons, counts, summary and report span; and sentences that tell no event."""

from datetime import date

import pytest

from etl.extract import extract_document

from .evidence_samples import document, invented_gazetteer, quote

GAZETTEER = invented_gazetteer()


def events(text: str, **options):
    return extract_document(document(text, **options), GAZETTEER).events


def roles(event) -> set[tuple[str, str]]:
    return {(p.actor.name, p.role) for p in event.participants}


def test_a_timeline_entry_is_dated_by_its_label():
    text = (
        "Background paragraph without events.\n\n"
        "March 2006: Coalition troops captured two Shadow Force agents in a raid on a "
        "Party of Unity office in Port Verde."
    )
    [event] = events(text)
    assert event.event_type == "capture"
    assert (event.date.start, event.date.end, event.date.precision) == (
        date(2006, 3, 1),
        date(2006, 3, 31),
        "month",
    )
    assert event.place.name == "Port Verde"
    assert event.captured == 2
    assert {("Coalition troops", "perpetrator"), ("Shadow Force", "target")} <= roles(event)
    assert quote(text, event.span).startswith("March 2006: Coalition troops captured")


def test_relative_dates_resolve_against_the_timeline_entry():
    text = "January 2007: Nothing else. On January 26 the Valley Militias attacked Kessel."
    [event] = events(text)
    assert (event.event_type, event.date.start, event.date.precision) == (
        "attack",
        date(2007, 1, 26),
        "day",
    )
    assert ("Valley Militias", "perpetrator") in roles(event)


def test_a_press_release_dates_its_lede_and_the_sentences_after_it():
    text = (
        "PORT VERDE, Freedonia – Coalition troops detained 20 suspected fighters during raids "
        "targeting the Northern Front Friday morning. In Kessel, Coalition troops raided a "
        "house and detained three suspects."
    )
    first, second = events(text, published=date(2007, 5, 25))
    assert (first.event_type, first.date.start, first.detained) == ("arrest", date(2007, 5, 25), 20)
    assert (second.date.start, second.place.name, second.detained) == (
        date(2007, 5, 25),
        "Kessel",
        3,
    )
    assert ("Freedonia", "perpetrator") not in roles(first)  # the dateline names no actor


def test_words_count_and_outcomes_make_a_raid():
    text = (
        "June 2007: Twenty-seven Valley Militias members were killed and 17 captured during "
        "three separate raids inside Port Verde."
    )
    [event] = events(text)
    assert (event.event_type, event.killed, event.captured, event.wounded) == ("raid", 27, 17, None)
    assert ("Valley Militias", "target") in roles(event)


def test_passive_voice_makes_targets_and_by_makes_perpetrators():
    text = (
        "At the end of December, two Sylvanian agents were arrested by Coalition troops in Dunmoor."
    )
    [event] = events(text, published=date(2007, 1, 10))
    assert roles(event) == {("Sylvania", "target"), ("Coalition troops", "perpetrator")}
    assert (event.date.start, event.date.end) == (date(2006, 12, 21), date(2006, 12, 31))
    assert event.place.name == "Dunmoor"
    assert event.detained == 2


def test_an_undated_post_keeps_the_month_without_a_year():
    [event] = events("At the end of December, two Sylvanian agents were arrested in Kessel.")
    assert (event.date.start, event.date.month, event.date.text) == (
        None,
        12,
        "the end of December",
    )


def test_weapons_of_the_event_are_listed():
    [event] = events("On May 3, 2007 the Northern Front attacked Kessel with mortars and SCX.")
    assert [w.weapon.name for w in event.weapons] == ["Mortar", "Shaped charge"]
    assert quote(
        "On May 3, 2007 the Northern Front attacked Kessel with mortars and SCX.",
        event.weapons[0].span,
    ) == ("mortars")


def test_the_most_specific_place_inside_the_first_one_is_chosen():
    text = "In 2006, troops raided homes in the province of Eastmarch, in Old Quarter."
    [event] = events(text)
    assert event.place.name == "Old Quarter"


def test_a_statement_in_a_timeline_entry_is_an_event_with_its_speaker():
    text = "October 2007: Colonel Sam Ray stated that Victor Ostrander is a Shadow Force agent."
    [event] = events(text)
    assert (event.event_type, roles(event)) == ("statement", {("Sam Ray", "speaker")})


def test_the_summary_is_the_sentence_shortened():
    long_text = "June 2007: Coalition troops captured " + "very " * 80 + "many fighters."
    [event] = events(long_text)
    assert len(event.summary) <= 280 and event.summary.endswith("…")


@pytest.mark.parametrize(
    "text",
    [
        "Coalition troops captured two fighters in Kessel.",  # no date anywhere
        "In 2006 the Northern Front did not attack Kessel.",  # negated
        "In 2006 the Northern Front would attack Kessel if it could.",  # hypothetical
        "Next month the Northern Front plans to attack Kessel in 2008.",  # future
        "In 2006 officials said “the Northern Front attacked Kessel” again.",  # quoted speech
        "In 2006 the Northern Front prepared this attack for months.",  # anaphoric noun
        "The Northern Front has killed many soldiers.",  # present perfect, undated
    ],
)
def test_sentences_that_tell_no_event(text):
    assert events(text, published=date(2007, 5, 25)) == ()


def test_a_background_verb_in_a_relative_clause_does_not_make_the_event():
    text = (
        "On July 13, 2007 police detained a man allegedly responsible for an attack that killed "
        "one soldier."
    )
    [event] = events(text)
    assert (event.event_type, event.killed) == ("arrest", None)


def test_two_reports_of_one_event_in_one_paragraph_fold_into_one():
    from etl.resolve import resolve_evidence

    text = (
        "On May 9, 2007 Coalition troops captured Victor Ostrander in Kessel. "
        "Ostrander was captured with two aides on May 9, 2007."
    )
    evidence = resolve_evidence(extract_document(document(text), GAZETTEER), GAZETTEER)
    [event] = evidence.events
    assert quote(text, event.span).startswith("On May 9, 2007 Coalition troops")


def test_things_captured_are_a_seizure():
    [event] = events("In 2003, Coalition troops captured a playbook outlining Sylvanian plans.")
    assert event.event_type == "seizure"


def test_a_participle_describing_people_is_not_a_new_event():
    text = (
        "On May 25, 2007 Coalition troops detained 20 suspects in Kessel. "
        "One of the individuals detained is allegedly a close associate of a smuggler."
    )
    assert [event.detained for event in events(text)] == [20]


def test_names_in_an_aside_take_no_part_in_the_event():
    text = (
        "The detainee, allegedly responsible for an attack on a convoy that killed a Freedonian "
        "soldier, was detained on July 13, 2007."
    )
    [event] = events(text)
    assert event.event_type == "arrest"
    assert roles(event) == set()


def test_only_roles_the_sentence_gives_are_kept():
    text = (
        "On May 9, 2007 Coalition troops captured Victor Ostrander in Kessel, the Daily "
        "Courier reported, as Lena Marsh of the Party of Unity watched."
    )
    [event] = events(text)
    assert roles(event) == {("Coalition troops", "perpetrator"), ("Victor Ostrander", "target")}
    assert all(p.role != "other" for e in events(text) for p in e.participants)


def test_objects_run_across_a_list_but_not_into_an_apposition():
    text = (
        "March 2007: Coalition troops captured Victor Ostrander, his aide Lena Marsh, and "
        "several other members of the Northern Front, a Sylvanian-backed group."
    )
    [event] = events(text)
    assert roles(event) == {
        ("Coalition troops", "perpetrator"),
        ("Victor Ostrander", "target"),
        ("Lena Marsh", "target"),
        ("Northern Front", "target"),
    }


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "On May 25, 2007 Coalition troops detained 20 suspects during raids targeting the "
            "Northern Front.",
            "Northern Front",
        ),
        (
            "June 2007: Over 20 fighters were killed in the raid against “the Northern Front "
            "network known for smuggling” in Kessel.",
            "Northern Front",
        ),
        (
            "July 2007: Documents seized during Ostrander’s capture confirmed his role.",
            "Victor Ostrander",
        ),
    ],
)
def test_what_a_raid_targets_is_its_target(text, target):
    [event] = events(text)
    assert (target, "target") in roles(event)


def test_helpers_of_the_doer_share_its_role():
    text = (
        "June 2007: The Party of Unity, backed by Coalition troops, conducted raids against "
        "the Northern Front in Port Verde."
    )
    [event] = events(text)
    assert roles(event) == {
        ("Party of Unity", "perpetrator"),
        ("Coalition troops", "perpetrator"),
        ("Northern Front", "target"),
    }


def test_both_sides_of_a_meeting_are_agents():
    [event] = events("On May 29, 2007 Lena Marsh met with Shadow Force officers in Kessel.")
    assert roles(event) == {("Lena Marsh", "agent"), ("Shadow Force", "agent")}


def test_the_agents_released_are_the_ones_the_paragraph_told_of():
    text = (
        "At the end of December, two Shadow Force agents were arrested in Kessel. Freedonia "
        "was angry over the arrests, as the Sylvanians were diplomats, and the agents were "
        "later released."
    )
    arrest, release = events(text)
    assert release.event_type == "release"
    assert roles(release) == {("Shadow Force", "target")}
    assert quote(text, release.participants[0].span) == "the agents"


def test_a_question_in_a_transcript_tells_no_event():
    text = (
        "COL. RAY: Good morning. Q Did Coalition troops capture Victor Ostrander on May 9, "
        "2007 in Kessel"
    )
    assert events(text) == ()


def test_a_demonym_before_a_thing_is_no_participant_but_before_people_it_is():
    [seizure] = events(
        "On July 13, 2007 weapons and 3 million dinars in Freedonian money were seized."
    )
    assert roles(seizure) == set()
    [arrest] = events("On July 13, 2007 two Sylvanian agents were detained in Kessel.")
    assert roles(arrest) == {("Sylvania", "target")}


def test_the_complement_of_a_title_is_not_the_doer():
    [meeting] = events(
        "Ambassador to Freedonia Lena Marsh met with Shadow Force officers on May 29, 2007."
    )
    assert roles(meeting) == {("Lena Marsh", "agent"), ("Shadow Force", "agent")}


@pytest.mark.parametrize("verb", ["said", "announced", "declared"])
def test_an_announcement_is_a_timeline_statement_with_its_speaker_as_a_saying_is(verb):
    text = f"June 2007: Sylvania {verb} new sanctions were unjust."
    [event] = extract_document(document(text, published=date(2007, 5, 9)), GAZETTEER).events
    speakers = [(p.actor.name, p.role, p.rule) for p in event.participants]
    assert (event.event_type, event.rule) == ("statement", "event.trigger_speech")
    assert speakers == [("Sylvania", "speaker", "participant.speaker")]
