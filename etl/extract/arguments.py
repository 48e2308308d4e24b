"""The arguments of a predicate in a sentence template: its subjects and its objects.

Subjects are found on the left of the predicate, inside its clause (asides between dashes or
brackets skipped): the nearest actor, widened to a list ("Iran and Hezbollah"), a pronoun's
antecedent, or a relative pronoun's ("the arm of the IRGC that supports"). Objects are on the
right, within a few words, widened to a list ("X, Y, and Z"). Possessors, names after a
preposition, counted demonyms ("sixty Iraqis") and subjects of another verb are not subjects.
"""

import re

from etl.records import MentionRecord

from .attribution import SPEECH, Claimant
from .lexicons import all_predicate_words, alternation, predicate_words
from .sentence import PLACEHOLDER, Sentence

PREDICATES = {name: alternation(verbs) for name, verbs in predicate_words("verbs").items()}

PREDICATE = re.compile(
    r"(?i)(?<![\w-])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in PREDICATES.items()) + r")\b"
)

_ASIDE = re.compile(r"\s[–—]\s[^–—]*?\s[–—]\s|\([^()]*\)")

_BREAK = frozenset(
    """that which who so because while but target targeting fight fighting against kill killing
    said is are was were be been has have had as than if whether when where after before
    since despite although though""".split()
)

_CLAUSE = re.compile(r"(?i)[;:]|\bbut\b|\bwhile\b|\bwhereas\b|\bthat\b|\bwhich\b|\bwho\b")

PRONOUN = re.compile(r"(?i)\b(?:they|it|he|she)\s+(?:\w+\s+){0,2}$")

_COORDINATION = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)(?:both\s+)?(?:the\s+)?"
    r"(?:(?!@)[\w'’-]+\s+){0,2}?@(\d+)@"
)

_COUNTED = re.compile(
    r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty"
    r"|sixty|hundreds?|dozens?)\s*$"
)

# "He said the support ...": the pronoun speaks; "the" makes the predicate a bare noun.
_NOT_PRONOUN_SUBJECT = re.compile(rf"(?i)\b(?:{SPEECH})\b|\b(?:the|a|an)\s+$")
# An object named by its apposition: "for another Sunni group, the Taliban".
_APPOSED = re.compile(
    r"(?i)\s*(?:for|of|to|with)?\s*(?:an?|another|the|one)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:group|organization|militia|network|movement|faction|ally|proxy|client),\s+(?:the\s+)?"
)
_MEMBERS = re.compile(
    r"(?i)\s+(?:senior\s+|top\s+)?(?:leaders?|leadership|members?|operatives?|fighters?"
    r"|commanders?|agents?|officers?)\s+(?:have|has|had|were|was|are|is)\b"
)
_OWN_OBJECT = re.compile(r"(?i)\b\w+ed\s+(?:a|an|the|two|three|several|some|\d+)\s")
NOMINAL = re.compile(rf"(?i)(?:{alternation(all_predicate_words('nouns'))})\b")
_PARTICIPLE = re.compile(rf"(?i)(?:{alternation(all_predicate_words('participles'))})\b")
# A verb between a subject and a noun predicate that makes the subject an onlooker: "the
# Pentagon began investigating links to X" (not the Pentagon's links), unlike "X wished to
# conceal evidence of cooperation with Y" or "X had close links to Y".
_ONLOOKER = re.compile(
    r"(?i)\b(?:investigat\w*|examin\w*|stud(?:y|ies|ied|ying)|report\w*|discover\w*|uncover\w*"
    r"|reveal\w*|prob(?:e|es|ed|ing)|look(?:s|ed|ing)?\s+into|research\w*|track\w*|expos\w*"
    r"|found|find\w*|question\w*|doubt\w*|explor\w*|assess\w*)\b"
)
_AUXILIARY = frozenset(
    "be been being is are was were has have had also not never reportedly allegedly closely "
    "directly long".split()
)
_ARM_OF = re.compile(
    r"@(\d+)@\s*[–—,(]\s*(?:the|an?)\s+(?:[\w-]+\s+)?(?:arm|branch|wing|unit|part"
    r"|division|element|section|affiliate|offshoot|front)\s+of\s+(?:the\s+)?"
    r"(?:(?:@\d+@(?:['’]s)?|[\w-]+)\s+){0,3}(?:@\d+@|[\w-]+)\s*,?\s*(?:that|which|who)$"
)
_GROUP_NOUN = (
    r"network|networks|cell|cells|group|groups|unit|units|militia|militias|branch|arm|wing"
    r"|faction|organization"
)


