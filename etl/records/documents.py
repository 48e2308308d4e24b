"""Records of the loader's first half: files, decoded documents, dossier rows, comments."""

from dataclasses import dataclass, field
from datetime import date, datetime, time

# (start, end) character offsets into the text of the DocumentRecord that holds the record;
# text[start:end] is the record's quote.
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to a precision: a month-precise date is stored as the 1st of the month."""

    value: date
    precision: str  # "day" | "month" | "year" (apps.common.models.DatePrecision values)
    text: str  # as written in the source
    clock: time | None = None  # the time of day when printed with the date ("4:55 pm")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with an input: the file, the field or record, and why."""

    source: str  # file path as given by the operator
    message: str
    field: str = ""
    severity: str = "error"  # "error": the file was not loaded; "warning": loaded, with a caveat


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file read from disk and decoded; nothing parsed yet."""

    path: str  # as given or found, for messages
    relative_path: str  # relative to the seeds folder when inside it: the document's identity
    sha256: str
    encoding: str
    raw_text: str
    repairs: tuple[str, ...] = ()  # e.g. ("cp1252-fallback", "mojibake")
    warning: str = ""  # what the operator should know about the decoding (a fallback)


@dataclass(frozen=True, slots=True)
class CommentRecord:
    """One reader comment or pingback, in thread order."""

    key: str
    position: int  # from 1
    kind: str  # "comment" | "pingback"
    author: str  # exactly as written
    body: str  # without header line and indentation
    span: Span  # the whole comment in the document's text
    title: str = ""  # for pingbacks: the linking site
    posted_at: datetime | None = None
    posted_text: str = ""
    posted_precision: str = ""  # "minute" | "day" | "month" | "year"; "" without posted_at
    reply_to_position: int | None = None
    addressed_to: str = ""
    reply_cue: str = ""
    body_spans: tuple[Span, ...] = ()  # the body's lines in the document's text, in order


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A cleaned, segmented document: a loaded file or one reconstructed dossier row.

    `text` is the cleaned text every span refers to; `body_spans` are the paragraphs of the
    article body (boilerplate, captions, bylines and comments excluded), in order.
    """

    key: str
    kind: str  # apps.documents.models.DocumentKind value
    text: str
    raw_text: str = ""
    title: str = ""
    author: str = ""
    byline: str = ""
    publisher: str = ""
    url: str = ""
    published: PartialDate | None = None
    source_file: str = ""
    sha256: str = ""
    encoding: str = ""
    repairs: tuple[str, ...] = ()
    position: int | None = None  # for dossier rows: order in the dossier, from 1
    source_span: Span | None = None  # for dossier rows: the lines of the parent's text it came from
    body_spans: tuple[Span, ...] = ()
    comments: tuple[CommentRecord, ...] = ()
    rows: tuple["DocumentRecord", ...] = field(default_factory=tuple)
    warnings: tuple[str, ...] = ()  # what the loader should report (a thread it cannot read)

    @property
    def body(self) -> str:
        """The article body for reading: its paragraphs joined by blank lines."""
        return "\n\n".join(self.text[start:end] for start, end in self.body_spans)
