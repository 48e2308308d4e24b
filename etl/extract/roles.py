"""Who takes part in an event, and in which role, from the syntax of the sentence.

Only roles the syntax gives are kept: the doer (the subject, "by X", the head of a relative
clause, helpers in "backed by X"), the target (the object of a hostile verb, the subject of
a passive, "raid on X", "targeting X", "X's capture"), the other side of a meeting, the
speaker of a statement. Names in asides ("The detainee, allegedly responsible for an attack
on a convoy that killed a U.S. soldier, was detained") and everyone else named in the
sentence take no part. The objects of a verb run across commas that join more of them
("captured Qais Qazali, his brother Laith Qazali, and several members of the network").
"""

import re

from etl.records import MentionRecord, ParticipantRecord

from .attribution import find_claimant
from .lexicons import event_types, event_types_where
from .sentence import PLACEHOLDER, Sentence
from .triggers import HOSTILE, Trigger

SPEAKING = event_types_where("speaking")
DATELINE = re.compile(r"\s*[A-Z]{3,}\b[^\n–—]{0,90}?\s[–—]\s")
_LEFT_BOUNDARY = re.compile(
    r"(?i)[;:(]|\bbut\b|\bwhile\b|\bwhen\b|\bafter\b|\bwhich\b|\bwho\b|\bthat\b"
    r"|,\s+and\s+(?=(?:the|a|an|his|her|their|its)\s+[a-z])"
)
# An aside between commas, dashes or brackets that starts with a lower-case word ("the
# detainee, allegedly responsible for an attack on a convoy that killed a U.S. soldier, was"),
# unless it only names someone ("Qais Qazali, his brother Laith Qazali, and ...").
_ASIDE = re.compile(
    r",\s+(?P<body>(?!and\b|or\b|including\b|(?:his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}"
    r"@\d+@(?=,))[a-z][^,;]*?)(?=,\s)"
    r"|\s[–—]\s(?P<dash>[^–—]*?)\s[–—]\s|\((?P<paren>[^()]*)\)"
)
_HELPED = re.compile(r"(?i)(?:backed|supported|assisted|aided|accompanied|joined)\s+by\b")
_MORE_OBJECTS = re.compile(
    r",\s+(?:and\s+)?(?!an?\s)(?:[\w'’-]+\s+){0,5}?@\d+@(?!-)(?=\s*(?:,|\.|$|\s(?:in|on|at)\b))"
)
_TARGETING = re.compile(
    r"(?i)\b(?:targeting|targeted|against)\s+[“\"‘']?(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:of|to)\s+(?:an?\s+|the\s+)?)?@(\d+)@"
    r"|@(\d+)@['’]s\s+(?:[\w-]+\s+)?(?:capture|arrest|detention|kidnapping|abduction|release"
    r"|killing|assassination|murder)\b"
)
_DEMONYM = re.compile(r"(?:i|ian|an|ese|ish)$")
_PEOPLE = frozenset(
    """and or as forces force troops soldiers soldier police army officials official agents
    agent officers officer operatives operative fighters fighter diplomats diplomat nationals
    citizens men commanders commander counterparts guards units unit intelligence militias
    militia government authorities leaders leader delegation special security""".split()
)
# "Ambassador to Iraq Ryan Crocker met": a complement of a title is not the doer.
_COMPLEMENT = re.compile(r"(?i)\bto\s+(?:the\s+)?$")
_RELATIVE_HEAD = re.compile(r"@(\d+)@\s*,?\s*(?:who|which|that)\s*$")
_OBJECT_END = re.compile(
    r"(?i)\b(?:during|in|at|on|near|inside|after|before|while|when|from|with|who|which|that"
    r"|because|for|to)\b|[,;:(]|\b(?!including\b)[a-z]+ing\b"
)
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:@\d+@['’]s\s+)?@(\d+)@")
_NOUN_TARGET = re.compile(r"\s+(?:on|against|of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?@(\d+)@")


def participants_of(sentence: Sentence, trigger: Trigger) -> tuple[ParticipantRecord, ...]:
    """Return the actors of the event the trigger tells, each with its role (once)."""
    if trigger.form == "speech":
        return _speaker(sentence, trigger)
    template = sentence.template
    masked, helpers = _masked(template, trigger)
    dateline = DATELINE.match(template)
    left = max(
        (m.end() for m in _LEFT_BOUNDARY.finditer(masked, 0, trigger.start)),
        default=dateline.end() if dateline else 0,
    )
    right = _object_end(masked, trigger)
    marked = _marked_roles(masked, trigger, left, helpers)
    found: dict[str, ParticipantRecord] = {}
    for placeholder in PLACEHOLDER.finditer(template):
        number, where = int(placeholder.group(1)), placeholder.start()
        mention = sentence.actors[number]
        if _no_part(mention, masked, placeholder, number in helpers):
            continue
        if number in marked:
            role, rule = marked[number]
        elif left <= where < trigger.start and not _COMPLEMENT.search(template, 0, where):
            passive = trigger.form == "passive"
            role = "target" if passive else _doer(trigger)
            rule = "participant.passive_subject" if passive else "participant.subject"
        elif trigger.end <= where < right and trigger.form == "verb":
            role, rule = _object_role(trigger), "participant.object"
        else:
            continue
        found.setdefault(
            mention.entity.ident, ParticipantRecord(mention.entity, role, mention.span, rule)
        )
    return tuple(found.values())


def _marked_roles(
    masked: str, trigger: Trigger, left: int, helpers: tuple[int, ...]
) -> dict[int, tuple[str, str]]:
    """Return the actors a construction marks, by placeholder number: (role, rule id).

    The first mark wins: "by X", a relative clause's head, helpers, "raid on X", targeting.
    """
    head = _RELATIVE_HEAD.search(masked, 0, left) if left else None
    by = _BY.search(masked, trigger.end)
    noun_target = _NOUN_TARGET.match(masked, trigger.end) if trigger.form == "noun" else None
    marks = []
    if by is not None:
        marks.append((int(by.group(1)), _doer(trigger), "participant.by_agent"))
    if head and trigger.form in ("verb", "relative"):
        marks.append((int(head.group(1)), _doer(trigger), "participant.relative_head"))
    marks += [(number, _doer(trigger), "participant.helper") for number in helpers]
    if noun_target:
        marks.append((int(noun_target.group(1)), "target", "participant.noun_target"))
    marks += [(number, "target", "participant.targeting") for number in _targeted(masked, trigger)]
    found: dict[int, tuple[str, str]] = {}
    for number, role, rule in marks:
        found.setdefault(number, (role, rule))
    return found


def _no_part(mention: MentionRecord, masked: str, placeholder: re.Match, helper: bool) -> bool:
    # Media, names inside an aside (unless helping), demonyms of things take no part.
    if mention.entity.kind == "media" or (masked[placeholder.start()] != "@" and not helper):
        return True
    return mention.entity.kind == "state" and _modifies_a_thing(
        mention.surface, masked, placeholder.end()
    )


def _modifies_a_thing(surface: str, template: str, end: int) -> bool:
    # A demonym is an adjective: it stands for its state only before people ("Iranian
    # agents", "Iraqi and Coalition forces"), not before things ("Iraqi money").
    if " " in surface.strip() or not _DEMONYM.search(surface):
        return False
    following = re.match(r"\s+([a-z][\w-]*)", template[end:])
    return following is not None and following.group(1) not in _PEOPLE


def _masked(template: str, trigger: Trigger) -> tuple[str, tuple[int, ...]]:
    # Blank the asides the trigger is not in (same length, offsets kept); an aside saying
    # who helped ("backed by British troops") names helpers of the doer.
    masked, helpers = template, []
    for match in _ASIDE.finditer(template):
        if match.start() <= trigger.start < match.end():
            continue
        body = next(group for group in match.groups() if group is not None)
        if _HELPED.match(body):
            helpers += [int(n) for n in PLACEHOLDER.findall(body)]
        masked = (
            masked[: match.start()] + " " * (match.end() - match.start()) + masked[match.end() :]
        )
    return masked, tuple(helpers)


def _object_end(template: str, trigger: Trigger) -> int:
    # The object runs to the first preposition, clause word or "-ing" participle, and across
    # commas that join more objects ("Qais Qazali, his brother Laith Qazali, and ...").
    cursor = trigger.end
    while True:
        end = _OBJECT_END.search(template, cursor)
        if end is None:
            return len(template)
        more = _MORE_OBJECTS.match(template, end.start())
        if more is None:
            return end.start()
        cursor = more.end()


def _targeted(template: str, trigger: Trigger) -> set[int]:
    if trigger.event_type not in HOSTILE:
        return set()
    return {int(m.group(1) or m.group(2)) for m in _TARGETING.finditer(template)}


def _object_role(trigger: Trigger) -> str:
    return event_types()[trigger.event_type]["object_role"]


def _speaker(sentence: Sentence, trigger: Trigger) -> tuple[ParticipantRecord, ...]:
    # The speaker is who the claim rules find: "X said", "said Gen. X", "X, the ..., stated".
    speaker = find_claimant(sentence, None)
    if speaker is None:
        return ()
    mention = next((m for m in sentence.actors if m.entity == speaker.actor), None)
    if mention is None or mention.entity.kind == "media":
        return ()
    return (ParticipantRecord(mention.entity, "speaker", mention.span, "participant.speaker"),)


def _doer(trigger: Trigger) -> str:
    return event_types()[trigger.event_type]["doer_role"]
