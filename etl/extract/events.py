"""Events told by sentences: type, date, place, participants with roles, weapons, counts.

A sentence tells an event when it has a usable trigger (triggers.py) and a date: its own
("Sept. 22", "Friday"), its timeline entry's ("June 2007: ..."), or, for a plain past-tense
verb, the date of the previous event of the same paragraph (press releases date their lede
and tell the rest without dates). Undated sentences tell no event: they cannot be placed on a
timeline nor matched across documents.
"""

import re

from etl.records import DateRecord, EventRecord, EventWeaponRecord, ParticipantRecord

from .attribution import find_claimant
from .counts import find_counts
from .gazetteer import Gazetteer
from .sentence import PLACEHOLDER, Sentence
from .triggers import HOSTILE, OUTCOMES, Trigger, find_triggers, has_perfect_tense

SPEAKING = {"statement", "briefing"}
VIOLENT = {"attack", "killing", "kidnapping", "raid"}
NEEDS_PARTICIPANTS = {"statement", "briefing", "release", "meeting"}
_LEFT_BOUNDARY = re.compile(
    r"(?i)[;:(]|\bbut\b|\bwhile\b|\bwhen\b|\bafter\b|\bwhich\b|\bwho\b|\bthat\b"
)
_RELATIVE_HEAD = re.compile(r"@(\d+)@\s*,?\s*(?:who|which|that)\s*$")
DATELINE = re.compile(r"\s*[A-Z]{3,}\b[^\n–—]{0,90}?\s[–—]\s")
_NOT_EVENT_DATE = frozenset("since until by from before after through".split())
_OBJECT_END = re.compile(
    r"(?i)\b(?:during|in|at|on|near|inside|after|before|while|when|from|with|who|which|that"
    r"|because|for)\b|[,;:(]"
)
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:@\d+@['’]s\s+)?@(\d+)@")
_NOUN_TARGET = re.compile(r"\s+(?:on|against|of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?@(\d+)@")
_LOCATIVE = frozenset(
    "in at inside near outside around of within throughout across on against attacked bombed "
    "struck raided".split()
)
_PLACE_MODIFIERS = frozenset(
    "the a an northern southern eastern western central north south east west city town "
    "province village district kurdish iraqi iranian its his their".split()
)
_SUMMARY_LIMIT = 280
_THINGS = re.compile(
    r"(?i)\s+(?:an?\s+|the\s+|\w+\s+){0,2}(?:documents?|weapons?|caches?|playbook|computers?"
    r"|equipment|explosives|ammunition|materials?|maps|passports|money|vehicles?)\b"
)


def find_events(sentences: list[Sentence], gazetteer: Gazetteer) -> list[EventRecord]:
    """Return one EventRecord per sentence that tells an event, in text order."""
    events, last_dates = [], {}
    for sentence in sentences:
        event = _event(sentence, last_dates.get(sentence.segment), gazetteer)
        if event is not None:
            events.append(event)
            last_dates[sentence.segment] = event.date
    return events


def _event(
    sentence: Sentence, inherited: DateRecord | None, gazetteer: Gazetteer
) -> EventRecord | None:
    triggers = find_triggers(sentence.template, in_entry=sentence.entry_date is not None)
    trigger = _primary(sentence, triggers)
    if trigger is None:
        return None
    date = _date(sentence, trigger, inherited)
    participants = _participants(sentence, trigger)
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
        weapons=tuple(EventWeaponRecord(m.entity, m.span) for m in _unique(sentence.weapons)),
        killed=counts.get("killed"),
        wounded=counts.get("wounded"),
        captured=counts.get("captured"),
        detained=counts.get("detained"),
    )


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


def _participants(sentence: Sentence, trigger: Trigger) -> tuple[ParticipantRecord, ...]:
    if trigger.form == "speech":
        return _speaker(sentence, trigger)
    template = sentence.template
    dateline = DATELINE.match(template)
    left = max(
        (m.end() for m in _LEFT_BOUNDARY.finditer(template, 0, trigger.start)),
        default=dateline.end() if dateline else 0,
    )
    head = _RELATIVE_HEAD.search(template, 0, left) if left else None
    relative_head = int(head.group(1)) if head and trigger.form in ("verb", "relative") else None
    object_end = _OBJECT_END.search(template, trigger.end)
    right = object_end.start() if object_end else len(template)
    by = _BY.search(template, trigger.end)
    noun_target = _NOUN_TARGET.match(template, trigger.end) if trigger.form == "noun" else None
    found: dict[str, ParticipantRecord] = {}
    for placeholder in PLACEHOLDER.finditer(template):
        number = int(placeholder.group(1))
        mention = sentence.actors[number]
        if mention.entity.kind == "media":
            continue
        if (by is not None and number == int(by.group(1))) or number == relative_head:
            role = _doer(trigger)
        elif noun_target is not None and number == int(noun_target.group(1)):
            role = "target"
        elif left <= placeholder.start() < trigger.start:
            role = "target" if trigger.form == "passive" else _doer(trigger)
        elif trigger.end <= placeholder.start() < right and trigger.form == "verb":
            role = "target" if trigger.event_type in HOSTILE else "other"
        else:
            role = "other"
        found.setdefault(
            mention.entity.ident, ParticipantRecord(mention.entity, role, mention.span)
        )
    return tuple(found.values())


def _speaker(sentence: Sentence, trigger: Trigger) -> tuple[ParticipantRecord, ...]:
    # The speaker is who the claim rules find: "X said", "said Gen. X", "X, the ..., stated".
    speaker = find_claimant(sentence, None)
    if speaker is None:
        return ()
    mention = next((m for m in sentence.actors if m.entity == speaker.actor), None)
    if mention is None or mention.entity.kind == "media":
        return ()
    return (ParticipantRecord(mention.entity, "speaker", mention.span),)


def _doer(trigger: Trigger) -> str:
    if trigger.event_type in SPEAKING:
        return "speaker"
    return "perpetrator" if trigger.event_type in HOSTILE else "agent"


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
