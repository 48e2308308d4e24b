"""What the sync tests share: numbering the test's changes, reading the whole feed."""

from django.db import connection


def commit_changes() -> None:
    """Do to the test's changes what a commit does: number their change set, and let the
    next change start a new one, as the next transaction's would.

    Tests run in one transaction that is rolled back, never committed, so the deferred
    trigger that numbers change sets at commit would never run. From here on it runs at
    each change (numbering a set at its first change), which the feed cannot tell apart.
    """
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS common_change_register, common_changeset_number IMMEDIATE")
        cursor.execute("SELECT set_config('evidence.changeset', '', true)")


def feed(client, query: str = "") -> list[dict]:
    """Return every change the feed gives from `query`'s position, following `next`."""
    changes, url = [], f"/api/v1/changes/?page_size=2{'&' if query else ''}{query}"
    while True:
        response = client.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        changes += body["results"]
        url = body["next"]
        if not body["has_more"]:
            return changes


def actions(changes: list[dict]) -> list[tuple[str, int, str]]:
    return [(change["kind"], change["id"], change["action"]) for change in changes]
