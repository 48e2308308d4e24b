"""Claims: who asserts (or denies) what about whom, quoted from a document."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Q

from apps.common.models import DatePrecision, SourcedModel, TimestampedModel, choices_check
from apps.common.search import search_vector_field
from apps.common.text import normalize_name


class Predicate(models.TextChoices):
    SUPPORTS = "supports", "supports"
    FUNDS = "funds", "funds"
    ARMS = "arms", "arms"
    TRAINS = "trains", "trains"
    DIRECTS = "directs", "directs"
    SHELTERS = "shelters", "shelters"
    COOPERATES_WITH = "cooperates_with", "cooperates with"
    COMMANDS = "commands", "commands"
    MEMBER_OF = "member_of", "is a member of"
    INFLUENCES = "influences", "influences"
    LINKED_TO = "linked_to", "is linked to"


class Stance(models.TextChoices):
    ASSERTS = "asserts", "asserts"
    DENIES = "denies", "denies"
    DISPUTES = "disputes", "disputes"
    UNCERTAIN = "uncertain", "is uncertain whether"


class ObjectKind(models.TextChoices):
    ACTOR = "actor", "an actor"
    EVENT = "event", "an event"
    THING = "thing", "a thing named in words"


class Claim(SourcedModel):
    """An assertion in a document: claimant says subject-predicate-object, with a stance.

    Claims sharing subject, predicate and object state one proposition; those with other
    stances are its counter-claims.
    """

    claimant = models.ForeignKey(
        "actors.Actor",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims_made",
        help_text="Who makes the claim, when it is a known actor.",
    )
    claimant_text = models.CharField(
        max_length=500,
        blank=True,
        help_text="The claimant as written ('an American intelligence official').",
    )
    relayed_by = models.CharField(
        max_length=255,
        blank=True,
        help_text="Who passes the claim on: the outlet or the document's author.",
    )
    relayer = models.ForeignKey(
        "actors.Actor",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims_relayed",
        help_text="Who passes the claim on, when a curator linked the relay text to an actor.",
    )
    subject = models.ForeignKey(
        "actors.Actor", on_delete=models.CASCADE, related_name="claims_as_subject"
    )
    predicate = models.CharField(max_length=24, choices=Predicate.choices)
    object = models.ForeignKey(
        "actors.Actor",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="claims_as_object",
        help_text="The other party, when an actor (the 'Y' of 'X supports Y').",
    )
    object_event = models.ForeignKey(
        "events.Event",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="claims_as_object",
        help_text="What the claim is about, when an event ('X was behind the January 20 attack').",
    )
    object_text = models.CharField(
        max_length=500,
        blank=True,
        help_text="What the claim is about, when neither an actor nor an event, as written "
        "('the explosives').",
    )
    stance = models.CharField(max_length=16, choices=Stance.choices, default="asserts")
    hedges = ArrayField(
        models.CharField(max_length=100),
        default=list,
        blank=True,
        help_text="Hedging words found in the quote ('allegedly', 'believed to').",
    )
    claim_date = models.DateField(
        null=True, blank=True, help_text="When the claim was made (the document's or row's date)."
    )
    claim_date_precision = models.CharField(
        max_length=8, choices=DatePrecision.choices, blank=True, default=""
    )
    event = models.ForeignKey(
        "events.Event",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims",
        help_text="The event the claim is about, if any.",
    )
    search_vector = search_vector_field(("quote", "A"), ("claimant_text", "B"))

    class Meta:
        ordering = ["claim_date", "id"]
        constraints = SourcedModel.Meta.constraints + [
            choices_check("predicate", Predicate),
            choices_check("stance", Stance),
            models.CheckConstraint(
                condition=Q(claim_date_precision__in=["", *DatePrecision.values]),
                name="claims_claim_claim_date_precision_valid",
            ),
            models.CheckConstraint(
                condition=(
                    Q(object__isnull=False) & Q(object_event__isnull=True) & Q(object_text="")
                )
                | (Q(object__isnull=True) & Q(object_event__isnull=False) & Q(object_text=""))
                | (Q(object__isnull=True) & Q(object_event__isnull=True) & ~Q(object_text="")),
                name="claims_claim_one_object",
            ),
        ]
        indexes = SourcedModel.Meta.indexes + [
            # A proposition's claims in id order: the network's evidence reads the first few.
            models.Index(
                fields=["subject", "predicate", "object", "id"], name="claims_proposition"
            ),
            models.Index(fields=["claimant", "id"], name="claims_claimant_order"),
            # The claims between two actors with what their summary and ranking read: an
            # index-only scan for each direction of the connection.
            models.Index(
                fields=["subject", "object"],
                include=[
                    "id",
                    "predicate",
                    "stance",
                    "claimant",
                    "claimant_text",
                    "claim_date",
                    "document",
                    "review_status",
                    "is_stale",
                ],
                name="claims_between",
            ),
            models.Index(fields=["stance"], name="claims_stance"),
            models.Index(fields=["claim_date"], name="claims_date"),
            GinIndex(fields=["search_vector"], name="claims_search"),
        ]

    def __str__(self) -> str:
        who = self.claimant_text or (str(self.claimant) if self.claimant_id else "someone")
        what = f"{self.subject} {self.get_predicate_display()} {self.object_label}"
        return f"{who} {self.stance}: {what}"

    @property
    def object_kind(self) -> str:
        """Return what the object is: an actor, an event or a thing."""
        if self.object_id is not None:
            return ObjectKind.ACTOR
        return ObjectKind.EVENT if self.object_event_id is not None else ObjectKind.THING

    @property
    def object_label(self) -> str:
        """Return the object as a curator reads it."""
        if self.object_id is not None:
            return str(self.object)
        return str(self.object_event) if self.object_event_id is not None else self.object_text


class LinkRole(models.TextChoices):
    CLAIMANT = "claimant", "claimant"
    RELAY = "relay", "relay (who passes the claim on)"


class ClaimantLink(TimestampedModel):
    """A curator's decision: claims whose claimant (or relay) text reads so name this actor.

    Linking sets the actor on every claim with that text, and the loader consults the links
    for the claims of later loads. Texts match on their normalized form, as aliases do.
    """

    role = models.CharField(max_length=16, choices=LinkRole.choices, default=LinkRole.CLAIMANT)
    text = models.CharField(max_length=500, help_text="The claimant or relay text as written.")
    normalized = models.CharField(
        max_length=500,
        editable=False,
        help_text="Case-folded, punctuation-free form of the text that claims match on; "
        "computed from the text on save.",
    )
    actor = models.ForeignKey(
        "actors.Actor", on_delete=models.CASCADE, related_name="claimant_links"
    )
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["role", "normalized", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["role", "normalized"], name="claims_claimantlink_unique_role_normalized"
            ),
            choices_check("role", LinkRole),
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()} “{self.text}” → {self.actor}"

    def save(self, *args, **kwargs) -> None:
        self.normalized = normalize_name(self.text)
        super().save(*args, **kwargs)
