"""Propositions told by a construction rather than by a predicate word.

- Giving: "X has provided to Y some support", "X is providing funding to Y", "X provides Y
  with weapons": what is given names the predicate (support, funding, weapons, training,
  sanctuary), the receiver is the object, the giver is the subject of the verb.
- Moving goods: "Iranian mines and weapons were funneled to Zarqawi's terrorists": the state
  whose goods are moved to X arms (or, for money, funds) X.
- Staying: "Y has been reconstituted in Iran", "Iran, where Y have reconstituted ...", "Y is
  based in Iran": a state where a group is reconstituted, based or hiding shelters it (the
  state may be written as a place, "in Iran").
"""

import re
from collections.abc import Callable, Iterator

from etl.records import EntityRef, MentionRecord

from .arguments import objects_of, subjects_of
from .attribution import Claimant
from .lexicons import all_predicate_words, alternation, predicate_words
from .sentence import PLACEHOLDER, Sentence

Found = tuple[MentionRecord, str, MentionRecord, int]
StateOf = Callable[[EntityRef], EntityRef | None]

_GOODS = tuple((name, alternation(goods)) for name, goods in predicate_words("goods").items())
_GOOD = "|".join(words for _, words in _GOODS)
_MONEY = frozenset(word.casefold() for word in predicate_words("moved")["funds"])
_WORDS = r"(?:[\w'’-]+\s+){0,3}?"
_GIVE = re.compile(
    r"(?i)\b(?:provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave|offer(?:s|ed|ing)?"
    r"|extend(?:s|ed|ing)?|deliver(?:s|ed|ing)?)\s+"
    rf"(?:to\s+(?:the\s+)?{_WORDS}@(?P<to>\d+)@\s+{_WORDS}(?P<given>{_GOOD})\b"
    rf"|{_WORDS}(?P<given_for>{_GOOD})\s+(?:to|for)\s+(?:the\s+)?{_WORDS}@(?P<for>\d+)@"
    rf"|(?:the\s+)?@(?P<with>\d+)@\s+with\s+{_WORDS}(?P<given_with>{_GOOD})\b)"
)
_MOVED = re.compile(
    r"(?i)@(?P<giver>\d+)@(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<goods>{alternation(all_predicate_words('moved'))})\b[^.;@]{{0,40}}?"
    r"\b(?:were|was|are|is|have\s+been|had\s+been|being)\s+(?:\w+ly\s+)?(?:funnell?ed"
    r"|smuggled|shipped|supplied|sent|delivered|transferred|provided|given|moved|passed)\s+"
    r"(?:[\w-]+\s+){0,2}?to\s+"
)
_STAY = re.compile(
    r"(?i)\b(?:reconstitut(?:ed|ing)|relocat(?:ed|ing)|regroup(?:ed|ing)|based|headquartered"
    r"|hiding|(?:taken|found|sought|finding|seeking)\s+(?:refuge|sanctuary|safe\s+haven))\b"
)
_IN = re.compile(r"[^,;.]{0,80}?\b(?:in|inside)\s+(?P<rest>[^,;.]{0,60})")
_WHERE = re.compile(r"@(\d+)@\s*,\s*where\b")


def giving(sentence: Sentence, claimant: Claimant) -> tuple[list[Found], list[tuple[int, int]]]:
    """Return the propositions of giving constructions and the template ranges they use."""
    found, used = [], []
    for match in _GIVE.finditer(sentence.template):
        number = match.group("to") or match.group("for") or match.group("with")
        given = match.group("given") or match.group("given_for") or match.group("given_with")
        predicate = next(name for name, words in _GOODS if re.fullmatch(words, given, re.I))
        start = sentence.template.index(f"@{number}@", match.start())
        subjects = subjects_of(sentence, match.start(), claimant)
        targets = objects_of(sentence, start)
        found += [(s, predicate, t, match.start()) for s in subjects for t in targets]
        used.append(match.span())
    return found, used


def moving(sentence: Sentence) -> Iterator[Found]:
    """Yield "state arms X" for a state's weapons (or money) moved to X."""
    for match in _MOVED.finditer(sentence.template):
        giver = sentence.actor(match.group("giver"))
        if giver.entity.kind != "state":
            continue
        money = match.group("goods").casefold() in _MONEY
        for target in objects_of(sentence, match.end()):
            yield giver, "funds" if money else "arms", target, match.start()


def staying(sentence: Sentence, claimant: Claimant, state_of: StateOf) -> Iterator[Found]:
    """Yield "state shelters group" for groups reconstituted, based or hiding in a state."""
    template = sentence.template
    for match in _STAY.finditer(template):
        host = _host_after(sentence, match.end(), state_of) or _host_before(
            sentence, match.start(), state_of
        )
        if host is None:
            continue
        for guest in subjects_of(sentence, match.start(), claimant):
            if guest.entity.ident != host.entity.ident:
                yield host, "shelters", guest, match.start()


def _host_after(sentence: Sentence, end: int, state_of: StateOf) -> MentionRecord | None:
    where = _IN.match(sentence.template, end)
    if where is None:
        return None
    rest = where.group("rest")
    actor = PLACEHOLDER.search(rest)
    places = [(rest.find(p.surface), p) for p in sentence.places if p.surface in rest]
    if places and (actor is None or min(places)[0] < actor.start()):
        place = min(places, key=lambda item: item[0])[1]
        state = state_of(place.entity)
        return MentionRecord(state, place.span, place.surface) if state else None
    if actor is not None:
        mention = sentence.actor(actor.group(1))
        return mention if mention.entity.kind == "state" else None
    return None


def _host_before(sentence: Sentence, start: int, state_of: StateOf) -> MentionRecord | None:
    found = list(_WHERE.finditer(sentence.template, 0, start))
    if not found:
        return None
    mention = sentence.actor(found[-1].group(1))
    return mention if mention.entity.kind == "state" else None
