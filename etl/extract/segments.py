"""Cut a document's body into segments (paragraphs, timeline entries) and sentences.

A paragraph that opens with a date and a colon or dash ("June 2007: ...", "Dec. 3, 2006 -
...") is a timeline entry: its date is the anchor of the relative dates inside it and the
date of the events it tells that give no date of their own.
"""

import re
from bisect import bisect_left

from etl import budget
from etl.records import DateRecord, DocumentRecord, MentionRecord, Span

from .dates import DateMention, anchor_from, find_dates
from .sentence import Sentence, build_sentence
from .text import paragraphs, sentences, trim
from .turns import find_turns, split_at_turns, turn_at

_LABEL_END = re.compile(r"\s*[:–—-]\s+")


def body_paragraphs(document: DocumentRecord) -> list[Span]:
    """Return the paragraphs of the article body (comments and boilerplate excluded)."""
    if document.body_spans:
        return [part for span in document.body_spans for part in paragraphs(document.text, *span)]
    comment_spans = [comment.span for comment in document.comments]
    return [
        span
        for span in paragraphs(document.text)
        if not any(start <= span[0] < end for start, end in comment_spans)
    ]


def document_sentences(
    document: DocumentRecord, spans: list[Span], mentions: list[MentionRecord]
) -> list[Sentence]:
    """Return every sentence of the body with its mentions, dates, segment, anchor and turn."""
    anchor = anchor_from(document.published)
    turns = find_turns(document.text, spans, mentions)
    # Mentions come sorted by span: each sentence takes its own slice, so a long document
    # (or a paragraph as long as a file) costs sentences x log(mentions).
    starts = [mention.span[0] for mention in mentions]
    found = []
    for number, span in enumerate(spans):
        budget.check()
        entry = timeline_label(document.text, span, anchor)
        local_anchor = entry.date if entry else anchor
        label_end = entry.span[1] if entry else span[0]
        dates = [
            mention
            for mention in find_dates(document.text, span, local_anchor)
            if mention.span[0] >= label_end
        ]
        parts = [
            piece
            for part in sentences(document.text, span)
            for cut in split_at_turns(part, turns)
            if (piece := trim(document.text, cut))
        ]
        date_starts = [date.span[0] for date in dates]
        for part in parts:
            turn = turn_at(part[0], turns)
            own = slice(bisect_left(starts, part[0]), bisect_left(starts, part[1]))
            own_dates = slice(bisect_left(date_starts, part[0]), bisect_left(date_starts, part[1]))
            found.append(
                build_sentence(
                    document.text,
                    part,
                    mentions[own],
                    dates[own_dates],
                    segment=f"{document.key}#p{number}",
                    anchor=local_anchor,
                    entry_date=entry.date if entry else None,
                    turn=turn.turn if turn else None,
                    content_start=turn.content if turn and turn.label[0] == part[0] else None,
                )
            )
    return found


def timeline_label(text: str, span: Span, anchor: DateRecord | None) -> DateMention | None:
    """Return the date opening a timeline entry ("June 2007:"), or None for a plain paragraph."""
    head = (span[0], min(span[1], span[0] + 40))
    found = find_dates(text, head, anchor)
    if not found or found[0].span[0] - span[0] > 3:
        return None
    label = found[0]
    if label.date.precision not in ("day", "month", "year") or label.date.start is None:
        return None
    if not _LABEL_END.match(text, label.span[1], span[1]):
        return None
    return label
