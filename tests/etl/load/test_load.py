"""Loading into PostgreSQL: idempotence, updates in place, curator decisions, transactions."""

import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

import etl.load
from apps.actors.models import Actor
from apps.comments.models import Comment
from apps.common.models import ReviewStatus, Tombstone
from apps.documents.models import Document
from etl import pipeline
from etl.load import Loader
from etl.read import read_reference
from etl.report import LoadReport

from ..helpers import SAMPLES

pytestmark = pytest.mark.django_db

NAMES = ("blog_bullets.txt", "blog_numbered.txt", "dossier.txt", "report.txt")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(SAMPLES / name, folder / name)
    return folder


def comment_at(name: str, position: int) -> Comment:
    """Return the stored comment at a place in a sample's thread."""
    return Comment.objects.get(document__key=f"doc:{name}", position=position)


def load(folder: Path, **options) -> pipeline.LoadReport:
    return pipeline.run([str(folder)], seeds_dir=folder, **options)


def _snapshot() -> dict:
    return {
        "documents": Document.objects.count(),
        "comments": Comment.objects.count(),
        "document_history": Document.history.count(),
        "comment_history": Comment.history.count(),
        "tombstones": Tombstone.objects.count(),
    }


def _counts(report) -> dict:
    """Return the counts of documents, dossier rows and comments (evidence is tested apart)."""
    counts = report.to_dict()["counts"]
    return {kind: counts[kind] for kind in ("document", "dossier_row", "comment")}


def test_first_load_inserts_everything(corpus):
    report = load(corpus)
    assert report.exit_status == 0
    assert _counts(report) == {
        "document": {
            "inserted": 4,
            "updated": 0,
            "unchanged": 0,
            "folded": 0,
            "skipped": 0,
            "stale": 0,
        },
        "dossier_row": {
            "inserted": 3,
            "updated": 0,
            "unchanged": 0,
            "folded": 0,
            "skipped": 0,
            "stale": 0,
        },
        "comment": {
            "inserted": 12,
            "updated": 0,
            "unchanged": 0,
            "folded": 0,
            "skipped": 0,
            "stale": 0,
        },
    }
    assert Document.objects.filter(parent__isnull=False).count() == 3
    assert Comment.objects.count() == 12


def test_loading_twice_changes_nothing(corpus):
    load(corpus)
    before = _snapshot()
    report = load(corpus)
    assert _snapshot() == before
    for kind, outcomes in _counts(report).items():
        assert outcomes["inserted"] == outcomes["updated"] == outcomes["skipped"] == 0, kind
        assert outcomes["stale"] == 0, kind
    assert report.count("comment", "unchanged") == 12


def test_a_changed_file_updates_its_rows_in_place(corpus):
    load(corpus)
    comment = comment_at("blog_bullets.txt", 2)
    document = Document.objects.get(key="doc:blog_bullets.txt")
    path = corpus / "blog_bullets.txt"
    path.write_text(path.read_text().replace("saying this for years", "saying this since 2004"))
    report = load(corpus)
    assert report.count("document", "updated") == 1
    assert report.count("comment", "updated") >= 1
    comment.refresh_from_db()
    assert comment.body == "The police commander has been saying this since 2004."
    assert Document.objects.get(key="doc:blog_bullets.txt").pk == document.pk
    assert comment.document.text[comment.span_start : comment.span_end] == comment.quote


def test_a_field_a_curator_edited_survives_a_reload(corpus):
    load(corpus)
    Document.objects.filter(key="doc:report.txt").update(
        title="Curated title", locked_fields=["title"]
    )
    path = corpus / "report.txt"
    path.write_text(path.read_text().replace("Fuel Smuggling", "Fuel and Arms Smuggling"))
    load(corpus)
    document = Document.objects.get(key="doc:report.txt")
    assert document.title == "Curated title"
    assert "Fuel and Arms Smuggling" in document.text


