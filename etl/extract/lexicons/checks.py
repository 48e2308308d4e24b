"""System check: the lexicons load, and their keys are the models' choices.

Registered by the etl app (etl/apps.py), so `manage.py check` (and every command) reports a
lexicon naming an event type, predicate, stance, participant role or relation the models do
not have, and a speech-verb selection naming a form no verb has.
"""

from django.core.checks import Error

from apps.actors.models import ActorKind, RelationType
from apps.claims.models import Predicate, Stance
from apps.events.models import EventType, ParticipantRole

from . import LexiconError, entries, lexicon, mapping, names, section

SENSES = {"say", "believe", "accept", "deny", "doubt", "judge", "announce"}


def check_lexicons(app_configs=None, **kwargs) -> list[Error]:
    """Return one error per problem of the lexicons (the Django system check)."""
    return [Error(problem, id="etl.E001") for problem in lexicon_problems()]


def lexicon_problems() -> list[str]:
    """Return what is wrong with the lexicons, as sentences naming the file."""
    try:
        for name in names():
            lexicon(name)
        return [
            *_outside("predicates.yaml", entries("predicates", "predicates"), Predicate),
            *_outside("event_triggers.yaml", entries("event_triggers", "types"), EventType),
            *_roles(),
            *_outside("relation_roles.yaml", _values("relation_roles", "roles"), RelationType),
            *_outside("relation_roles.yaml", _pairs("relation_roles", "among"), RelationType),
            *_outside("organizations.yaml", section("organizations", "heads"), ActorKind),
            *_stances(),
            *_speech(),
        ]
    except (LexiconError, KeyError, TypeError) as error:
        return [f"Extraction lexicons: {error}"]


def _outside(file: str, keys, choices) -> list[str]:
    return [
        f"{file}: {key!r} is not one of {choices.__name__}"
        for key in keys
        if key not in choices.values
    ]


def _values(name: str, key: str) -> set[str]:
    return set(mapping(name, key).values())


def _pairs(name: str, key: str) -> set[str]:
    found = mapping(name, key)
    return set(found) | set(found.values())


def _roles() -> list[str]:
    roles = {
        fields.get(role, "")
        for fields in entries("event_triggers", "types").values()
        for role in ("doer_role", "object_role")
    }
    return _outside("event_triggers.yaml", roles, ParticipantRole)


def _stances() -> list[str]:
    stances = {section(name, "stance") for name in ("hedges", "negations", "doubts")}
    stances |= {section("relationship_tones", tone)["stance"] for tone in ("hostile", "close")}
    return _outside("stance lexicons", stances, Stance)


def _speech() -> list[str]:
    verbs = entries("speech_verbs", "verbs")
    forms = {form for verb in verbs.values() for form in verb["forms"]}
    problems = [
        f"speech_verbs.yaml: {lemma!r} has the unknown sense {verb['sense']!r}"
        for lemma, verb in verbs.items()
        if verb["sense"] not in SENSES
    ]
    for name, selected in section("speech_verbs", "selections").items():
        problems += [
            f"speech_verbs.yaml: selection {name!r} names {form!r}, a form of no verb"
            for form in selected
            if form not in forms
        ]
    return problems
