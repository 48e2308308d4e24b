"""Admin bases shared by every app, and the tombstone and duplicate dismissal admins."""

from .actions import REVIEW_ACTIONS
from .bases import CuratedAdmin, EntityAdmin, LinkedRowsMixin, SourcedAdmin
from .columns import EvidenceColumns
from .dismissals import DuplicateDismissalAdmin
from .displays import render_passages
from .inlines import CuratedInline, ReadOnlyInline, SourcedInline
from .merge import MergeMixin
from .tombstones import TombstoneAdmin

__all__ = [
    "CuratedAdmin",
    "DuplicateDismissalAdmin",
    "CuratedInline",
    "EntityAdmin",
    "EvidenceColumns",
    "LinkedRowsMixin",
    "MergeMixin",
    "REVIEW_ACTIONS",
    "ReadOnlyInline",
    "SourcedAdmin",
    "SourcedInline",
    "TombstoneAdmin",
    "render_passages",
]
