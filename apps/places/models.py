"""Places: a gazetteer with hierarchy, coordinates, aliases and mentions."""

from django.db import models
from django.db.models import F, Q

from apps.common.models import AliasModel, EntityModel, MentionModel, choices_check, updated_index


class PlaceKind(models.TextChoices):
    COUNTRY = "country", "Country"
    REGION = "region", "Region"
    PROVINCE = "province", "Province"
    CITY = "city", "City"
    TOWN = "town", "Town"
    DISTRICT = "district", "District"
    FACILITY = "facility", "Facility"
    OTHER = "other", "Other"


class Place(EntityModel):
    """A place: country, province, city, district or facility, inside its parent."""

    kind = models.CharField(max_length=16, choices=PlaceKind.choices, default="other")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The place this one lies in (Sadr City > Baghdad > Iraq).",
    )
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)

    class Meta(EntityModel.Meta):
        constraints = EntityModel.Meta.constraints + [
            choices_check("kind", PlaceKind),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="places_place_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="places_place_longitude_range",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="places_place_coordinates_paired",
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("id")), name="places_place_not_own_parent"
            ),
        ]
        indexes = EntityModel.Meta.indexes + [
            models.Index(fields=["kind"], name="places_kind"),
            updated_index("places_updated"),
        ]


class PlaceAlias(AliasModel):
    """Another name of a place ('Irbil' for Erbil)."""

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="aliases")

    class Meta(AliasModel.Meta):
        verbose_name_plural = "place aliases"


class PlaceMention(MentionModel):
    """A place named in a document."""

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="mentions")

    class Meta(MentionModel.Meta):
        pass
