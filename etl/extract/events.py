"""Events told by sentences: type, date, place, participants with roles, weapons, counts.

A sentence tells an event when it has a usable trigger (triggers.py) and a date: its own
("Sept. 22", "Friday"), its timeline entry's ("June 2007: ..."), or, for a plain past-tense
verb, the date of the previous event of the same paragraph (press releases date their lede
and tell the rest without dates). Undated sentences tell no event: they cannot be placed on a
timeline nor matched across documents.
"""

import re
from dataclasses import replace

from etl import budget
from etl.records import DateRecord, EventRecord, EventWeaponRecord, ParticipantRecord

from .counts import find_counts
from .gazetteer import Gazetteer
from .lexicons import event_types_where
from .roles import DATELINE, SPEAKING, participants_of
from .sentence import Sentence
from .triggers import OUTCOMES, Trigger, find_triggers, has_perfect_tense

VIOLENT = event_types_where("violent")
NEEDS_PARTICIPANTS = event_types_where("needs_participants")
_ANOTHER = re.compile(
    r"(?i)\b(?:another|separate|second|follow-on|additional|other)\s+(?:[\w-]+\s+)?"
    r"(?:operations?|raids?|attacks?|strikes?|incidents?|arrests?|location)\b"
)
# "the agents were later released": the people the paragraph's last event took.
_PEOPLE = r"(?:agents|detainees|men|suspects|prisoners|captives|individuals|officers|operatives)"
_PEOPLE_NOUN = re.compile(rf"(?i)\b(?:the|these|those|both)\s+(?:\w+\s+)?{_PEOPLE}\b")
_THE_SAME_PEOPLE = re.compile(
    rf"(?i)\b(?:the|these|those|both)\s+(?:\w+\s+)?{_PEOPLE}\s+"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+|later\s+|then\s+)?$"
)
_NOT_EVENT_DATE = frozenset("since until by from before after through".split())
_LOCATIVE = frozenset(
    "in at inside near outside around of within throughout across on against attacked bombed "
    "struck raided".split()
)
_PLACE_MODIFIERS = frozenset(
    "the a an northern southern eastern western central north south east west city town "
    "province village district kurdish iraqi iranian its his their".split()
)
_SUMMARY_LIMIT = 280
_WEAPON_RULE = "event_weapon.in_sentence"
_THINGS = re.compile(
    r"(?i)\s+(?:an?\s+|the\s+|\w+\s+){0,2}(?:documents?|weapons?|caches?|playbook|computers?"
    r"|equipment|explosives|ammunition|materials?|maps|passports|money|vehicles?)\b"
)


def find_events(sentences: list[Sentence], gazetteer: Gazetteer) -> list[EventRecord]:
    """Return one EventRecord per sentence that tells an event, in text order."""
    events, last = [], {}
    for sentence in sentences:
        budget.check()
        previous = last.get(sentence.segment)
        event = _event(sentence, previous, gazetteer)
        if event is not None:
            events.append(event)
            last[sentence.segment] = event
    return events


def _event(
    sentence: Sentence, previous: EventRecord | None, gazetteer: Gazetteer
) -> EventRecord | None:
    if sentence.turn is not None and sentence.turn.question:
        return None  # a question in a transcript tells no event
    triggers = find_triggers(sentence.template, in_entry=sentence.entry_date is not None)
    trigger = _primary(sentence, triggers)
    if trigger is None:
        return None
    date = _date(sentence, trigger, previous.date if previous else None)
    participants = participants_of(sentence, trigger) or _same_people(sentence, trigger, previous)
    if date is None or (trigger.event_type in NEEDS_PARTICIPANTS and not participants):
        return None
    event_type = _event_type(sentence, trigger, triggers)
    counts = find_counts(sentence.text, nominal=event_type in VIOLENT)
    speaking = event_type in SPEAKING
    return EventRecord(
        event_type=event_type,
        span=sentence.span,
        summary=_summary(sentence.text),
        segment=sentence.segment,
        date=date,
        place=None if speaking else _place(sentence, gazetteer),
        participants=participants,
        weapons=tuple(
            EventWeaponRecord(m.entity, m.span, _WEAPON_RULE) for m in _unique(sentence.weapons)
        ),
        killed=counts.get("killed"),
        wounded=counts.get("wounded"),
        captured=counts.get("captured"),
        detained=counts.get("detained"),
        narrative=_narrative(sentence),
        rule=f"event.trigger_{trigger.form}",
    )


def _narrative(sentence: Sentence) -> bool:
    # A timeline entry or a press release's "In another operation" tells an event of its own.
    return (
        sentence.entry_date is None
        and bool(_own_dates(sentence))
        and not _ANOTHER.search(sentence.template)
    )


