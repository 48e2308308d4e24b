"""The posted_precision migration keeps the comments already stored and gives them a precision."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from apps.comments.models import Comment
from tests.factories import make_document

OLD_ROW = """
    insert into comments_comment (created_at, updated_at, key, review_status, review_note,
        locked_fields, is_stale, span_start, span_end, quote, document_id, position, kind,
        author, title, body, posted_at, posted_text, addressed_to, reply_cue)
    values (now(), now(), %s, 'unreviewed', '', '{}', false, 0, 3, 'abc', %s, %s, 'comment',
        'Reader', '', 'text', %s, %s, '', '')
"""


@pytest.mark.django_db(transaction=True)
def test_stored_timestamps_get_minute_or_day_precision_from_their_printed_text():
    document = make_document(text="abc def")
    executor = MigrationExecutor(connection)
    executor.migrate([("comments", "0002_stale_rows")])
    rows = [
        ("c1", 1, "2007-01-01 16:55+00", "January 1, 2007 at 4:55 pm"),
        ("c2", 2, "2007-01-02 00:00+00", "January 2, 2007"),
        ("c3", 3, None, ""),
    ]
    with connection.cursor() as cursor:
        for key, position, posted_at, posted_text in rows:
            cursor.execute(OLD_ROW, [key, document.pk, position, posted_at, posted_text])
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    stored = sorted(Comment.objects.values_list("key", "posted_precision"))
    assert stored == [("c1", "minute"), ("c2", "day"), ("c3", "")]
