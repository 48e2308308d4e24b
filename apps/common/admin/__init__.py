"""Admin bases shared by every app, and the tombstone admin."""

from .actions import REVIEW_ACTIONS
from .bases import CuratedAdmin, EntityAdmin, LinkedRowsMixin, SourcedAdmin
from .displays import render_passages
from .inlines import CuratedInline, ReadOnlyInline, SourcedInline
from .merge import MergeMixin
from .tombstones import TombstoneAdmin

__all__ = [
    "CuratedAdmin",
    "CuratedInline",
    "EntityAdmin",
    "LinkedRowsMixin",
    "MergeMixin",
    "REVIEW_ACTIONS",
    "ReadOnlyInline",
    "SourcedAdmin",
    "SourcedInline",
    "TombstoneAdmin",
    "render_passages",
]
