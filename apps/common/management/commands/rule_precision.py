"""`manage.py rule_precision`: rows, confirmed, rejected and precision per extraction rule."""

from django.core.management.base import BaseCommand

from apps.common.precision import rule_precision

BLANK = "(none: reference or curator rows)"


class Command(BaseCommand):
    help = (
        "Print, per extraction rule id, the rows it made (every kind of extracted row), how many "
        "curators confirmed and rejected, and its precision: confirmed / (confirmed + rejected)."
    )

    def handle(self, *args, **options):
        rows = rule_precision()
        width = max([len("rule"), *(len(row.rule or BLANK) for row in rows)])
        self.stdout.write(
            f"{'rule':<{width}}  {'rows':>6}  {'confirmed':>9}  {'rejected':>8}  precision"
        )
        for row in rows:
            precision = "—" if row.precision is None else f"{row.precision:.2f}"
            self.stdout.write(
                f"{row.rule or BLANK:<{width}}  {row.rows:>6}  {row.confirmed:>9}  "
                f"{row.rejected:>8}  {precision:>9}"
            )
