"""Abstract base models shared by every app: timestamps, curation, provenance, entities."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length
from simple_history.models import HistoricalRecords

from .text import normalize_name


def choices_check(field: str, choices: type[models.TextChoices]) -> models.CheckConstraint:
    """Return a DB check that keeps `field` inside its choices (Django only checks in forms)."""
    return models.CheckConstraint(
        condition=Q(**{f"{field}__in": choices.values}),
        name=f"%(app_label)s_%(class)s_{field}_valid",
    )


class ReviewStatus(models.TextChoices):
    UNREVIEWED = "unreviewed", "Unreviewed"
    CONFIRMED = "confirmed", "Confirmed"
    REJECTED = "rejected", "Rejected"


class DatePrecision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"


class Origin(models.TextChoices):
    REFERENCE = "reference", "Reference list"
    EXTRACTED = "extracted", "Extracted from a document"
    CURATOR = "curator", "Added by a curator"


class TimestampedModel(models.Model):
    """Abstract: creation and last-change times."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class CuratedModel(TimestampedModel):
    """Abstract: a row the loader writes and curators review, lock and reject."""

    key = models.CharField(
        max_length=255,
        blank=True,
        default="",
        help_text="The loader's stable fingerprint of this row; a re-load finds the row by it. "
        "Blank for rows a curator added.",
    )
    review_status = models.CharField(
        max_length=16, choices=ReviewStatus.choices, default=ReviewStatus.UNREVIEWED
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The curator who last set the review status.",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(blank=True, help_text="The curator's note on this row.")
    locked_fields = ArrayField(
        models.CharField(max_length=64),
        default=list,
        blank=True,
        help_text="Fields a curator edited; the loader never overwrites them.",
    )
    is_stale = models.BooleanField(
        default=False,
        help_text="The loader no longer finds this row in its source (the file or the extraction "
        "rules changed since). Kept, never deleted; hidden from the API unless confirmed or "
        "asked for.",
    )
    history = HistoricalRecords(inherit=True, excluded_fields=["search_vector"])

    class Meta:
        abstract = True
        constraints = [
            models.UniqueConstraint(
                fields=["key"], condition=~Q(key=""), name="%(app_label)s_%(class)s_unique_key"
            ),
            choices_check("review_status", ReviewStatus),
        ]
        indexes = [models.Index(fields=["review_status"], name="%(app_label)s_%(class)s_status")]


class SpanModel(models.Model):
    """Abstract: a passage of a document's text, as offsets plus the exact quote."""

    span_start = models.PositiveIntegerField(
        help_text="Offset of the quote's first character in the document's cleaned text."
    )
    span_end = models.PositiveIntegerField(
        help_text="Offset just past the quote's last character (exclusive)."
    )
    quote = models.TextField(help_text="The exact passage: document.text[span_start:span_end].")

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(span_start__gte=0) & Q(span_start__lt=F("span_end")),
                name="%(app_label)s_%(class)s_span_ordered",
            ),
            models.CheckConstraint(
                condition=Q(span_end=F("span_start") + Length("quote")),
                name="%(app_label)s_%(class)s_quote_fits_span",
            ),
        ]


def rule_field() -> models.CharField:
    """Return the column naming the extraction rule that made a row (blank: a curator's row)."""
    return models.CharField(
        max_length=64,
        blank=True,
        default="",
        help_text="Id of the extraction rule that made this row (docs/extraction.md lists them); "
        "blank for rows a curator added.",
    )


def rule_index() -> models.Index:
    """Return the index on the rule column (precision per rule counts rows by it)."""
    return models.Index(fields=["rule"], name="%(app_label)s_%(class)s_rule")


class SourcedModel(CuratedModel, SpanModel):
    """Abstract: an extracted row with its provenance (document, offsets, quote)."""

    document = models.ForeignKey(
        "documents.Document",
        on_delete=models.CASCADE,
        related_name="%(class)ss",
        help_text="The document whose text the offsets refer to.",
    )
    rule = rule_field()

    class Meta:
        abstract = True
        constraints = CuratedModel.Meta.constraints + SpanModel.Meta.constraints
        indexes = CuratedModel.Meta.indexes + [rule_index()]


