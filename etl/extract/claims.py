"""Claims: subject-predicate-object propositions about actors, with claimant and stance.

Propositions are found over the sentence template: a predicate word (supports, funds, arms,
trains, directs, shelters, cooperates with, is linked to, influences, commands) with its
subject on the left ("Iran is supporting X", "Iran's support of X", "they had any links to
X") and its objects on the right ("... X, Y, and Z"); passives ("X trained, armed, and
funded by Y"); compounds ("Iranian-backed X"); constructions (constructions.py: "provided to
X some support", "reconstituted in Iran"); pairs (pairs.py: "the relationship between X and
Y is a hostile one"). Attributed membership and command statements ("Petraeus stated that X
is a Qods Force agent") are claims too.

Each proposition's claimant is the frame it sits in (frames.py: "the conventional wisdom in
media is ...", "those who doubt ..."), else the one the sentence names, else the one the
discourse carries (a transcript turn, a quotation), else the document's author.
"""

import re
from dataclasses import replace

from etl.records import ClaimRecord, MentionRecord

from .arguments import NOMINAL, PREDICATE, objects_of, predicate_form, subjects_of
from .attribution import Claimant, claim_date, find_claimant
from .constructions import giving, moving, staying
from .discourse import ClaimContext
from .frames import Frame, find_frames, frame_at
from .lexicons import alternation, predicate_words
from .pairs import pair_propositions
from .relations import find_relations
from .sentence import PLACEHOLDER, Sentence
from .stance import despite_denial, doubts_of, hedges_of, scope_end, stance_of

_COMPOUND = {
    word: predicate for predicate, words in predicate_words("compounds").items() for word in words
}
_COMPOUND_RE = re.compile(rf"@(\d+)@-({alternation(_COMPOUND)})\b")
_PASSIVE_BY = re.compile(
    r"\s*(?:,\s*(?:and\s+)?\w+(?:ed)?\s*)*,?\s*(?:and\s+\w+\s+)?(?:by|from)\s+(?:the\s+)?"
)
_RELATION_CLAIMS = {"member_of": "member_of", "agent_of": "member_of", "commands": "commands"}
_CITATION = re.compile(r"(?i)^\W*(?:see|see also|cf)\b[.,]")
_COMPOUND_RULE = "claim.compound_modifier"
_FORM_RULES = {
    "verb": "claim.predicate_verb",
    "nominal": "claim.predicate_noun",
    "participle": "claim.predicate_participle",
}


def find_claims(sentence: Sentence, context: ClaimContext) -> list[ClaimRecord]:
    """Return the claims of one sentence, one per subject, predicate and object."""
    if not sentence.actors and not context.pairs:
        return []
    if sentence.turn is not None and sentence.turn.question:
        return []  # a journalist's question in a transcript asserts nothing
    if sentence.text.rstrip("\"”’' )").endswith("?") or _CITATION.match(sentence.text):
        return []  # a question asserts nothing; a reference cites a title
    claimant = find_claimant(sentence, context.previous) or context.carried or context.author
    frames = find_frames(sentence, context.judged_by)
    found: dict[tuple, ClaimRecord] = {}
    for proposition in _propositions(sentence, claimant, context):
        subject, predicate, target, where, _, _ = proposition
        record = _claim(sentence, context, frame_at(frames, where) or claimant, proposition)
        key = (subject.span, predicate, target.span)
        found[key] = _merged(found[key], record) if key in found else record
    denier = despite_denial(sentence)
    for record in list(found.values()):
        if denier is not None and record.stance == "asserts":
            denial = _denial(sentence, denier, record)
            found.setdefault((record.subject_span, record.predicate, record.object_span, 1), denial)
    return list(found.values())


def _propositions(sentence: Sentence, claimant: Claimant, context: ClaimContext):
    template = sentence.template
    given, used = giving(sentence, claimant)
    for subject, predicate, target, where in given:
        yield subject, predicate, target, where, None, "claim.giving"
    for match in PREDICATE.finditer(template):
        if template[match.end() : match.end() + 1] == "-" or _inside(match.start(), used):
            continue  # "Iranian-backed" is a compound, read below; "provided support" above
        yield from _predicate(sentence, claimant, match)
    for match in _COMPOUND_RE.finditer(template):
        subject = sentence.actor(match.group(1))
        for target in objects_of(sentence, match.end()):
            yield subject, _COMPOUND[match.group(2)], target, match.start(), None, _COMPOUND_RULE
    for host, predicate, guest, where in staying(sentence, claimant, context.state_of):
        yield host, predicate, guest, where, None, "claim.staying"
    for giver, predicate, target, where in moving(sentence):
        yield giver, predicate, target, where, None, "claim.moving_goods"
    for item in pair_propositions(sentence, list(context.pairs)):
        yield item.subject, item.predicate, item.object, item.where, item.stance, "claim.pair"
    if not claimant.is_author:
        for relation in find_relations(sentence):
            if relation.predicate in _RELATION_CLAIMS and relation.subject != claimant.actor:
                subject = _mention_at(sentence, relation.subject_span)
                target = _mention_at(sentence, relation.object_span)
                predicate = _RELATION_CLAIMS[relation.predicate]
                yield subject, predicate, target, len(template), None, "claim.attributed_relation"


