"""Check every stored span against its document's text (used by the load and seed tests)."""

from apps.actors.models import ActorMention, ActorRelation
from apps.claims.models import Claim
from apps.comments.models import Comment
from apps.events.models import EventParticipant, EventReport, EventWeapon
from apps.places.models import PlaceMention
from apps.weapons.models import WeaponMention

SOURCED = (
    ActorMention,
    ActorRelation,
    WeaponMention,
    PlaceMention,
    EventReport,
    EventParticipant,
    EventWeapon,
    Claim,
    Comment,
)


def assert_every_span_slices_back() -> int:
    """Assert text[span_start:span_end] == quote for every stored row; return how many."""
    checked = 0
    for model in SOURCED:
        for row in model.objects.select_related("document").only(
            "span_start", "span_end", "quote", "document__text"
        ):
            text = row.document.text
            assert text[row.span_start : row.span_end] == row.quote, (model.__name__, row.pk)
            checked += 1
    return checked
