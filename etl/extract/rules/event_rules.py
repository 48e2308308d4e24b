"""Rules that find event reports, their participants and their weapons."""

from .registry import Example, Rule

T = "etl.extract.triggers.find_triggers"
R = "etl.extract.roles.participants_of"
DETAINED = "On July 13, 2007 two Sylvanian agents were detained in Kessel."
RAIDS = (
    "June 2007: The Party of Unity, backed by Coalition troops, conducted raids against the "
    "Northern Front in Port Verde."
)
HUNTED = "Troops hunted the Northern Front, which killed five soldiers in Kessel on May 3, 2007."
STATED = "October 2007: Colonel Sam Ray stated that Victor Ostrander is a Shadow Force agent."


def _rule(rule_id: str, row: str, where: str, description: str, example, counter: str) -> Rule:
    return Rule(rule_id, row, "function", where, description, (Example(*example),), (counter,))


EVENT_RULES = [
    _rule(
        "event.trigger_verb",
        "event report",
        T,
        "A past-tense event verb ('attacked', 'met with') in a dated sentence; not negated, "
        "modal, quoted or after a reporting verb.",
        ("On May 3, 2007 the Northern Front attacked Kessel.", ("attack 2007-05-03",)),
        "The Northern Front would attack Kessel on May 3, 2007.",
    ),
    _rule(
        "event.trigger_passive",
        "event report",
        T,
        "A passive event verb ('were detained') in a dated sentence.",
        (DETAINED, ("arrest 2007-07-13",)),
        "Two Sylvanian agents were not detained in Kessel on July 13, 2007.",
    ),
    _rule(
        "event.trigger_noun",
        "event report",
        T,
        "An event noun introduced by a verb of doing ('conducted raids') or dated in its "
        "sentence; never an anaphoric one ('this attack').",
        (RAIDS, ("raid 2007-06-01",)),
        "This raid in Kessel on July 13, 2007 was a success.",
    ),
    _rule(
        "event.trigger_relative",
        "event report",
        T,
        "An outcome verb in a relative clause ('..., which killed five soldiers') when the "
        "sentence has its own date and nothing better.",
        (
            HUNTED,
            ("killing 2007-05-03",),
        ),
        "Troops hunted the Northern Front, which attacked Kessel on May 3, 2007.",
    ),
    _rule(
        "event.trigger_participle",
        "event report",
        T,
        "An outcome participle after a noun ('two men killed near Kessel') when the sentence "
        "has its own date and nothing better.",
        (
            "Two men killed near Kessel on May 3, 2007 were Sylvanian agents.",
            ("killing 2007-05-03",),
        ),
        "Two men killed near Kessel were Sylvanian agents.",
    ),
    _rule(
        "event.trigger_speech",
        "event report",
        T,
        "A speech verb in a timeline entry with no other trigger: a statement or a briefing "
        "by the speaker the sentence names.",
        (STATED, ("statement 2007-10-01",)),
        "October 2007: Colonel Sam Ray captured Victor Ostrander.",
    ),
    _rule(
        "participant.subject",
        "participant",
        R,
        "The actor before the trigger in its clause: the doer (perpetrator, agent, speaker).",
        ("On May 3, 2007 the Northern Front attacked Kessel.", ("Northern Front perpetrator",)),
        DETAINED,
    ),
    _rule(
        "participant.passive_subject",
        "participant",
        R,
        "The subject of a passive trigger: the target.",
        (DETAINED, ("Sylvania target",)),
        "On May 3, 2007 the Northern Front attacked Kessel.",
    ),
    _rule(
        "participant.object",
        "participant",
        R,
        "An actor after a verb trigger, up to the first preposition or clause word: its "
        "object (target, or the other side of a meeting).",
        (
            "On May 29, 2007 Lena Marsh met with Shadow Force officers in Kessel.",
            ("Shadow Force agent",),
        ),
        DETAINED,
    ),
    _rule(
        "participant.by_agent",
        "participant",
        R,
        "'by X' after the trigger: the doer.",
        (
            "At the end of December, two Sylvanian agents were arrested by Coalition troops in "
            "Dunmoor.",
            ("Coalition troops perpetrator",),
        ),
        DETAINED,
    ),
    _rule(
        "participant.relative_head",
        "participant",
        R,
        "The actor a relative clause hangs on ('X, which killed ...'): the doer.",
        (
            HUNTED,
            ("Northern Front perpetrator",),
        ),
        DETAINED,
    ),
    _rule(
        "participant.helper",
        "participant",
        R,
        "An aside saying who helped ('backed by Coalition troops'): a doer too.",
        (RAIDS, ("Coalition troops perpetrator",)),
        DETAINED,
    ),
    _rule(
        "participant.noun_target",
        "participant",
        R,
        "'raid on X', 'raids against X' after a noun trigger: the target.",
        (RAIDS, ("Northern Front target",)),
        DETAINED,
    ),
    _rule(
        "participant.targeting",
        "participant",
        R,
        "'targeting X', 'against X', 'X's capture' with a hostile trigger: the target.",
        (
            "July 2007: Documents seized during Ostrander’s capture confirmed his role.",
            ("Victor Ostrander target",),
        ),
        DETAINED,
    ),
    _rule(
        "participant.speaker",
        "participant",
        R,
        "The claimant a statement's sentence names: the speaker.",
        (STATED, ("Sam Ray speaker",)),
        "October 2007: The Daily Courier stated that Victor Ostrander is a Shadow Force agent.",
    ),
    _rule(
        "participant.same_people",
        "participant",
        "etl.extract.events.find_events",
        "'the agents were later released': the targets of the paragraph's previous event.",
        (
            "At the end of December, two Shadow Force agents were arrested in Kessel. Freedonia "
            "was angry, and the agents were later released.",
            ("Shadow Force target",),
        ),
        "At the end of December, two Shadow Force agents were arrested in Kessel. Freedonia "
        "was angry, and prisoners were later released.",
    ),
    _rule(
        "event_weapon.in_sentence",
        "event weapon",
        "etl.extract.events.find_events",
        "A weapon named in the sentence that reports the event.",
        ("On May 3, 2007 the Northern Front attacked Kessel with mortars and SCX.", ("Mortar",)),
        "On May 3, 2007 the Northern Front attacked Kessel.",
    ),
]
