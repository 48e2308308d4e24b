"""Weapons: types of weapon with categories, aliases and mentions."""

from django.db import models

from apps.common.models import AliasModel, EntityModel, MentionModel, choices_check, updated_index


class WeaponCategory(models.TextChoices):
    EXPLOSIVE = "explosive", "Explosive"
    SMALL_ARMS = "small_arms", "Small arms"
    INDIRECT_FIRE = "indirect_fire", "Indirect fire (mortars, artillery)"
    ROCKET = "rocket", "Rocket"
    MISSILE = "missile", "Missile"
    OTHER = "other", "Other"


class Weapon(EntityModel):
    """A type of weapon (EFP, RPG, Misagh-1), not a single item."""

    category = models.CharField(max_length=16, choices=WeaponCategory.choices, default="other")

    class Meta(EntityModel.Meta):
        constraints = EntityModel.Meta.constraints + [choices_check("category", WeaponCategory)]
        indexes = EntityModel.Meta.indexes + [
            updated_index("weapons_updated"),
            models.Index(fields=["category"], name="weapons_category"),
        ]


class WeaponAlias(AliasModel):
    """Another name of a weapon type (explosively formed penetrator, EFP)."""

    weapon = models.ForeignKey(Weapon, on_delete=models.CASCADE, related_name="aliases")

    class Meta(AliasModel.Meta):
        verbose_name_plural = "weapon aliases"


class WeaponMention(MentionModel):
    """A weapon named in a document."""

    weapon = models.ForeignKey(Weapon, on_delete=models.CASCADE, related_name="mentions")

    class Meta(MentionModel.Meta):
        pass
