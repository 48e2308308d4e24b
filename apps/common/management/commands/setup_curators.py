"""Create or update the curators group; optionally add users to it."""

from django.core.management.base import BaseCommand

from apps.common.services import CURATORS_GROUP, curator_add, curators_group_sync


class Command(BaseCommand):
    help = (
        "Create or update the 'curators' group with exactly the permissions curation needs "
        "(idempotent); --user adds a staff account to it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--user",
            action="append",
            default=[],
            metavar="USERNAME",
            help="Add this user to the group and make it staff; a new user gets no password "
            "(set one with `manage.py changepassword USERNAME`). Repeatable.",
        )

    def handle(self, *args, user: list[str], **options):
        group = curators_group_sync()
        count = group.permissions.count()
        self.stdout.write(f"Group '{CURATORS_GROUP}' has its {count} permissions.")
        for username in user:
            _, created = curator_add(username=username)
            note = " (new: set a password with `manage.py changepassword`)" if created else ""
            self.stdout.write(f"User '{username}' is a curator{note}.")
