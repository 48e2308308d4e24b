"""ETL records: frozen dataclasses passed between stages (never ORM models, never dicts)."""

from .documents import (
    CommentRecord,
    DocumentRecord,
    PartialDate,
    Problem,
    SourceFile,
    Span,
)
from .evidence import (
    ClaimRecord,
    DateRecord,
    EntityRef,
    EventRecord,
    EventWeaponRecord,
    EvidenceRecord,
    MentionRecord,
    NewActorRecord,
    ParticipantRecord,
    RelationRecord,
)
from .reference import ReferenceAlias, ReferenceData, ReferenceEntity

__all__ = [
    "ClaimRecord",
    "CommentRecord",
    "DateRecord",
    "DocumentRecord",
    "EntityRef",
    "EventRecord",
    "EventWeaponRecord",
    "EvidenceRecord",
    "MentionRecord",
    "NewActorRecord",
    "ParticipantRecord",
    "PartialDate",
    "Problem",
    "ReferenceAlias",
    "ReferenceData",
    "ReferenceEntity",
    "RelationRecord",
    "SourceFile",
    "Span",
]
