"""Actors: people, states, units and groups, with aliases, hierarchy, relations, mentions."""

from django.db import models
from django.db.models import F, Q

from apps.common.models import (
    AliasModel,
    EntityModel,
    MentionModel,
    SourcedModel,
    choices_check,
    rule_field,
    updated_index,
)


class ActorKind(models.TextChoices):
    PERSON = "person", "Person"
    STATE = "state", "State"
    GOVERNMENT_BODY = "government_body", "Government body"
    MILITARY_UNIT = "military_unit", "Military unit"
    INTELLIGENCE_SERVICE = "intelligence_service", "Intelligence service"
    ARMED_GROUP = "armed_group", "Armed group"
    POLITICAL_GROUP = "political_group", "Political group"
    ORGANIZATION = "organization", "Organization"
    MEDIA = "media", "Media outlet"
    GROUP = "group", "Group or collective"
    OTHER = "other", "Other"


class Actor(EntityModel):
    """Someone who acts or is acted on: a person, state, unit, network or organization."""

    kind = models.CharField(max_length=24, choices=ActorKind.choices, default="other")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The body this actor is part of (the Ramazan Corps is part of the Qods Force).",
    )
    country = models.ForeignKey(
        "places.Place",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="actors",
        help_text="Country the actor belongs to or is based in.",
    )
    title = models.CharField(
        max_length=255, blank=True, help_text="Rank or office as written ('Maj. Gen.')."
    )
    rule = rule_field()

    class Meta(EntityModel.Meta):
        constraints = EntityModel.Meta.constraints + [
            choices_check("kind", ActorKind),
            models.CheckConstraint(
                condition=~Q(parent=F("id")), name="actors_actor_not_own_parent"
            ),
        ]
        indexes = EntityModel.Meta.indexes + [
            models.Index(fields=["kind"], name="actors_kind"),
            models.Index(fields=["rule"], name="actors_actor_rule"),
            updated_index("actors_updated"),
        ]


class ActorAlias(AliasModel):
    """Another name or spelling of an actor (Quds Force, IRGC-QF, Qais Qazali)."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="aliases")

    class Meta(AliasModel.Meta):
        verbose_name_plural = "actor aliases"


class ActorMention(MentionModel):
    """An actor named in a document."""

    actor = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="mentions")

    class Meta(MentionModel.Meta):
        pass


class RelationType(models.TextChoices):
    MEMBER_OF = "member_of", "is a member of"
    PART_OF = "part_of", "is part of"
    COMMANDS = "commands", "commands"
    LEADS = "leads", "leads"
    PROXY_OF = "proxy_of", "is a proxy of"
    SUPPORTS = "supports", "supports"
    ADVISES = "advises", "advises"
    SPOKESPERSON_FOR = "spokesperson_for", "is a spokesperson for"
    AGENT_OF = "agent_of", "is an agent of"
    RELATED_TO = "related_to", "is related to"


class ActorRelation(SourcedModel):
    """A relation between two actors stated in a document ("X, the commander of Y")."""

    subject = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="relations_out")
    predicate = models.CharField(max_length=24, choices=RelationType.choices)
    object = models.ForeignKey(Actor, on_delete=models.CASCADE, related_name="relations_in")

    class Meta:
        ordering = ["subject_id", "predicate", "object_id", "id"]
        constraints = SourcedModel.Meta.constraints + [
            choices_check("predicate", RelationType),
            models.CheckConstraint(
                condition=~Q(subject=F("object")), name="actors_actorrelation_distinct_actors"
            ),
        ]
        indexes = SourcedModel.Meta.indexes + [
            models.Index(fields=["predicate"], name="actors_relation_predicate")
        ]

    def __str__(self) -> str:
        return f"{self.subject} {self.get_predicate_display()} {self.object}"
