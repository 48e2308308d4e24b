"""Record a tombstone whenever a loader-made row is deleted, so a re-load never revives it."""

from django.db.models.signals import post_delete
from django.dispatch import receiver
from simple_history.models import HistoricalRecords

from .models import CuratedModel, Tombstone


def _current_user(instance):
    # A service deleting on a curator's behalf names the user on the instance, as it does
    # for simple-history; otherwise the admin request (HistoryRequestMiddleware) tells.
    user = getattr(instance, "_history_user", None)
    if user is not None:
        return user
    request = getattr(HistoricalRecords.context, "request", None)
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


@receiver(post_delete)
def tombstone_deleted_row(sender, instance, **kwargs) -> None:
    if not isinstance(instance, CuratedModel) or not instance.key:
        return
    Tombstone.objects.get_or_create(
        model=sender._meta.label,
        key=instance.key,
        defaults={
            "label": _label(instance),
            "reason": getattr(instance, "_tombstone_reason", "")[:255],
            "deleted_by": _current_user(instance),
        },
    )


def _label(instance) -> str:
    try:
        return str(instance)[:255]
    except Exception:  # a related row may already be gone in a cascade
        return f"{instance._meta.label} {instance.pk}"
