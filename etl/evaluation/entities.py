"""Score actors and weapons, document by document.

The stored entities of a document are those with a mention in its own text: the file's
document or its dossier rows (a dossier's rows count as the dossier), not inside a comment.
A gold entity and a stored one match when a name or alias of the stored entity equals the
gold name or one of its surface forms after the loader's own name normalisation
(`apps.common.text.normalize_name`). Matching is one-to-one (a largest matching), so two
stored actors for one gold actor leave one of them an invention. Kind (actors) or category
(weapons) is an accuracy over matched pairs.
"""

from apps.common.text import normalize_name

from .corpus import Annotated
from .gold import GoldEntity
from .locate import trim
from .scores import Finding, KindResult, Share, max_matching, one_to_one
from .snapshot import Snapshot, StoredEntity, StoredMention


def gold_keys(entity: GoldEntity) -> frozenset[str]:
    """Return the normalised names a gold entity may be stored under."""
    return frozenset(normalize_name(name) for name in entity.names) - {""}


def document_entities(
    file_id: str,
    snapshot: Snapshot,
    entities: dict[int, StoredEntity],
    mentions: list[StoredMention],
) -> dict[int, StoredMention]:
    """Return the entities mentioned in a file's own text, each with its first mention."""
    documents = {document.pk for document in snapshot.family(file_id)}
    first: dict[int, StoredMention] = {}
    for mention in mentions:
        if mention.span.document not in documents or mention.in_comment:
            continue
        if snapshot.in_comment(mention.span) or mention.entity not in entities:
            continue
        first.setdefault(mention.entity, mention)
    return first


def match_entities(
    gold: tuple[GoldEntity, ...], stored: list[StoredEntity]
) -> dict[str, StoredEntity]:
    """Return the stored entity of each matched gold entity, by gold id."""
    keys = {entity.id: gold_keys(entity) for entity in gold}
    by_pk = {entity.pk: entity for entity in stored}

    def candidates(gold_id: str) -> list[int]:
        return [entity.pk for entity in stored if entity.keys & keys[gold_id]]

    return {gold_id: by_pk[pk] for gold_id, pk in max_matching(list(keys), candidates).items()}


def score_entities(annotated: list[Annotated], snapshot: Snapshot, kind: str) -> KindResult:
    """Return the figures of `kind` ('actors' or 'weapons') over the annotated documents."""
    entities = snapshot.actors if kind == "actors" else snapshot.weapons
    mentions = snapshot.actor_mentions if kind == "actors" else snapshot.weapon_mentions
    label = "kind" if kind == "actors" else "category"
    found, kinds, findings = one_to_one(0, 0, 0), Share(), []
    for item in annotated:
        gold = item.gold.actors if kind == "actors" else item.gold.weapons
        first = document_entities(item.gold.id, snapshot, entities, mentions)
        stored = [entities[pk] for pk in first]
        matched = match_entities(gold, stored)
        found += one_to_one(len(matched), len(stored), len(gold))
        for entity in gold:
            if entity.id in matched:
                kinds = kinds.add(matched[entity.id].kind == entity.kind)
        findings += _findings(item.gold.id, gold, matched, first, snapshot, label)
    figures = {**found.figures(f"{kind}.found"), f"{kind}.{label}.accuracy": kinds.value}
    counts = {f"{kind}.gold": found.gold, f"{kind}.stored": found.stored}
    return KindResult(figures=figures, counts=counts, findings=findings)


def _findings(doc_id, gold, matched, first, snapshot: Snapshot, label: str) -> list[Finding]:
    findings = []
    for entity in gold:
        stored = matched.get(entity.id)
        if stored is None:
            what = f"{entity.name} ({entity.kind})"
            findings.append(Finding(doc_id, "miss", what, ", ".join(entity.surface)))
        elif stored.kind != entity.kind:
            what = f"{entity.name}: {label} {entity.kind}, stored {stored.kind}"
            findings.append(Finding(doc_id, "wrong", what))
    used = {entity.pk for entity in matched.values()}
    entities = snapshot.actors if label == "kind" else snapshot.weapons
    return findings + [
        Finding(
            doc_id,
            "invention",
            f"{entities[pk].name} ({entities[pk].kind})",
            _around(mention, snapshot),
        )
        for pk, mention in first.items()
        if pk not in used
    ]


def _around(mention: StoredMention, snapshot: Snapshot, width: int = 40) -> str:
    """Return the mention with some of the text around it, for --explain."""
    text = snapshot.documents[mention.span.document].text
    start, end = mention.span.start, mention.span.end
    return trim(text[max(0, start - width) : end + width], limit=2 * width + end - start)
