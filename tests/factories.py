"""One factory per model: valid defaults, unique values from a counter, **overrides."""

from itertools import count

from django.contrib.auth.models import User

from apps.actors.models import Actor, ActorAlias, ActorMention, ActorRelation
from apps.claims.models import Claim, ClaimantLink
from apps.comments.models import Comment
from apps.common.models import DuplicateDismissal
from apps.documents.models import Document
from apps.events.models import Event, EventParticipant, EventReport, EventWeapon
from apps.places.models import Place, PlaceAlias, PlaceMention
from apps.weapons.models import Weapon, WeaponAlias, WeaponMention

_counter = count(1)

DEFAULT_TEXT = "Coalition forces captured two Qods Force officers in Baghdad with EFPs."


def _n() -> int:
    return next(_counter)


def make_user(**overrides) -> User:
    n = _n()
    values = {"username": f"user-{n}", "email": f"user-{n}@example.org"}
    user = User(**(values | overrides))
    user.set_password("a-long-test-password")
    user.save()
    return user


def span_of(document: Document, quote: str) -> dict:
    """Return span_start/span_end/quote for the first occurrence of quote in the document."""
    start = document.text.index(quote)
    return {"span_start": start, "span_end": start + len(quote), "quote": quote}


def make_document(**overrides) -> Document:
    n = _n()
    text = overrides.pop("text", DEFAULT_TEXT)
    values = {
        "key": f"doc-{n}",
        "title": f"Document {n}",
        "kind": "blog_post",
        "text": text,
        "raw_text": text,
        "body": text,
        "source_file": f"doc-{n}.txt",
    }
    return Document.objects.create(**(values | overrides))


def make_comment(**overrides) -> Comment:
    n = _n()
    document = overrides.pop("document", None) or make_document()
    quote = overrides.pop("quote", "Qods Force")
    values = {
        "key": f"comment-{n}",
        "document": document,
        "position": n,
        "author": f"Reader {n}",
        "body": quote,
        **span_of(document, quote),
    }
    return Comment.objects.create(**(values | overrides))


def make_place(**overrides) -> Place:
    n = _n()
    values = {"key": f"place-{n}", "name": f"Place {n}", "slug": f"place-{n}", "kind": "city"}
    return Place.objects.create(**(values | overrides))


def make_actor(**overrides) -> Actor:
    n = _n()
    values = {"key": f"actor-{n}", "name": f"Actor {n}", "slug": f"actor-{n}", "kind": "group"}
    return Actor.objects.create(**(values | overrides))


def make_weapon(**overrides) -> Weapon:
    n = _n()
    values = {"key": f"weapon-{n}", "name": f"Weapon {n}", "slug": f"weapon-{n}"}
    return Weapon.objects.create(**(values | overrides))


def make_actor_alias(**overrides) -> ActorAlias:
    n = _n()
    actor = overrides.pop("actor", None) or make_actor()
    values = {"key": f"actor-alias-{n}", "actor": actor, "name": f"Alias {n}"}
    return ActorAlias.objects.create(**(values | overrides))


def make_weapon_alias(**overrides) -> WeaponAlias:
    n = _n()
    weapon = overrides.pop("weapon", None) or make_weapon()
    values = {"key": f"weapon-alias-{n}", "weapon": weapon, "name": f"Alias {n}"}
    return WeaponAlias.objects.create(**(values | overrides))


def make_place_alias(**overrides) -> PlaceAlias:
    n = _n()
    place = overrides.pop("place", None) or make_place()
    values = {"key": f"place-alias-{n}", "place": place, "name": f"Alias {n}"}
    return PlaceAlias.objects.create(**(values | overrides))


def _sourced(prefix: str, overrides: dict, quote: str) -> dict:
    document = overrides.pop("document", None) or make_document()
    quote = overrides.pop("quote", quote)
    return {"key": f"{prefix}-{_n()}", "document": document, **span_of(document, quote)}


