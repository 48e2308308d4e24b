"""Reader comments (and pingbacks) under a document, in thread order."""

from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import F, Q

from apps.common.models import CuratedModel, SpanModel, choices_check, updated_index
from apps.common.search import search_vector_field


class CommentKind(models.TextChoices):
    COMMENT = "comment", "Comment"
    PINGBACK = "pingback", "Pingback or trackback"


class PostedPrecision(models.TextChoices):
    MINUTE = "minute", "Date and clock time"
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class Comment(CuratedModel, SpanModel):
    """One reader comment; its span covers the whole comment in the document's text."""

    document = models.ForeignKey(
        "documents.Document", on_delete=models.CASCADE, related_name="comments"
    )
    position = models.PositiveIntegerField(help_text="Order in the thread, from 1.")
    kind = models.CharField(max_length=16, choices=CommentKind.choices, default="comment")
    author = models.CharField(
        max_length=255,
        blank=True,
        help_text="The commenter's name exactly as written; for a pingback, the linking post.",
    )
    title = models.CharField(
        max_length=500,
        blank=True,
        help_text="For a pingback: the linking site ('The Fourth Rail').",
    )
    body = models.TextField(help_text="The comment's text without its header line or indentation.")
    posted_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the comment was posted, as printed; read with posted_precision (a date "
        "printed without a clock time is stored at midnight).",
    )
    posted_precision = models.CharField(
        max_length=8,
        blank=True,
        choices=PostedPrecision.choices,
        help_text="How much of posted_at the page printed: minute, day, month or year; blank "
        "when no timestamp was printed or it could not be resolved ('3 years ago').",
    )
    posted_text = models.CharField(
        max_length=255, blank=True, help_text="The comment's timestamp as printed."
    )
    reply_to = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replies",
        help_text="The earlier comment this one answers.",
    )
    addressed_to = models.CharField(
        max_length=255,
        blank=True,
        help_text="Name the comment addresses, as written ('CharlesC', 'Hoax Meister').",
    )
    reply_cue = models.CharField(
        max_length=500,
        blank=True,
        help_text="The text that shows it is a reply ('CharlesC @ 4:55 PM', a quoted passage).",
    )
    search_vector = search_vector_field(("author", "A"), ("body", "B"))

    class Meta:
        ordering = ["document_id", "position", "id"]
        constraints = (
            CuratedModel.Meta.constraints
            + SpanModel.Meta.constraints
            + [
                choices_check("kind", CommentKind),
                models.CheckConstraint(
                    condition=Q(posted_precision__in=["", *PostedPrecision.values]),
                    name="comments_comment_posted_precision_valid",
                ),
                models.CheckConstraint(
                    condition=Q(posted_at__isnull=True, posted_precision="")
                    | (Q(posted_at__isnull=False) & ~Q(posted_precision="")),
                    name="comments_comment_posted_has_precision",
                ),
                models.CheckConstraint(
                    condition=Q(position__gte=1), name="comments_comment_position_from_1"
                ),
                models.CheckConstraint(
                    condition=~Q(reply_to=F("id")), name="comments_comment_not_own_reply"
                ),
            ]
        )
        indexes = CuratedModel.Meta.indexes + [
            updated_index("comments_updated"),
            models.Index(fields=["document", "position"], name="comments_document_position"),
            models.Index(fields=["author"], name="comments_author"),
            GinIndex(fields=["search_vector"], name="comments_search"),
        ]

    def __str__(self) -> str:
        return f"#{self.position} {self.author}"
