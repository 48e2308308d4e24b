"""Resolve: fold the reports of one event within a document, match events across documents.

Pure functions over records and facts; the load step reads the candidates from the database,
`match_event` decides, the load step writes.
"""

from .facts import EventFacts, build_facts, facts_of, family_types
from .fold import combine, merge_document_events, resolve_evidence
from .match import Candidate, match_event
from .score import event_score, same_event

__all__ = [
    "Candidate",
    "EventFacts",
    "build_facts",
    "combine",
    "event_score",
    "facts_of",
    "family_types",
    "match_event",
    "merge_document_events",
    "resolve_evidence",
    "same_event",
]
