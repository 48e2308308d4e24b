"""Score claims at three levels: span; span + subject and object; span + subject, object, stance.

The stored claims of a document are those in its own text (the file's document or its
dossier rows, not inside a comment). Pairs and their levels: see claimmatch. Precision at a
level: pairs at that level or above over stored claims; recall: the same pairs over gold
claims. Stance, predicate and claimant accuracies are over all pairs (level 1 and above).
"""

from .claimmatch import ClaimJudge, pair_claims
from .corpus import Annotated
from .eventmatch import EventMatch, match_events
from .gold import GoldClaim, GoldDocument
from .locate import trim
from .scores import PRF, Finding, KindResult, Share, one_to_one
from .snapshot import Snapshot, StoredClaim

LEVELS = ("span", "span_subject_object", "span_subject_object_stance")


def document_claims(file_id: str, snapshot: Snapshot) -> list[StoredClaim]:
    """Return the claims stored in a file's own text (document and rows, outside comments)."""
    documents = {document.pk for document in snapshot.family(file_id)}
    return [
        claim
        for claim in snapshot.claims
        if claim.span.document in documents and not snapshot.in_comment(claim.span)
    ]


def score_claims(
    annotated: list[Annotated], snapshot: Snapshot, match: EventMatch | None = None
) -> KindResult:
    """Return the claim figures of the annotated documents."""
    match = match or match_events(annotated, snapshot)
    levels = [PRF() for _ in LEVELS]
    stance, predicate, claimant = Share(), Share(), Share()
    findings = []
    for item in annotated:
        gold, family = item.gold, snapshot.family(item.gold.id)
        judge = ClaimJudge(gold, snapshot, match)
        stored = document_claims(gold.id, snapshot)
        pairs = pair_claims(judge, stored, family)
        for rank in range(len(LEVELS)):
            reached = sum(level > rank for _, level in pairs.values())
            levels[rank] += one_to_one(reached, len(stored), len(gold.claims))
        author = family[0].author if family else ""
        for index, (row, _) in pairs.items():
            claim = gold.claims[index]
            stance = stance.add(row.stance == claim.stance)
            predicate = predicate.add(row.predicate == claim.predicate)
            claimant = claimant.add(judge.claimant_right(claim.claimant, row, author))
        findings += _findings(gold, stored, pairs, snapshot)
    figures = {}
    for name, counts in zip(LEVELS, levels, strict=True):
        figures.update(counts.figures(f"claims.{name}"))
    figures["claims.stance.accuracy"] = stance.value
    figures["claims.predicate.accuracy"] = predicate.value
    figures["claims.claimant.accuracy"] = claimant.value
    counts = {"claims.gold": levels[0].gold, "claims.stored": levels[0].stored}
    return KindResult(figures=figures, counts=counts, findings=findings)


def _stored_text(claim: StoredClaim, snapshot: Snapshot) -> str:
    subject = snapshot.actors.get(claim.subject)
    target = snapshot.actors.get(claim.object_actor) if claim.object_actor else None
    thing = target.name if target else claim.object_text
    if not thing:
        thing = f"an event ({claim.object_event})" if claim.object_event else "?"
    return f"{subject.name if subject else '?'} {claim.predicate} {thing} ({claim.stance})"


def _gold_text(gold: GoldDocument, claim: GoldClaim) -> str:
    subject = gold.actor(claim.subject)
    target = gold.actor(claim.object.actor) if claim.object.actor else None
    thing = target.name if target else claim.object.text or f"event {claim.object.event}"
    name = subject.name if subject else claim.subject
    return f"{name} {claim.predicate} {thing} ({claim.stance})"


def _findings(gold: GoldDocument, stored, pairs, snapshot: Snapshot) -> list[Finding]:
    findings = []
    for index, claim in enumerate(gold.claims):
        quote = trim(claim.passage.quote)
        if index not in pairs:
            findings.append(Finding(gold.id, "miss", _gold_text(gold, claim), quote))
        elif pairs[index][1] < len(LEVELS):
            stored_text = _stored_text(pairs[index][0], snapshot)
            what = f"{_gold_text(gold, claim)}; stored {stored_text}"
            findings.append(Finding(gold.id, "wrong", what, quote))
    used = {row.pk for row, _ in pairs.values()}
    findings += [
        Finding(gold.id, "invention", _stored_text(row, snapshot), trim(row.span.quote))
        for row in stored
        if row.pk not in used
    ]
    return findings
