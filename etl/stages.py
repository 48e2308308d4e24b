"""The load stages every run uses, in order; later parts of the loader append theirs here."""

from etl.evidence_stage import EvidenceStage
from etl.load import CommentStage, DocumentStage, Stage


def default_stages() -> list[Stage]:
    """Return fresh instances of the stages a run applies to each file, in order."""
    return [DocumentStage(), CommentStage(), EvidenceStage()]