def make_actor_mention(**overrides) -> ActorMention:
    values = _sourced("actor-mention", overrides, "Qods Force")
    values["actor"] = overrides.pop("actor", None) or make_actor()
    return ActorMention.objects.create(**(values | overrides))


def make_weapon_mention(**overrides) -> WeaponMention:
    values = _sourced("weapon-mention", overrides, "EFPs")
    values["weapon"] = overrides.pop("weapon", None) or make_weapon()
    return WeaponMention.objects.create(**(values | overrides))


def make_place_mention(**overrides) -> PlaceMention:
    values = _sourced("place-mention", overrides, "Baghdad")
    values["place"] = overrides.pop("place", None) or make_place()
    return PlaceMention.objects.create(**(values | overrides))


def make_actor_relation(**overrides) -> ActorRelation:
    values = _sourced("relation", overrides, "Qods Force officers")
    values["subject"] = overrides.pop("subject", None) or make_actor()
    values["object"] = overrides.pop("object", None) or make_actor()
    values["predicate"] = "member_of"
    return ActorRelation.objects.create(**(values | overrides))


def make_event(**overrides) -> Event:
    n = _n()
    values = {"key": f"event-{n}", "event_type": "capture", "summary": f"Event {n}"}
    return Event.objects.create(**(values | overrides))


def make_event_report(**overrides) -> EventReport:
    values = _sourced("report", overrides, DEFAULT_TEXT)
    values["event"] = overrides.pop("event", None) or make_event()
    return EventReport.objects.create(**(values | overrides))


def make_event_participant(**overrides) -> EventParticipant:
    values = _sourced("participant", overrides, "Qods Force")
    values["event"] = overrides.pop("event", None) or make_event()
    values["actor"] = overrides.pop("actor", None) or make_actor()
    values["role"] = "target"
    return EventParticipant.objects.create(**(values | overrides))


def make_event_weapon(**overrides) -> EventWeapon:
    values = _sourced("event-weapon", overrides, "EFPs")
    values["event"] = overrides.pop("event", None) or make_event()
    values["weapon"] = overrides.pop("weapon", None) or make_weapon()
    return EventWeapon.objects.create(**(values | overrides))


def make_claim(**overrides) -> Claim:
    values = _sourced("claim", overrides, DEFAULT_TEXT)
    values["subject"] = overrides.pop("subject", None) or make_actor()
    other_object = "object_event" in overrides or "object_text" in overrides
    values["object"] = overrides.pop("object", None) or (None if other_object else make_actor())
    values["predicate"] = "supports"
    values["stance"] = "asserts"
    return Claim.objects.create(**(values | overrides))


def make_claimant_link(**overrides) -> ClaimantLink:
    n = _n()
    values = {"role": "claimant", "text": f"Claimant {n}"}
    values["actor"] = overrides.pop("actor", None) or make_actor()
    link = ClaimantLink(**(values | overrides))
    link.save()
    return link


def make_duplicate_dismissal(**overrides) -> DuplicateDismissal:
    n = _n()
    values = {"model": "actors.Actor", "first_key": f"actor:{n}a", "second_key": f"actor:{n}b"}
    return DuplicateDismissal.objects.create(**(values | overrides))


# The factory of every project model with an admin page, by model label.
BY_LABEL = {
    "documents.Document": make_document,
    "comments.Comment": make_comment,
    "actors.Actor": make_actor,
    "actors.ActorAlias": make_actor_alias,
    "actors.ActorMention": make_actor_mention,
    "actors.ActorRelation": make_actor_relation,
    "weapons.Weapon": make_weapon,
    "weapons.WeaponAlias": make_weapon_alias,
    "weapons.WeaponMention": make_weapon_mention,
    "places.Place": make_place,
    "places.PlaceAlias": make_place_alias,
    "places.PlaceMention": make_place_mention,
    "events.Event": make_event,
    "events.EventParticipant": make_event_participant,
    "events.EventWeapon": make_event_weapon,
    "events.EventReport": make_event_report,
    "claims.Claim": make_claim,
    "claims.ClaimantLink": make_claimant_link,
}
