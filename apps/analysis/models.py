"""Actor links: the network's edges, counted once and kept current by the database."""

from django.db import models

from apps.common.models import choices_check


class LinkKind(models.TextChoices):
    CLAIM = "claim", "Claims of one proposition (subject -> object)"
    CLAIMANT = "claimant", "Claims a claimant makes about a party"
    RELATION = "relation", "Stated relations of one predicate"
    EVENT = "event", "Events both take part in (source id < target id)"


class ActorLink(models.Model):
    """How much visible evidence links two actors in one way; derived, never edited.

    Triggers on claims, relations and event participants (apps/analysis/links.sql) update the
    counts in the same statement as the rows they count, so every writer (loader, admin,
    merges, raw SQL) keeps them current; services.actor_link_rebuild() recomputes them from
    scratch and tests hold the two equal.
    """

    kind = models.CharField(max_length=16, choices=LinkKind.choices)
    source = models.ForeignKey(
        "actors.Actor",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        related_name="+",
    )
    predicate = models.CharField(max_length=24, blank=True)
    target = models.ForeignKey(
        "actors.Actor",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        related_name="+",
    )
    weight = models.IntegerField(help_text="Visible claims, relations or shared events.")
    asserts = models.IntegerField(default=0)
    denies = models.IntegerField(default=0)
    disputes = models.IntegerField(default=0)
    uncertain = models.IntegerField(default=0)

    class Meta:
        ordering = ["kind", "source_id", "predicate", "target_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "source", "predicate", "target"],
                name="analysis_actorlink_unique_kind_source_predicate_target",
            ),
            choices_check("kind", LinkKind),
        ]
        indexes = [
            models.Index(fields=["source", "target"], name="analysis_link_source_target"),
            models.Index(fields=["target", "source"], name="analysis_link_target_source"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.source_id} {self.predicate} {self.target_id} ({self.weight})"
