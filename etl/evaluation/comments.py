"""Score comment threads: count, comments found, authors, reply targets, kinds.

Per annotated document:
- a gold comment is found by a stored comment of the document whose span contains the gold
  quote (located in the stored text); one stored comment stands for at most one gold comment;
  stored comments found by none are inventions (widget text stored as a comment shows here);
- author: a found pair is right when both names are equal after whitespace normalisation
  (precision over stored comments with an author, recall over gold comments);
- reply target: over pairs (comment, the comment it answers), the stored pairs read through
  the gold numbers of found comments (a reply from or to an invented comment is wrong);
- kind (comment / pingback): accuracy over found pairs;
- thread count: accuracy over documents where the gold or the loader has a thread, right when
  the numbers of comments are equal.
"""

import re
from dataclasses import dataclass

from .corpus import Annotated
from .gold import GoldComment
from .locate import locate, trim
from .scores import PRF, Finding, KindResult, Share, max_matching, one_to_one
from .snapshot import Snapshot, StoredComment, StoredDocument

_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class _Totals:
    found: PRF = PRF()
    author: PRF = PRF()
    reply: PRF = PRF()
    kind: Share = Share()
    threads: Share = Share()


def same_author(gold: str, stored: str) -> bool:
    return _SPACES.sub(" ", gold).strip() == _SPACES.sub(" ", stored).strip()


def _author_right(comment: GoldComment, found: dict[int, StoredComment]) -> bool:
    stored = found.get(comment.n)
    return (
        stored is not None
        and bool(stored.author.strip())
        and same_author(comment.author, stored.author)
    )


def match_comments(
    gold: tuple[GoldComment, ...], stored: list[StoredComment], document: StoredDocument | None
) -> dict[int, StoredComment]:
    """Return the stored comment of each found gold comment, by gold n."""
    if document is None:
        return {}
    spans = {}
    for comment in gold:
        passage = comment.passage
        spans[comment.n] = locate(passage.quote, document.text, passage.occurrence or 1)
    by_pk = {comment.pk: comment for comment in stored}

    def candidates(n: int) -> list[int]:
        span = spans[n]
        if span is None:
            return []
        return [c.pk for c in stored if c.span.contains(document.pk, *span)]

    matching = max_matching([comment.n for comment in gold], candidates)
    return {n: by_pk[pk] for n, pk in matching.items()}


def _score_document(item: Annotated, snapshot: Snapshot, totals: _Totals, findings: list) -> None:
    gold = item.gold
    family = snapshot.family(gold.id)
    document = family[0] if family else None
    stored = [c for c in snapshot.comments if document and c.span.document == document.pk]
    found = match_comments(gold.comments, stored, document)
    totals.found += one_to_one(len(found), len(stored), len(gold.comments))
    if gold.comments or stored:
        totals.threads = totals.threads.add(len(gold.comments) == len(stored))
    authors_right = sum(_author_right(c, found) for c in gold.comments)
    with_author = sum(bool(c.author.strip()) for c in stored)
    totals.author += PRF(authors_right, with_author, authors_right, len(gold.comments))
    gold_pairs = {(c.n, c.reply_to) for c in gold.comments if c.reply_to is not None}
    # A stored comment found by no gold comment shows as its stored position.
    label = {c.pk: f"stored #{c.position}" for c in stored}
    label |= {stored_comment.pk: n for n, stored_comment in found.items()}
    stored_pairs = {(label[c.pk], label.get(c.reply_to, "?")) for c in stored if c.reply_to}
    right = len(gold_pairs & stored_pairs)
    totals.reply += PRF(right, len(stored_pairs), right, len(gold_pairs))
    for comment in gold.comments:
        if comment.n in found:
            totals.kind = totals.kind.add(found[comment.n].kind == comment.kind)
    findings.extend(_findings(gold.id, gold.comments, found, stored, gold_pairs, stored_pairs))


def _findings(doc_id, gold, found, stored, gold_pairs, stored_pairs) -> list[Finding]:
    findings = [
        Finding(doc_id, "miss", f"comment {c.n} by {c.author}", trim(c.passage.quote))
        for c in gold
        if c.n not in found
    ]
    matched = {stored_comment.pk for stored_comment in found.values()}
    findings += [
        Finding(
            doc_id,
            "invention",
            f"comment #{c.position} by {c.author or '(no author)'}",
            trim(c.span.quote),
        )
        for c in stored
        if c.pk not in matched
    ]
    findings += [
        Finding(
            doc_id, "wrong", f"comment {c.n}: author {c.author!r}, stored {found[c.n].author!r}"
        )
        for c in gold
        if c.n in found and not _author_right(c, found)
    ]
    findings += [
        Finding(doc_id, "miss", f"reply: comment {n} answers {target}")
        for n, target in sorted(gold_pairs - stored_pairs)
    ]
    findings += [
        Finding(doc_id, "invention", f"reply: comment {n} answers {target}")
        for n, target in sorted(stored_pairs - gold_pairs, key=str)
    ]
    return findings


def score_comments(annotated: list[Annotated], snapshot: Snapshot) -> KindResult:
    """Return the comment figures of the annotated documents."""
    totals, findings = _Totals(), []
    for item in annotated:
        _score_document(item, snapshot, totals, findings)
    figures = {
        "comments.threads.accuracy": totals.threads.value,
        **totals.found.figures("comments.found"),
        **totals.author.figures("comments.author"),
        **totals.reply.figures("comments.reply"),
        "comments.kind.accuracy": totals.kind.value,
    }
    counts = {"comments.gold": totals.found.gold, "comments.stored": totals.found.stored}
    return KindResult(figures=figures, counts=counts, findings=findings)