def test_a_rejected_comment_stays_rejected_and_unchanged(corpus):
    load(corpus)
    Comment.objects.filter(pk=comment_at("blog_bullets.txt", 2).pk).update(
        review_status=ReviewStatus.REJECTED
    )
    path = corpus / "blog_bullets.txt"
    path.write_text(path.read_text().replace("saying this for years", "saying this forever"))
    report = load(corpus)
    comment = comment_at("blog_bullets.txt", 2)
    assert comment.review_status == ReviewStatus.REJECTED
    assert "forever" not in comment.body
    assert report.count("comment", "skipped") == 1


def test_a_deleted_comment_is_not_brought_back_and_replies_lose_the_link(corpus):
    load(corpus)
    deleted = comment_at("blog_bullets.txt", 2)
    deleted.delete()
    report = load(corpus)
    assert not Comment.objects.filter(key=deleted.key).exists()
    assert report.count("comment", "skipped") == 1
    assert comment_at("blog_bullets.txt", 3).reply_to is None


def test_a_deleted_document_and_its_rows_and_comments_stay_deleted(corpus):
    load(corpus)
    Document.objects.get(key="doc:dossier.txt").delete()
    Document.objects.get(key="doc:blog_numbered.txt").delete()
    before = _snapshot()
    report = load(corpus)
    assert _snapshot()["documents"] == before["documents"]
    assert report.count("document", "skipped") == 2
    assert report.count("dossier_row", "skipped") == 3
    assert report.count("comment", "skipped") == 5


def test_a_rejected_document_keeps_its_children_as_they_were(corpus):
    load(corpus)
    Document.objects.filter(key="doc:blog_bullets.txt").update(review_status=ReviewStatus.REJECTED)
    path = corpus / "blog_bullets.txt"
    path.write_text(path.read_text().replace("saying this for years", "saying this forever"))
    report = load(corpus)
    assert report.count("comment", "skipped") == 7
    assert "forever" not in comment_at("blog_bullets.txt", 2).body


def test_dry_run_reports_what_would_happen_and_writes_nothing(corpus):
    before = _snapshot()
    report = load(corpus, dry_run=True)
    assert _snapshot() == before
    assert report.dry_run
    assert report.count("document", "inserted") == 4


def test_reply_links_and_spans_are_stored(corpus):
    load(corpus)
    reply = comment_at("blog_numbered.txt", 4)
    assert (reply.reply_to.author, reply.addressed_to) == ("Gregory", "Grgeory")
    for comment in Comment.objects.select_related("document"):
        assert comment.document.text[comment.span_start : comment.span_end] == comment.quote
    dossier = Document.objects.get(key="doc:dossier.txt")
    assert [row.position for row in dossier.rows.order_by("position")] == [1, 2, 3]
    assert dossier.rows.get(position=3).published_on.isoformat() == "2007-03-09"


def test_a_failure_mid_file_leaves_nothing_of_that_file_and_the_others_load(corpus, monkeypatch):
    load_evidence = etl.load.load_evidence

    def exploding(context, evidence) -> None:
        load_evidence(context, evidence)
        if context.record.key == "doc:blog_bullets.txt":
            raise RuntimeError("boom")

    monkeypatch.setattr(etl.load, "load_evidence", exploding)
    report = load(corpus)
    assert not Document.objects.filter(key="doc:blog_bullets.txt").exists()
    assert not Comment.objects.filter(key__startswith="comment:blog_bullets.txt").exists()
    assert Document.objects.filter(key="doc:report.txt").exists()
    assert [(p.source, p.message) for p in report.problems] == [
        (str(corpus / "blog_bullets.txt"), "not loaded (RuntimeError: boom)")
    ]
    assert report.exit_status == 1
    assert report.count("document", "inserted") == 3


def test_reference_lists_load_once_per_run_and_evidence_is_reported_by_kind(corpus, monkeypatch):
    calls = []
    load_reference = Loader.load_reference

    def counting(self, data):
        calls.append(data)
        return load_reference(self, data)

    monkeypatch.setattr(Loader, "load_reference", counting)
    report = load(corpus)
    assert len(calls) == 1
    assert {"actor", "actor_mention", "event", "claim"} <= set(report.kinds())


