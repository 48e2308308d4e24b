"""Documents: the loaded files, and the dossier rows reconstructed from them."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import F, Q

from apps.common.models import CuratedModel, DatePrecision, choices_check, updated_index
from apps.common.search import search_vector_field


class DocumentKind(models.TextChoices):
    BLOG_POST = "blog_post", "Blog post"
    DOSSIER = "dossier", "Dossier"
    REPORT = "report", "Report"
    NEWS_ARTICLE = "news_article", "News article"
    PRESS_RELEASE = "press_release", "Press release"
    TRANSCRIPT = "transcript", "Transcript"
    EXCERPT = "excerpt", "Excerpt"
    OTHER = "other", "Other"


class Document(CuratedModel):
    """A source text: a loaded file, or a row of a dossier table (a child of the dossier)."""

    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="rows",
        help_text="The dossier this document is a row of; empty for loaded files.",
    )
    position = models.PositiveIntegerField(
        null=True, blank=True, help_text="Order of a dossier row inside its dossier (from 1)."
    )
    kind = models.CharField(max_length=16, choices=DocumentKind.choices, default="other")
    title = models.CharField(max_length=500, blank=True)
    author = models.CharField(max_length=255, blank=True, help_text="Author's name as written.")
    byline = models.TextField(
        blank=True, help_text="The author line as printed, e.g. 'Bill Roggio is a Senior Fellow…'."
    )
    publisher = models.CharField(
        max_length=255, blank=True, help_text="Site, outlet or institution that published it."
    )
    url = models.URLField(max_length=1000, blank=True)
    published_on = models.DateField(
        null=True,
        blank=True,
        help_text="Publication date; read with published_precision (a month-precise date is "
        "stored as the first of the month).",
    )
    published_precision = models.CharField(
        max_length=8, choices=DatePrecision.choices, blank=True, default=""
    )
    published_text = models.CharField(
        max_length=255, blank=True, help_text="The publication date as printed."
    )
    source_file = models.CharField(
        max_length=1000, blank=True, help_text="Path of the loaded file, relative to the seeds."
    )
    sha256 = models.CharField(
        max_length=64,
        blank=True,
        help_text="SHA-256 of the raw file bytes (of the row text for rows).",
    )
    encoding = models.CharField(
        max_length=32, blank=True, help_text="Encoding the raw bytes were decoded with."
    )
    repairs = ArrayField(
        models.CharField(max_length=64),
        default=list,
        blank=True,
        help_text="Text repairs applied while cleaning (e.g. 'mojibake', 'cp1252-fallback').",
    )
    raw_text = models.TextField(blank=True, help_text="The decoded file exactly as read.")
    text = models.TextField(
        blank=True, help_text="Cleaned text; every offset stored for this document refers to it."
    )
    body = models.TextField(
        blank=True, help_text="The article body without boilerplate or comments, for reading."
    )
    search_vector = search_vector_field(("title", "A"), ("body", "B"))

    class Meta:
        ordering = ["published_on", "id"]
        constraints = CuratedModel.Meta.constraints + [
            choices_check("kind", DocumentKind),
            models.CheckConstraint(
                condition=Q(published_precision__in=["", *DatePrecision.values]),
                name="documents_document_published_precision_valid",
            ),
            models.CheckConstraint(
                condition=Q(published_on__isnull=True) | ~Q(published_precision=""),
                name="documents_document_published_has_precision",
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("id")), name="documents_document_not_own_parent"
            ),
        ]
        indexes = CuratedModel.Meta.indexes + [
            updated_index("documents_updated"),
            models.Index(fields=["kind"], name="documents_kind"),
            models.Index(fields=["published_on"], name="documents_published_on"),
            models.Index(fields=["publisher"], name="documents_publisher"),
            models.Index(fields=["parent", "position"], name="documents_parent_position"),
            GinIndex(fields=["search_vector"], name="documents_search"),
        ]

    def __str__(self) -> str:
        return self.title or self.source_file or f"Document {self.pk}"