class EntityModel(CuratedModel):
    """Abstract: a named thing the corpus talks about (actor, weapon, place)."""

    name = models.CharField(max_length=255, help_text="Canonical name.")
    slug = models.SlugField(max_length=255, unique=True)
    description = models.TextField(blank=True)
    origin = models.CharField(
        max_length=16,
        choices=Origin.choices,
        default=Origin.CURATOR,
        help_text="Where the row came from: the reference lists, extraction, or a curator.",
    )

    class Meta:
        abstract = True
        ordering = ["name", "id"]
        constraints = CuratedModel.Meta.constraints + [choices_check("origin", Origin)]
        indexes = CuratedModel.Meta.indexes

    def __str__(self) -> str:
        return self.name


class AliasKind(models.TextChoices):
    NAME = "name", "Name or spelling variant"
    ABBREVIATION = "abbreviation", "Abbreviation"
    TRANSLITERATION = "transliteration", "Transliteration"
    SURNAME = "surname", "Surname"
    MERGED = "merged", "Name of a merged duplicate"


class AliasModel(CuratedModel):
    """Abstract: another name an entity goes by; `normalized` is what the loader matches."""

    name = models.CharField(max_length=255, help_text="The alias as written.")
    normalized = models.CharField(
        max_length=255,
        editable=False,
        help_text="Case-folded, punctuation- and hyphen-free form the loader matches on; "
        "computed from the name on save.",
    )
    kind = models.CharField(max_length=16, choices=AliasKind.choices, default=AliasKind.NAME)

    class Meta:
        abstract = True
        ordering = ["name", "id"]
        constraints = CuratedModel.Meta.constraints + [
            models.UniqueConstraint(
                fields=["normalized"], name="%(app_label)s_%(class)s_unique_normalized"
            ),
            choices_check("kind", AliasKind),
        ]
        indexes = CuratedModel.Meta.indexes

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        self.normalized = normalize_name(self.name)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "normalized"}
        super().save(*args, **kwargs)


class MentionModel(SourcedModel):
    """Abstract: one occurrence of an entity in a document (or in one of its comments)."""

    comment = models.ForeignKey(
        "comments.Comment",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="%(class)ss",
        help_text="Set when the mention is in a reader comment: a low-trust source.",
    )

    class Meta:
        abstract = True
        ordering = ["document_id", "span_start", "id"]
        constraints = SourcedModel.Meta.constraints
        indexes = SourcedModel.Meta.indexes

    def __str__(self) -> str:
        return f"{self.quote!r} in {self.document_id}@{self.span_start}"


class Tombstone(TimestampedModel):
    """A loader-made row a curator deleted; the loader never brings it back."""

    model = models.CharField(max_length=100, help_text="app_label.ModelName of the deleted row.")
    key = models.CharField(max_length=255, help_text="The deleted row's loader key.")
    label = models.CharField(max_length=255, blank=True, help_text="What the row showed as.")
    reason = models.CharField(
        max_length=255,
        blank=True,
        help_text="Why the row went: empty for a plain deletion, or the merge that removed it.",
    )
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["model", "key"], name="common_tombstone_unique_model_key"
            )
        ]

    def __str__(self) -> str:
        return f"{self.model} {self.key}"


class DuplicateDismissal(TimestampedModel):
    """Two rows a curator judged not to be duplicates: never suggested as a pair again.

    Rows are named by natural key (the loader's key, else the slug, else "#id"), so the
    decision survives re-loads, which keep keys but may not keep ids.
    """

    model = models.CharField(max_length=100, help_text="app_label.ModelName of both rows.")
    first_key = models.CharField(max_length=255, help_text="Natural key of one row.")
    second_key = models.CharField(
        max_length=255, help_text="Natural key of the other row (sorts after the first)."
    )
    label = models.CharField(
        max_length=500, blank=True, help_text="The pair as the curator saw it."
    )
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["model", "first_key", "second_key"],
                name="common_duplicatedismissal_unique_model_first_key_second_key",
            ),
            models.CheckConstraint(
                condition=Q(first_key__lt=F("second_key")),
                name="common_duplicatedismissal_keys_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.label or f"{self.model} {self.first_key} / {self.second_key}"