def _predicate(sentence: Sentence, claimant: Claimant, match: re.Match):
    template, predicate = sentence.template, match.lastgroup
    by = _PASSIVE_BY.match(template, match.end())
    if by is not None and PLACEHOLDER.match(template, by.end()):
        subjects = objects_of(sentence, by.end())
        targets = subjects_of(sentence, match.start(), claimant)
        rule = "claim.predicate_passive"
    else:
        form = predicate_form(template, match)
        subjects = subjects_of(sentence, match.start(), claimant, form)
        targets = objects_of(sentence, match.end())
        rule = _FORM_RULES[form]
    for subject in subjects:
        for target in targets:
            yield subject, predicate, target, match.start(), None, rule


def _inside(index: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= index < end for start, end in ranges)


def _mention_at(sentence: Sentence, span) -> MentionRecord:
    return next(mention for mention in sentence.actors if mention.span == span)


def _claim(
    sentence: Sentence, context: ClaimContext, voice: Frame | Claimant, proposition: tuple
) -> ClaimRecord:
    # `voice` is the frame the proposition sits in, else the sentence's claimant; a stance
    # the construction states ("a hostile relationship" denies cooperation) wins.
    subject, predicate, target, where, stated, rule = proposition
    frame = voice if isinstance(voice, Frame) else None
    claimant = frame.claimant if frame is not None else voice
    start = frame.start if frame is not None else 0
    template = sentence.template
    end = scope_end(template, _end_of(template, sentence, target, where), _subject_clause(frame))
    scope = template[start:end]
    stance = stated or stance_of(template, where, start, bool(NOMINAL.match(template, where)))
    hedges = hedges_of(scope) + (frame.hedges if frame else ()) + _own(claimant.hedge)
    hedges = tuple(dict.fromkeys(hedges))
    if stance == "disputes":
        hedges = doubts_of(scope) + tuple(h for h in hedges if h not in doubts_of(scope))
    elif stance == "asserts" and hedges:
        stance = "uncertain"
    return ClaimRecord(
        subject=subject.entity,
        predicate=predicate,
        object=target.entity,
        stance=stance,
        span=sentence.span,
        subject_span=subject.span,
        object_span=target.span,
        claimant=claimant.actor,
        claimant_text=claimant.text,
        relayed_by=_relay(claimant, context),
        hedges=hedges,
        claim_date=claim_date(sentence),
        rule=rule,
    )


def _merged(first: ClaimRecord, second: ClaimRecord) -> ClaimRecord:
    # One proposition told twice in a sentence is one claim: the hedges of both weaken it.
    hedges = tuple(dict.fromkeys(first.hedges + second.hedges))
    stance = "uncertain" if first.stance == "asserts" and hedges else first.stance
    return replace(first, hedges=hedges, stance=stance)


def _end_of(template: str, sentence: Sentence, target: MentionRecord, where: int) -> int:
    for number, mention in enumerate(sentence.actors):
        if mention is target:
            placeholder = template.find(f"@{number}@", where)
            return placeholder + len(f"@{number}@") if placeholder >= 0 else where
    return where


def _subject_clause(frame: Frame | None) -> bool:
    return frame is not None and frame.subject_clause


def _own(hedge: str) -> tuple[str, ...]:
    return (hedge,) if hedge else ()


def _relay(claimant: Claimant, context: ClaimContext) -> str:
    if claimant.is_author:
        return context.publisher
    return ", ".join(filter(None, (context.author_name, context.publisher)))


def _denial(sentence: Sentence, denier: MentionRecord, claim: ClaimRecord) -> ClaimRecord:
    return ClaimRecord(
        subject=claim.subject,
        predicate=claim.predicate,
        object=claim.object,
        stance="denies",
        span=sentence.span,
        subject_span=claim.subject_span,
        object_span=claim.object_span,
        claimant=denier.entity,
        claimant_text=denier.surface,
        relayed_by=claim.relayed_by,
        claim_date=claim.claim_date,
        kind="counter",
        rule="claim.despite_denial",
    )
