"""What a name the NER finds is: a person, an outlet, a unit, a ministry, a group, or nothing.

The statistical NER labels PERSON and ORG; the kind of actor comes from the label and the
context. A PERSON is a person when it is a name (no title or role alone, no place, no
building); a one-word PERSON ("Chizari", "Greenwald") only when the sentence makes it act or
be acted on (subject, apposition, object). An ORG takes the kind its head noun gives
(lexicons/organizations.yaml: "Foreign Ministry" a government body, "82nd Airborne Division"
a military unit), else an outlet when the words around it say so ("told CNN", "Reuters
reported"), else an organization. One-word ORG names are kept only when they are acronyms
("CPIC", "MoD") or outlets by their context: a capitalized word alone is more often a town
or a thing ("Bayji", "Humvee") than an organization. Dates, numbers, pronouns, handles, web
addresses and photo credits are never names.
"""

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .lexicons import section, words
from .people import title_words

_ORGANIZATIONS = "organizations"
HEADS = {
    word: kind
    for kind, head_words in section(_ORGANIZATIONS, "heads").items()
    for word in head_words
}
MEDIA_BEFORE = tuple(section(_ORGANIZATIONS, "media_cues")["before"])
MEDIA_AFTER = tuple(section(_ORGANIZATIONS, "media_cues")["after"])
PLACE_WORDS = frozenset(words(_ORGANIZATIONS, "places"))
ROLE_WORDS = frozenset(words(_ORGANIZATIONS, "roles"))
TITLE_WORDS = title_words((*words("titles", "titles"), *words("titles", "labels")))
CONNECTORS = frozenset("of for on and the de al el bin ibn abu abd abdul van von da".split())
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z]{1,5}$")
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
_JUNK = re.compile(r"@|https?:|www\.|\.com\b|/|\\|[{}<>|=*#]|\d(?!\d*(?:st|nd|rd|th)\b)", re.I)
_CREDITS = frozenset("courtesy photo images image getty credit".split())
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "attr", "dobj", "conj", "agent"})
_AGENT_PREPOSITIONS = frozenset({"as", "by", "of"})
NOT_FIRST = frozenset(words(_ORGANIZATIONS, "not_first"))
NOT_LAST = frozenset(words(_ORGANIZATIONS, "not_last"))
CALENDAR = frozenset(
    word.casefold()
    for names in (*section("calendar", "months").values(), words("calendar", "weekdays"))
    for word in names
)
_CREDIT_BEFORE = re.compile(
    r"\b(?:courtesy\s+of|photos?\s+by|credit:?|source:)\s+(?:[^\s,.;:()]+\s*){0,3}$", re.I
)
_HEADLINE_SHARE = 0.7
_HEADLINE_WORDS = 3


def trim_entity(entity: SpacySpan) -> SpacySpan | None:
    """Return the entity without a leading article, title words or a trailing possessive.

    An ORG that opens with a title ("Major C.W. Weathers") is a person's name.
    """
    start, end = entity.start, entity.end
    doc = entity.doc
    label = entity.label_
    if label == "ORG" and _is_title(doc[start]) and end - start > 1:
        label = "PERSON"
    while start < end and (
        doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or _is_title(doc[start])
    ):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    trimmed = SpacySpan(doc, start, end, label=label)
    text = trimmed.text
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending) and len(text) > len(ending) + 1:
            end_char = trimmed.end_char - len(ending)
            cut = doc.char_span(trimmed.start_char, end_char, label, alignment_mode="contract")
            return cut if cut is not None and len(cut) else None
    return trimmed


def entity_kind(entity: SpacySpan) -> str:
    """Return the actor kind of a trimmed NER entity, or "" when it names no actor."""
    if not _is_name(entity):
        return ""
    headline = is_headline(entity.sent)
    if entity.label_ == "PERSON":
        return "person" if _is_person(entity, headline) else ""
    if entity.label_ == "ORG" and not headline:
        return _organization_kind(entity)
    return ""


def is_headline(sentence: SpacySpan) -> bool:
    """Return whether a sentence is set in headline case ("Seize Weapons Caches"): the NER
    takes capitalized words for names there."""
    long_words = [token for token in sentence if token.is_alpha and len(token) > 3]
    if len(long_words) < _HEADLINE_WORDS:
        return False
    capitals = sum(token.text[:1].isupper() for token in long_words)
    return capitals >= _HEADLINE_SHARE * len(long_words) and not sentence.text.isupper()


def head_word(words_: list[str]) -> str:
    """Return the head noun of a name: its first word before of/for/on, else its last word."""
    lowered = [word.casefold() for word in words_]
    for index, word in enumerate(lowered[1:], start=1):
        if word in ("of", "for", "on") and lowered[index - 1] in HEADS:
            return lowered[index - 1]
    return lowered[-1] if lowered else ""


def kind_of_head(words_: list[str]) -> str:
    """Return the kind the head noun of a name gives ("" when the head says nothing)."""
    return HEADS.get(head_word(words_), "")


