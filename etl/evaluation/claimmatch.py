"""Pair stored claims with gold claims and say how far each pair agrees.

A stored claim and a gold claim are candidates when the stored span overlaps the gold quote
(located in the stored text as for events: the file's text, and a dossier's row texts). A
candidate pair reaches:
- level 1 (span) always;
- level 2 when the subject and the object match: the subject when a name or alias of the
  stored subject equals the gold subject's name or a surface form after name normalisation;
  an actor object likewise; an event object when the stored claim's event is one the gold
  event's mentions reach (see eventmatch); a thing (text) when at least half of the gold
  text's words (normalised, a plural 's' dropped) are in the stored object text (no stored
  object text: no match). For the symmetric predicates (cooperates_with, linked_to) subject
  and object may be swapped;
- level 3 when, in addition, the stance is equal.
Pairs are taken greedily, best level first, then largest overlap; each claim, stored or
gold, is in at most one pair.
"""

from dataclasses import dataclass

from apps.common.text import normalize_name

from .entities import gold_keys
from .eventmatch import EventMatch
from .gold import GoldClaim, GoldDocument, GoldParty
from .headers import contains_either
from .locate import locate, loose
from .snapshot import Snapshot, StoredClaim, StoredDocument

SYMMETRIC = frozenset({"cooperates_with", "linked_to"})


def words(text: str) -> set[str]:
    """Return the normalised words of a text, a plural 's' dropped from longer words."""
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in normalize_name(text).split()}


@dataclass(frozen=True, slots=True)
class ClaimJudge:
    """The rules comparing one document's gold claims with stored claims."""

    gold: GoldDocument
    snapshot: Snapshot
    events: EventMatch

    def actor_right(self, actor_id: str | None, stored_pk: int | None) -> bool:
        """Return whether a stored actor has a name or alias of the gold actor."""
        actor = self.gold.actor(actor_id) if actor_id is not None else None
        stored = self.snapshot.actors.get(stored_pk) if stored_pk is not None else None
        return actor is not None and stored is not None and bool(stored.keys & gold_keys(actor))

    def object_right(self, claim: GoldClaim, stored: StoredClaim) -> bool:
        """Return whether the stored claim's object is the gold object (actor, event or thing)."""
        target = claim.object
        if target.actor is not None:
            return self.actor_right(target.actor, stored.object_actor)
        if target.event is not None:
            return stored.object_event in self.events.reached((self.gold.id, target.event))
        expected = words(target.text or "")
        found = words(stored.object_text) if stored.object_text else set()
        return bool(expected) and len(expected & found) * 2 >= len(expected)

    def parties_right(self, claim: GoldClaim, stored: StoredClaim) -> bool:
        """Return whether subject and object match (either way round when symmetric)."""
        if self.actor_right(claim.subject, stored.subject) and self.object_right(claim, stored):
            return True
        return (
            claim.predicate in SYMMETRIC
            and claim.object.actor is not None
            and self.actor_right(claim.subject, stored.object_actor)
            and self.actor_right(claim.object.actor, stored.subject)
        )

    def level(self, claim: GoldClaim, stored: StoredClaim) -> int:
        """Return the level (1-3) a span-overlapping pair reaches."""
        if not self.parties_right(claim, stored):
            return 1
        return 3 if stored.stance == claim.stance else 2

    def claimant_right(self, party: GoldParty, stored: StoredClaim, author: str) -> bool:
        """Return whether the stored claimant is the gold one (an actor, a description, the author).

        An actor is right when the stored claimant matches it by name or alias, or the stored
        claimant text contains one of its names (whole words, normalised). A description is
        right when one loose form contains the other (the stored claimant text, else the stored
        claimant's name). The author's voice is right when the stored claim names no claimant,
        names the document's author, or says "Author of ..." (the loader's wording for a
        document's own voice).
        """
        claimant = self.snapshot.actors.get(stored.claimant) if stored.claimant else None
        written = stored.claimant_text or (claimant.name if claimant else "")
        if party.actor is not None:
            return self.actor_right(party.actor, stored.claimant) or self._names(
                party.actor, written
            )
        if party.text is not None:
            return contains_either(party.text, written)
        if not written or loose(written).startswith("author of"):
            return True
        return bool(author) and contains_either(author, written)

    def _names(self, actor_id: str, written: str) -> bool:
        actor = self.gold.actor(actor_id)
        text = f" {normalize_name(written)} "
        return actor is not None and any(f" {key} " in text for key in gold_keys(actor))


def quote_places(claim: GoldClaim, family: list[StoredDocument]) -> list[tuple[int, int, int]]:
    """Return where the gold quote sits in the stored texts: (document pk, start, end)."""
    places = []
    for index, document in enumerate(family):
        occurrence = (claim.passage.occurrence or 1) if index == 0 else 1
        span = locate(claim.passage.quote, document.text, occurrence)
        if span is not None:
            places.append((document.pk, *span))
    return places


def pair_claims(
    judge: ClaimJudge, stored: list[StoredClaim], family: list[StoredDocument]
) -> dict[int, tuple[StoredClaim, int]]:
    """Return, per gold claim index, its stored claim and the level the pair reaches."""
    candidates = []
    for index, claim in enumerate(judge.gold.claims):
        places = quote_places(claim, family)
        for number, row in enumerate(stored):
            overlap = max((row.span.overlap(*place) for place in places), default=0)
            if overlap:
                candidates.append((judge.level(claim, row), overlap, index, number))
    pairs, used = {}, set()
    for rank, _, index, number in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2], c[3])):
        if index not in pairs and number not in used:
            pairs[index] = (stored[number], rank)
            used.add(number)
    return pairs