def predicate_form(template: str, match: re.Match) -> str:
    """Return "nominal" ("links to"), "participle" ("affiliated with") or "verb"."""
    word = match.group()
    if NOMINAL.match(word):
        return "nominal"
    return "participle" if _PARTICIPLE.match(word) else "verb"


def subjects_of(
    sentence: Sentence, start: int, claimant: Claimant, form: str = "verb"
) -> list[MentionRecord]:
    """Return the subjects of the predicate starting at `start` in the template."""
    template = sentence.template
    if form == "participle" and _after_common_noun(template, start):
        return []  # "individuals affiliated with X": the individuals, no actor, are linked
    # An aside between dashes or brackets is skipped unless the predicate is inside it.
    asides = [m.span() for m in _ASIDE.finditer(template) if not m.start() <= start < m.end()]
    clause_start = max(
        (m.end() for m in _CLAUSE.finditer(template, 0, start) if not inside(m.start(), asides)),
        default=0,
    )
    pronoun = PRONOUN.search(template, clause_start, start)
    if pronoun is not None and not _NOT_PRONOUN_SUBJECT.search(pronoun.group()):
        antecedent = _pronoun_antecedent(sentence, pronoun, claimant)
        return [antecedent] if antecedent is not None else []
    before = [
        m
        for m in PLACEHOLDER.finditer(template, clause_start, start)
        if not inside(m.start(), asides)
    ]
    if not before:
        before = _antecedent(template, clause_start)
    if not before:
        return []
    if form == "nominal" and _ONLOOKER.search(template, before[-1].end(), start):
        return []  # "the Pentagon began investigating links to X": not the Pentagon's links
    return _coordinated_left(sentence, before, start)


def _after_common_noun(template: str, start: int) -> bool:
    words = re.findall(r"[\w@'’-]+", template[max(0, start - 40) : start])
    if not words:
        return False
    word = words[-1]
    return word.isalpha() and word.islower() and word not in _AUXILIARY


def _pronoun_antecedent(
    sentence: Sentence, pronoun: re.Match, claimant: Claimant
) -> MentionRecord | None:
    # "they"/"it" stand for the nearest group or state named before ("awareness by Iranian
    # intelligence officials that they are providing"), "he"/"she" for the nearest person;
    # failing that, the claimant ("Iran denied they had any links").
    personal = pronoun.group().split()[0].casefold() in ("he", "she")
    for match in reversed(list(PLACEHOLDER.finditer(sentence.template, 0, pronoun.start()))):
        mention = sentence.actor(match.group(1))
        if (mention.entity.kind == "person") == personal and mention.entity.kind != "media":
            return mention
    return _claimant_mention(sentence, claimant) if claimant.actor is not None else None


def inside(index: int, ranges: list[tuple[int, int]]) -> bool:
    """Return whether a template offset falls in one of the ranges."""
    return any(start <= index < end for start, end in ranges)


def _antecedent(template: str, clause_start: int) -> list[re.Match]:
    # "the arm of Iran's revolutionary guard that supports X": the relative pronoun's antecedent.
    # "the Qods Force - the arm of Iran's guard that supports X": the arm is the Qods Force;
    # "an IRGC network that was supplying X": the network's actor.
    arm = _ARM_OF.search(template, 0, clause_start)
    if arm is not None:
        return [m for m in PLACEHOLDER.finditer(template) if m.group(1) == arm.group(1)][:1]
    head = template[max(0, clause_start - 24) : clause_start]
    if re.search(rf"@\d+@(?:\s+(?:{_GROUP_NOUN}))?\s*,?\s*(?:that|which|who)$", head):
        found = list(PLACEHOLDER.finditer(template, 0, clause_start))
        return found[-1:]
    return []