def test_rows_no_longer_in_a_file_are_kept_and_marked_stale(corpus):
    load(corpus)
    samantha = comment_at("blog_numbered.txt", 5).key
    path = corpus / "blog_numbered.txt"
    text = path.read_text()
    path.write_text(text[: text.index("  5. Samantha says:")])
    report = load(corpus)
    gone = Comment.objects.get(key=samantha)
    assert gone.is_stale
    assert Comment.objects.filter(is_stale=True).count() == 1
    assert report.count("comment", "stale") == 1
    again = load(corpus)
    assert again.count("comment", "stale") == 0


def test_a_stale_row_found_again_is_current_again(corpus):
    load(corpus)
    path = corpus / "blog_numbered.txt"
    text = path.read_text()
    path.write_text(text[: text.index("  5. Samantha says:")])
    load(corpus)
    path.write_text(text)
    report = load(corpus)
    assert not comment_at("blog_numbered.txt", 5).is_stale
    assert Comment.objects.filter(document__key="doc:blog_numbered.txt").count() == 5
    assert report.count("comment", "stale") == 0


def test_a_file_gone_bad_leaves_its_stored_document_untouched(corpus):
    load(corpus)
    document = Document.objects.get(key="doc:report.txt")
    (corpus / "report.txt").write_bytes(b"")
    report = load(corpus)
    assert report.exit_status == 1
    stored = Document.objects.get(key="doc:report.txt")
    assert (stored.text, stored.updated_at) == (document.text, document.updated_at)


def test_timestamped_threads_reload_unchanged(tmp_path):
    folder = tmp_path / "threads"
    folder.mkdir()
    for name in ("blogger.txt", "on_date.txt", "footer_comments.txt"):
        shutil.copy(SAMPLES / name, folder / name)
    load(folder)
    report = load(folder)
    assert report.count("comment", "unchanged") == 7
    assert report.count("comment", "updated") == 0
    stamped = comment_at("blogger.txt", 1)
    assert stamped.posted_at.isoformat() == "2007-03-04T19:02:00+00:00"
    assert stamped.posted_text == "3/04/2007 7:02 PM"


def _thread(count: int) -> str:
    """A blog post whose bullet thread has `count` top-level comments and no replies."""
    comments = "".join(
        f"  • Reader {chr(65 + n)} says:\n\n    Comment number {n + 1} on the crossings.\n\n"
        for n in range(count)
    )
    return (
        "Border crossings at night\n\nNew reporting suggests trucks move across the border at "
        f"night, away from the official crossings.\n\n{comments}"
    )


@pytest.mark.parametrize("reload", [False, True])
def test_queries_to_load_a_thread_do_not_grow_with_its_length(tmp_path, reload):
    reference, _ = read_reference(Path(settings.SEEDS_DIR) / "reference")
    Loader(LoadReport()).load_reference(reference)  # measured runs find the lists unchanged
    queries = {}
    for count in (2, 12):
        path = tmp_path / f"thread-{count}.txt"
        path.write_text(_thread(count))
        if reload:
            pipeline.run([str(path)], seeds_dir=tmp_path)
        with CaptureQueriesContext(connection) as captured:
            report = pipeline.run([str(path)], seeds_dir=tmp_path)
        assert report.count("comment", "unchanged" if reload else "inserted") == count
        queries[count] = len(captured)
    assert queries[2] == queries[12]


def test_actors_a_failed_file_proposed_are_proposed_again_by_the_next_file(tmp_path, monkeypatch):
    text = "Border raid\n\nMaj. Gen. Zed Quorum said on Friday that the raid went well.\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(text)
    load_evidence = etl.load.load_evidence

    def failing_first(context, evidence) -> None:
        load_evidence(context, evidence)
        if context.record.key == "doc:a.txt":
            raise RuntimeError("boom")

    monkeypatch.setattr(etl.load, "load_evidence", failing_first)
    report = load(tmp_path)
    assert [p.message for p in report.problems] == ["not loaded (RuntimeError: boom)"]
    assert Actor.objects.filter(name="Zed Quorum").count() == 1
    assert report.count("actor_mention", "inserted") >= 1
