"""Extraction: mentions, relations, events and claims from one cleaned document (pure)."""

from .document import extract_document, extract_evidence

__all__ = ["extract_document", "extract_evidence"]
