"""ETL records: frozen dataclasses passed between stages (never ORM models, never dicts)."""

from .documents import (
    CommentRecord,
    DocumentRecord,
    PartialDate,
    Problem,
    SourceFile,
    Span,
)

__all__ = [
    "CommentRecord",
    "DocumentRecord",
    "PartialDate",
    "Problem",
    "SourceFile",
    "Span",
]
