import pytest

from apps.documents.models import Document
from tests.contract import EndpointContract
from tests.factories import make_comment, make_document

pytestmark = pytest.mark.django_db

LIST_FIELDS = {
    "id",
    "url",
    "title",
    "kind",
    "author",
    "publisher",
    "web_url",
    "published_on",
    "published_precision",
    "published_text",
    "parent",
    "position",
    "source_file",
    "sha256",
    "comment_count",
    "row_count",
    "claim_count",
    "event_count",
    "review_status",
    "created_at",
    "updated_at",
}
POST_TEXT = "Iran's Qods Force trains Shia militias, the general said."


def dated(day: str) -> dict:
    return {"published_on": day, "published_precision": "day"}


class TestDocumentEndpoint(EndpointContract):
    basename = "document"
    model = Document
    list_fields = LIST_FIELDS
    detail_fields = LIST_FIELDS | {"byline", "encoding", "repairs", "body", "text", "rows"}
    filter_cases = {
        "kind=dossier": 1,
        "kind=dossier,blog_post": 2,
        "publisher=AP": 1,
        "publisher__iexact=the long war journal": 1,
        "publisher__icontains=war": 2,
        "author=Bill Roggio": 1,
        "author__iexact=bill roggio": 1,
        "author__icontains=kagan": 1,
        "published_on=2007-05-09": 1,
        "published_on__gte=2007-06-01": 2,
        "published_on__lte=2007-06-01": 2,
        "parent={dossier}": 1,
        "has_parent=true": 1,
        "has_parent=false": 2,
        "has_comments=true": 1,
        "has_comments=false": 2,
        "q=militias": 1,
        "q=militias OR dossier": 2,
        "review_status=rejected": 1,
        "stale=true": 1,
        "stale=false": 3,
        "review_status=unreviewed,rejected": 4,
    }

    def seed(self):
        dossier = make_document(
            kind="dossier",
            title="Iranian support dossier",
            publisher="Institute for the Study of War",
            author="Kimberly Kagan",
            **dated("2007-06-01"),
        )
        row = make_document(
            kind="news_article", parent=dossier, position=1, publisher="AP", **dated("2007-05-09")
        )
        post = make_document(
            text=POST_TEXT,
            body=POST_TEXT,
            publisher="The Long War Journal",
            author="Bill Roggio",
            **dated("2007-07-02"),
        )
        make_comment(document=post, quote="Qods Force")
        make_document(review_status="rejected")
        make_document(is_stale=True)
        self.refs = {"dossier": dossier.pk}
        return [dossier, row, post]

    def make(self):
        dossier = make_document(kind="dossier", **dated("2007-06-01"))
        make_document(parent=dossier, position=1)
        make_comment(document=dossier)
        return dossier


def test_detail_lists_the_rows_of_a_dossier_in_table_order(api_client):
    dossier = make_document(kind="dossier")
    second = make_document(parent=dossier, position=2, title="Reuters, May 10")
    first = make_document(parent=dossier, position=1, title="AP, May 9")
    make_document(parent=dossier, position=3, review_status="rejected")
    body = api_client.get(f"/api/v1/documents/{dossier.pk}/").json()
    assert [row["id"] for row in body["rows"]] == [first.pk, second.pk]
    assert body["row_count"] == 2


def test_detail_carries_the_text_every_offset_refers_to(api_client):
    document = make_document(text=POST_TEXT, body=POST_TEXT)
    comment = make_comment(document=document, quote="Shia militias")
    body = api_client.get(f"/api/v1/documents/{document.pk}/").json()
    assert body["text"][comment.span_start : comment.span_end] == "Shia militias"
    assert body["comment_count"] == 1