def _is_name(entity: SpacySpan) -> bool:
    text = entity.text
    if _JUNK.search(text) or not text[:1].isupper() and not _ORDINAL.match(entity[0].text):
        return False
    tokens = [token for token in entity if not token.is_punct]
    if not tokens or any(token.pos_ in ("PRON", "NUM") for token in tokens):
        return False
    first = tokens[0]
    if first.pos_ in ("ADP", "DET", "ADV", "INTJ", "CCONJ", "SCONJ") or first.is_stop:
        return False
    if first.lower_ in NOT_FIRST or first.lower_.endswith("ly"):
        return False
    if re.fullmatch(r"[A-Z]\.", first.text) and entity.start == entity.sent.start:
        return False  # an outline label: "A. Background"
    if entity.end < len(entity.doc) and entity.doc[entity.end].text in ("/", "\\"):
        return False  # "SN/IA/4494"
    if tokens[-1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ"):
        return False
    lowered = {token.lower_ for token in tokens}
    if lowered & _CREDITS or tokens[-1].lower_ in NOT_LAST | CALENDAR:
        return False  # "Getty Images", "Shipment Said" (a headline's verb), "Admin August"
    before = entity.doc[max(entity.sent.start, entity.start - 6) : entity.start].text
    if _CREDIT_BEFORE.search(before + " "):
        return False  # "(Courtesy of CJSOTF-AP PAO)": a credit, not an actor of the text
    last = tokens[-1].lower_
    if last in PLACE_WORDS or last in ROLE_WORDS:
        return False
    return not all(_is_title(token) or token.lower_ in CONNECTORS for token in tokens)


def _is_title(token: Token) -> bool:
    return token.lower_.strip(".") in TITLE_WORDS and token.text[:1].isupper()


def _is_person(entity: SpacySpan, headline: bool = False) -> bool:
    words_ = [token for token in entity if not token.is_punct]
    if any(token.lower_ in ROLE_WORDS for token in words_) or words_[-1].lower_ in HEADS:
        return False
    if headline and any(token.tag_ in ("NNS", "NNPS", "VBG", "VBZ") for token in words_):
        return False  # "Kidnapping Suspects" in a headline
    if any(_is_title(token) for token in words_):
        return False
    if len(entity.text.split()) > 1:
        return not _modifier(entity)
    return _acts(entity)


def _possessed(entity: SpacySpan) -> bool:
    doc = entity.doc
    return any(token.tag_ == "PRP$" for token in doc[max(0, entity.start - 2) : entity.start])


def _modifier(entity: SpacySpan) -> bool:
    """Return whether a name only modifies a common noun ("a Desert Storm veteran")."""
    root = entity.root
    head = root.head
    return (
        root.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.text.islower()
        and head.lower_ not in ROLE_WORDS
    )


def _acts(entity: SpacySpan) -> bool:
    """Return whether a one-word name acts or is acted on in its sentence."""
    root, doc = entity.root, entity.doc
    if root.pos_ != "PROPN" or root.tag_ in ("NNPS", "NNS"):
        return False  # "Shukra" (a noun), "Baghadis" (a plural)
    before = [token.pos_ for token in doc[max(0, entity.start - 2) : entity.start]]
    if "DET" in before or (before and before[-1] in ("NOUN", "ADJ")):
        return False  # "the other Michael", "the prophet Muhammad"
    if any(token.tag_ == "PRP$" for token in doc[max(0, entity.start - 2) : entity.start]):
        return False  # "its Lebanese Proxy"
    if entity.end < len(doc) and doc[entity.end].text == "," and entity.start == entity.sent.start:
        return False  # "Nah, surely none..."
    if root.dep_ in _AGENT_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in _AGENT_PREPOSITIONS


def _organization_kind(entity: SpacySpan) -> str:
    if any(_is_title(token) for token in entity):
        return ""  # "Army Brig", "Navy Capt"
    words_ = entity.text.split()
    kind = kind_of_head(words_)
    named = [word for word in words_ if word.casefold().strip("-") not in CONNECTORS]
    if len(words_) > 1 and all(word.casefold() in HEADS for word in named):
        return ""  # "Al Jihad", "the Front": a head noun alone names nothing
    media = _media_context(entity)
    if len(words_) == 1:
        if _ACRONYM.match(words_[0]):
            if not media and (_modifier(entity) or _possessed(entity)):
                return ""  # "BDU pants", "their GMC's": a thing's label
            return "media" if media else kind or "organization"
        plain_word = HEADS.get(words_[0].casefold(), "media") != "media"  # "Intelligence"
        return "media" if media and not plain_word else ""
    if kind and kind != "organization":
        return kind
    return "media" if media else kind


def _media_context(entity: SpacySpan) -> bool:
    doc = entity.doc
    before = doc[max(0, entity.start - 4) : entity.start].text.casefold()
    before = re.sub(r"\bthe\s*$", "", before).strip()
    after = doc[entity.end : entity.end + 3].text.casefold()
    if any(before.endswith(cue) for cue in MEDIA_BEFORE):
        return True
    if any(re.match(rf"(?:'s\s+)?{re.escape(cue)}\b", after) for cue in MEDIA_AFTER):
        return True
    # A wire dateline: "BAGHDAD, Iraq (CNN) --".
    return before.endswith("(") and after.startswith(")")