def _coordinated_left(
    sentence: Sentence, before: list[re.Match], start: int
) -> list[MentionRecord]:
    template, last = sentence.template, before[-1]
    if not _can_be_subject(sentence, last, start):
        return []
    chosen, cursor = [last], last.start()
    for match in reversed(before[:-1]):
        gap = template[match.end() : cursor]
        if re.fullmatch(r"['’]s\s+", gap):
            cursor = match.start()  # "Iran's Qods Force": the possessor is no second subject
            continue
        conjunction = re.fullmatch(r"\s*,?\s*(?:and|or)\s+(?:its\s+[\w\s]*?,?\s*)?", gap)
        # A bare comma joins subjects only in a list already closed by "and" ("X, Y and Z").
        if conjunction or (len(chosen) > 1 and re.fullmatch(r"\s*,\s*", gap)):
            chosen.append(match)
            cursor = match.start()
            continue
        break
    return [sentence.actor(match.group(1)) for match in chosen]


def _can_be_subject(sentence: Sentence, match: re.Match, start: int) -> bool:
    # A name after a preposition ("aide to Muqtada al Sadr and worked with") is no subject,
    # unless it qualifies the predicate noun itself ("of Iranian support for", "of Iran's").
    template = sentence.template
    counted = _COUNTED.search(template, 0, match.start())
    if counted and sentence.actor(match.group(1)).entity.kind == "state":
        return False  # "twenty to sixty Iraqis trained": people, not the state
    gap = template[match.end() : start]
    if re.fullmatch(r"\s*(?:['’]s\s+)?", gap):
        return True
    if re.match(r"['’]s\s", gap):
        return False  # "Iraq's Sunni neighbors will aid X": the possessor is not the subject
    if _OWN_OBJECT.search(gap):
        return False  # "X targeted an expert associated with Y": the expert is the subject
    if _MEMBERS.match(gap):
        return True  # "dozens of X leaders have reconstituted": X's leaders, so X
    head = template[max(0, match.start() - 12) : match.start()]
    return not re.search(
        r"(?i)\b(?:to|of|for|with|by|from|about|against|on|in|at)\s+(?:the\s+)?$", head
    )


def objects_of(sentence: Sentence, end: int) -> list[MentionRecord]:
    """Return the objects of the predicate ending at `end` in the template."""
    template = sentence.template
    first = PLACEHOLDER.search(template, end)
    if first is None:
        return []
    gap = template[end : first.start()]
    words = re.findall(r"[\w'’]+", gap)
    if _APPOSED.fullmatch(gap):
        gap, words = " ", []  # "support for another Sunni group, the Taliban": the Taliban
    listed = words[:-1] if words and words[-1].casefold() in ("of", "to", "for") else words
    if "," in gap and not all(_listed_predicate(word) for word in listed):
        return []  # "funding, training, and arming X" is a list; "operatives, including X" not
    if len(words) > 4 + gap.count(",") or any(word.casefold() in _BREAK for word in words):
        return []
    if sentence.actor(first.group(1)).entity.kind == "state" and _COUNTED.search(gap):
        return []  # "groups of twenty to sixty Iraqis": people, not the state
    chosen, cursor, closed = [first], first.end(), 1
    while (more := _COORDINATION.match(template, cursor)) is not None:
        if re.match(r"['’]s\b", template[chosen[-1].end() :]):
            break
        chosen.append(more)
        cursor = more.end()
        if re.search(r"\b(?:and|or|as well as)\b", template[more.start() : more.start(1)]):
            closed = len(chosen)
    # A bare comma lists objects only in a list closed by "and" ("X, Y, and Z"), not in
    # "supported X, the Y connection to Z ...".
    numbers = [m.group(1) for m in chosen[:closed]]
    return [_head(sentence, number) for number in numbers]


def _listed_predicate(word: str) -> bool:
    return word.casefold() in ("and", "or", "the", "a", "an", "both") or bool(
        PREDICATE.fullmatch(word)
    )


def _head(sentence: Sentence, number: str) -> MentionRecord:
    # "Iran's Qods Force" or "Iranian Qods Force" as an object is the Qods Force.
    match = re.compile(rf"@{number}@(?:['’]s)?\s+@(\d+)@").search(sentence.template)
    return sentence.actor(match.group(1) if match else number)


def _claimant_mention(sentence: Sentence, claimant: Claimant) -> MentionRecord:
    for mention in sentence.actors:
        if mention.entity.ident == claimant.actor.ident:
            return mention
    return MentionRecord(claimant.actor, sentence.span, sentence.text)
