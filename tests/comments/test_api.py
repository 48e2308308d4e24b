from datetime import UTC, datetime

import pytest

from apps.comments.models import Comment
from tests.contract import EndpointContract
from tests.factories import make_comment, make_document

pytestmark = pytest.mark.django_db

LIST_FIELDS = {
    "id",
    "url",
    "document",
    "position",
    "kind",
    "author",
    "title",
    "body",
    "posted_at",
    "posted_precision",
    "posted_text",
    "reply_to",
    "addressed_to",
    "reply_cue",
    "reply_count",
    "span_start",
    "span_end",
    "review_status",
    "created_at",
    "updated_at",
}
THREAD = "CharlesC: Iran arms the militias. Hoax Meister: Nonsense, CharlesC. Pingback here."


class TestCommentEndpoint(EndpointContract):
    basename = "comment"
    model = Comment
    list_fields = LIST_FIELDS
    detail_fields = LIST_FIELDS | {"quote", "replies"}
    filter_cases = {
        "document={thread}": 2,
        "document={thread},{other}": 3,
        "kind=pingback": 1,
        "reply_to={first}": 1,
        "is_reply=true": 1,
        "is_reply=false": 2,
        "author=CharlesC": 1,
        "author__iexact=charlesc": 1,
        "author__icontains=meister": 1,
        "addressed_to=CharlesC": 1,
        "addressed_to__iexact=CHARLESC": 1,
        "addressed_to__icontains=charles": 1,
        "posted_precision=minute": 1,
        "posted_precision=minute,day": 2,
        "posted_at=2007-03-04T19:02:00Z": 1,
        "posted_at__gte=2007-03-04": 2,
        "posted_at__lte=2007-03-04T23:59:00Z": 1,
        "q=militias": 1,
        "q=nonsense OR militias": 2,
        "review_status=rejected": 1,
        "stale=true": 1,
        "stale=false": 3,
    }

    def seed(self):
        thread = make_document(text=THREAD)
        other = make_document(text=THREAD)
        first = make_comment(
            document=thread,
            position=1,
            author="CharlesC",
            quote="Iran arms the militias.",
            body="Iran arms the militias.",
            posted_at=datetime(2007, 3, 4, 19, 2, tzinfo=UTC),
            posted_precision="minute",
            posted_text="3/04/2007 7:02 PM",
        )
        reply = make_comment(
            document=thread,
            position=2,
            author="Hoax Meister",
            quote="Nonsense, CharlesC.",
            body="Nonsense, CharlesC.",
            reply_to=first,
            addressed_to="CharlesC",
            reply_cue="CharlesC",
            posted_at=datetime(2007, 3, 5, tzinfo=UTC),
            posted_precision="day",
            posted_text="March 5, 2007",
        )
        pingback = make_comment(
            document=other, position=1, kind="pingback", author="The Fourth Rail", quote="Pingback"
        )
        make_comment(document=other, position=2, quote="here", review_status="rejected")
        make_comment(document=other, position=3, quote="here", is_stale=True)
        self.refs = {"thread": thread.pk, "other": other.pk, "first": first.pk}
        return [first, reply, pingback]

    def make(self):
        first = make_comment()
        make_comment(document=first.document, reply_to=first)
        return first


def test_detail_lists_the_replies_a_comment_received(api_client):
    first = make_comment()
    reply = make_comment(document=first.document, reply_to=first)
    body = api_client.get(f"/api/v1/comments/{first.pk}/").json()
    assert [item["id"] for item in body["replies"]] == [reply.pk]
    assert body["reply_count"] == 1
    assert body["quote"] == first.document.text[body["span_start"] : body["span_end"]]
