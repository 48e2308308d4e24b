"""Precision per extraction rule, from curators' decisions on the rows each rule made."""

from collections import Counter
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Count, Q

from .models import ReviewStatus


@dataclass(frozen=True, slots=True)
class RulePrecision:
    """How the rows one extraction rule made were judged."""

    rule: str
    rows: int
    confirmed: int
    rejected: int

    @property
    def precision(self) -> float | None:
        """Return confirmed / (confirmed + rejected), or None before any decision."""
        judged = self.confirmed + self.rejected
        return self.confirmed / judged if judged else None


def rule_models() -> list:
    """Return the models whose rows record the rule that made them."""
    return [
        model
        for model in apps.get_models()
        if any(field.name == "rule" for field in model._meta.concrete_fields)
        and not model._meta.label.split(".")[1].startswith("Historical")
    ]


def rule_precision() -> list[RulePrecision]:
    """Return, per rule id (blank: curators' rows), its rows and decisions, by rule id."""
    totals: dict[str, Counter] = {}
    for model in rule_models():
        counts = model.objects.values("rule").annotate(
            rows=Count("pk"),
            confirmed=Count("pk", filter=Q(review_status=ReviewStatus.CONFIRMED)),
            rejected=Count("pk", filter=Q(review_status=ReviewStatus.REJECTED)),
        )
        for row in counts.order_by():
            totals.setdefault(row["rule"], Counter()).update(
                {name: row[name] for name in ("rows", "confirmed", "rejected")}
            )
    return [
        RulePrecision(rule, counts["rows"], counts["confirmed"], counts["rejected"])
        for rule, counts in sorted(totals.items())
    ]