def _same_people(
    sentence: Sentence, trigger: Trigger, previous: EventRecord | None
) -> tuple[ParticipantRecord, ...]:
    # "the agents were later released": the targets of the paragraph's last event, each
    # with the passage naming them here (its own participant key).
    if previous is None or trigger.form != "passive":
        return ()
    if not _THE_SAME_PEOPLE.search(sentence.template, 0, trigger.start):
        return ()
    limit = _trigger_offset(sentence, trigger) - sentence.span[0]
    found = list(_PEOPLE_NOUN.finditer(sentence.text, 0, limit))
    if not found:
        return ()
    span = (sentence.span[0] + found[-1].start(), sentence.span[0] + found[-1].end())
    targets = [p for p in previous.participants if p.role == "target"]
    specific = [p for p in targets if p.actor.kind not in ("state", "group")]
    chosen = (specific or targets)[-1:]  # one passage names one participant
    return tuple(replace(p, span=span, rule="participant.same_people") for p in chosen)


def _primary(sentence: Sentence, triggers: list[Trigger]) -> Trigger | None:
    own_date = bool(_own_dates(sentence))
    dated = own_date or sentence.entry_date is not None
    for forms in (("verb", "passive"), ("noun",), ("participle", "relative"), ("speech",)):
        for trigger in triggers:
            if trigger.form not in forms or not _usable(sentence, trigger, own_date, dated):
                continue
            return trigger
    return None


def _usable(sentence: Sentence, trigger: Trigger, own_date: bool, dated: bool) -> bool:
    # A noun names an event only when introduced ("conducted a raid") or dated in the same
    # sentence; otherwise it usually refers back to one told elsewhere ("the Karbala attack").
    if trigger.form == "noun":
        return trigger.introduced or own_date
    if trigger.form in ("participle", "relative"):
        return own_date and trigger.event_type in OUTCOMES
    if trigger.form != "speech" and has_perfect_tense(sentence.template, trigger):
        return dated
    return True


def _event_type(sentence: Sentence, trigger: Trigger, triggers: list[Trigger]) -> str:
    outcomes = {t.event_type for t in triggers if t.form in ("verb", "passive")} & OUTCOMES
    if len(outcomes) > 1:
        return "raid"
    if trigger.event_type in ("capture", "arrest") and _THINGS.match(
        sentence.template, trigger.end
    ):
        return "seizure"  # "captured a playbook": things are seized, people captured
    return trigger.event_type


def _own_dates(sentence: Sentence) -> list:
    # A dateline's date ("BAGHDAD, July 16, 2007 -") dates the release, "since 2003" a period.
    dateline = DATELINE.match(sentence.text)
    floor = sentence.span[0] + (dateline.end() if dateline else 0)
    return [
        mention
        for mention in sentence.dates
        if not mention.is_publication
        and mention.span[0] >= floor
        and _word_before(sentence, mention.span[0]) not in _NOT_EVENT_DATE
    ]


def _date(sentence: Sentence, trigger: Trigger, inherited: DateRecord | None) -> DateRecord | None:
    own = _own_dates(sentence)
    if own:
        where = _trigger_offset(sentence, trigger)
        return min(own, key=lambda mention: abs(mention.span[0] - where)).date
    if sentence.entry_date is not None:
        return sentence.entry_date
    if trigger.form in ("verb", "passive") and not has_perfect_tense(sentence.template, trigger):
        return inherited
    return None


def _trigger_offset(sentence: Sentence, trigger: Trigger) -> int:
    word = sentence.template[trigger.start : trigger.end]
    occurrence = sentence.template[: trigger.start].count(word)
    pattern = re.compile(r"\s+".join(map(re.escape, word.split())))
    matches = list(pattern.finditer(sentence.text))
    if not matches:
        return sentence.span[0]
    return sentence.span[0] + matches[min(occurrence, len(matches) - 1)].start()


def _place(sentence: Sentence, gazetteer: Gazetteer):
    candidates = [m for m in sentence.places if _word_before(sentence, m.span[0]) in _LOCATIVE]
    if not candidates:
        return None
    chosen = candidates[0].entity
    descendants = {
        m.entity.ident: m.entity
        for m in candidates[1:]
        if chosen.ident in gazetteer.ancestors(m.entity)
    }
    return next(iter(descendants.values())) if len(descendants) == 1 else chosen


def _word_before(sentence: Sentence, offset: int) -> str:
    head = sentence.text[: offset - sentence.span[0]]
    words = [word.casefold() for word in re.findall(r"[A-Za-z]+", head[-60:])]
    while words and words[-1] in _PLACE_MODIFIERS:
        words.pop()
    return words[-1] if words else ""


def _summary(text: str) -> str:
    summary = " ".join(text.split())
    if len(summary) <= _SUMMARY_LIMIT:
        return summary
    return summary[: _SUMMARY_LIMIT - 1].rsplit(" ", 1)[0] + "…"


def _unique(mentions):
    seen, unique = set(), []
    for mention in mentions:
        if mention.entity.ident not in seen:
            seen.add(mention.entity.ident)
            unique.append(mention)
    return unique
