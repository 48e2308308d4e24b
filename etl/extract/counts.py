"""Casualty and custody counts in a sentence, in words or digits.

"Twenty-seven Secret Cell members were killed and 17 captured" gives killed=27, captured=17;
"detained 20 suspected terrorists" gives detained=20. A count not stated stays None: vague
quantities ("dozens", "numerous") are not numbers.
"""

import re

from .lexicons import alternation, mapping, speech_selection, words

UNITS = {word: value for value, word in enumerate(words("numbers", "units"))}
TENS = mapping("numbers", "tens")
PHRASES = mapping("numbers", "phrases")
_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS, *PHRASES], key=len)[::-1])
_NUMBER = rf"(?:\d{{1,5}}|(?:{_NUMBER_WORD})(?:[\s-]+(?:{'|'.join(UNITS)}))?)"
FIELDS = {
    "killed": "killed",
    "murdered": "killed",
    "murder": "killed",
    "dead": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "captured": "captured",
    "detained": "detained",
    "arrested": "detained",
}
_OUTCOME = r"(?P<verb>killed|murdered|wounded|injured|captured|detained|arrested|dead)"
_QUALIFIER = r"(?:(?:over|more than|at least|about|approximately|nearly|some|up to)\s+)?"
_AUX = r"(?:were|was|have been|had been|are|got)"
# "<number> <a few words> were killed", "<number> (were) killed" and "killed <number> <noun>"
_NUMBER_FIRST = re.compile(
    rf"(?i)\b{_QUALIFIER}(?P<number>{_NUMBER})\b(?:(?P<words>(?:\s+[\w.'’\[\]-]+){{1,6}}?),?"
    rf"\s+{_AUX}|\s+(?:{_AUX}\s+)?)\s*(?:(?:also|reportedly|later|\w+ly)\s+)?{_OUTCOME}\b"
)
_VERB_FIRST = re.compile(
    rf"(?i)(?<!that )(?<!which )(?<!who ){_OUTCOME}\s+{_QUALIFIER}(?P<number>{_NUMBER})\b"
    r"(?!\s*(?:percent|%|years|months|days|hours|miles|kilometers|million|billion))"
)
_MURDER_OF = re.compile(rf"(?i)\b(?P<verb>murder|killing|deaths?)\s+of\s+(?P<number>{_NUMBER})\b")
_VERB_WORDS = re.compile(
    rf"(?i)\b(?:{alternation(speech_selection('count_guard'))}"
    r"|who|which|that|when|after|during|in|on)\b"
)


def parse_number(words: str) -> int | None:
    """Return the value of "17", "Twenty-seven", "a dozen" or "one hundred"; None otherwise."""
    cleaned = words.strip().casefold().replace("-", " ")
    if cleaned.isdigit():
        return int(cleaned)
    if cleaned in PHRASES:
        return PHRASES[cleaned]
    total = 0
    for part in cleaned.split():
        if part in UNITS:
            total += UNITS[part]
        elif part in TENS:
            total += TENS[part]
        else:
            return None
    return total if cleaned else None


def find_counts(sentence: str, *, nominal: bool = True) -> dict[str, int]:
    """Return {field: number} for killed, wounded, captured and detained stated in a sentence.

    The first number stated for a field wins. Elliptical lists ("were killed, 6 wounded and
    1 captured") are read number by number. `nominal` also reads "the murder of five":
    only an attack or killing states its victims that way.
    """
    counts: dict[str, int] = {}
    patterns = (_VERB_FIRST, _NUMBER_FIRST, _MURDER_OF) if nominal else (_VERB_FIRST, _NUMBER_FIRST)
    for pattern in patterns:
        for match in pattern.finditer(sentence):
            if pattern is _NUMBER_FIRST and _VERB_WORDS.search(match.group("words") or ""):
                continue  # "two men who said they were arrested": the number is not the count
            value = parse_number(match.group("number"))
            field = FIELDS.get(match.group("verb").casefold().rstrip("s"), None)
            field = field or FIELDS.get(match.group("verb").casefold())
            if value is not None and field and field not in counts:
                counts[field] = value
    return counts
