"""Loading evidence into PostgreSQL: reference lists, idempotence, one event across files,
curator decisions (locks, rejections, deletions, merges) and provenance of every row."""

from pathlib import Path

import pytest
from django.db.models import Value
from django.db.models.functions import Concat

from apps.actors.models import Actor, ActorAlias, ActorMention
from apps.claims.models import Claim
from apps.common.models import ReviewStatus
from apps.common.services import entity_merge
from apps.events.models import Event, EventReport
from apps.places.models import Place, PlaceMention
from apps.weapons.models import WeaponMention
from etl import pipeline
from etl.render import render_report

from ..evidence_samples import ACTORS, PLACES, WEAPONS
from ..evidence_spans import assert_every_span_slices_back

pytestmark = pytest.mark.django_db

SAMPLES = Path(__file__).parents[1] / "samples" / "evidence"
BLOG = (SAMPLES / "blog.txt").read_text()
NEWS = (SAMPLES / "news.txt").read_text()


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    reference = tmp_path / "reference"
    reference.mkdir()
    for name, text in (("places", PLACES), ("actors", ACTORS), ("weapons", WEAPONS)):
        (reference / f"{name}.yaml").write_text(text)
    documents = tmp_path / "docs"
    documents.mkdir()
    (documents / "blog.txt").write_text(BLOG)
    (documents / "news.txt").write_text(NEWS)
    return documents, reference


def load(folders, *names: str):
    documents, reference = folders
    paths = [str(documents / name) for name in names] or [str(documents)]
    report = pipeline.run(paths, seeds_dir=documents, reference_dir=reference)
    assert report.exit_status == 0, report.problems
    return report


def capture_events():
    return Event.objects.filter(event_type="capture")


def test_reference_rows_are_loaded_with_hierarchy_and_aliases(folders):
    report = load(folders)
    assert report.count("actor", "inserted") >= 12
    force = Actor.objects.get(key="actor:shadow-force")
    assert (force.parent.name, force.country.name, force.origin) == (
        "Sylvanian Guard Corps",
        "Sylvania",
        "reference",
    )
    assert set(force.aliases.values_list("name", "kind")) == {
        ("Shaddow Force", "transliteration"),
        ("al-Shadow Force", "transliteration"),
        ("SGC-SF", "abbreviation"),
    }
    assert Place.objects.get(name="Old Quarter").parent.parent.name == "Eastmarch"


def test_one_event_told_by_two_files_is_one_event_with_two_reports(folders):
    load(folders)
    [event] = capture_events()
    assert event.reports.values("document").distinct().count() == 2
    assert event.captured == 2
    assert event.place.name == "Old Quarter"  # the narrower place of the two reports
    assert set(event.participants.values_list("actor__name", "role")) >= {
        ("Coalition troops", "perpetrator"),
        ("Shadow Force", "target"),
    }


def test_a_first_load_reports_folding_never_updated_or_unchanged(folders):
    report = load(folders)
    for kind, outcomes in report.to_dict()["counts"].items():
        assert outcomes["updated"] == outcomes["unchanged"] == 0, (kind, outcomes)
    assert report.count("event", "inserted") == 2  # the capture and the killing
    assert report.count("event", "folded") == 1  # the second file's capture report
    assert "1 folded into an event of another document" in render_report(report)


def test_a_reload_reports_the_folded_report_unchanged(folders):
    load(folders)
    report = load(folders)
    assert report.count("event", "folded") == 0
    assert report.count("event", "unchanged") == 3


@pytest.mark.parametrize("order", [("blog.txt", "news.txt"), ("news.txt", "blog.txt")])
def test_the_order_the_files_are_loaded_in_does_not_change_the_events(folders, order):
    for name in order:
        load(folders, name)
    assert capture_events().count() == 1
    assert EventReport.objects.filter(event__event_type="capture").count() == 2
    assert Event.objects.filter(event_type="killing").count() == 1


def test_distinct_events_of_one_timeline_stay_distinct(folders):
    load(folders, "blog.txt")
    assert sorted(Event.objects.values_list("event_type", flat=True)) == ["capture", "killing"]
    assert Event.objects.get(event_type="killing").killed == 5


def test_loading_twice_changes_nothing(folders):
    load(folders)
    counts = _row_counts()
    report = load(folders)
    assert _row_counts() == counts
    for kind, outcomes in report.to_dict()["counts"].items():
        assert outcomes["inserted"] == outcomes["updated"] == 0, kind


def test_comment_mentions_are_flagged_by_their_comment(folders):
    load(folders, "blog.txt")
    in_comments = ActorMention.objects.filter(comment__isnull=False)
    assert [m.quote for m in in_comments] == ["Shadow Force"]
    assert PlaceMention.objects.filter(comment__isnull=False).get().quote == "Port Verde"


def test_every_stored_span_slices_its_document_back_to_the_quote(folders):
    load(folders)
    assert_every_span_slices_back()


def test_a_denial_is_stored_with_stance_denies(folders):
    load(folders, "news.txt")
    claim = Claim.objects.get(predicate="linked_to")
    assert (claim.claimant.name, claim.subject.name, claim.object.name, claim.stance) == (
        "Sylvania",
        "Sylvania",
        "Valley Militias",
        "denies",
    )


def test_a_curators_locked_edit_survives_a_reload(folders):
    load(folders)
    event = capture_events().get()
    Event.objects.filter(pk=event.pk).update(summary="Curated summary", locked_fields=["summary"])
    Actor.objects.filter(key="actor:shadow-force").update(
        description="Curated", locked_fields=["description"]
    )
    load(folders)
    assert capture_events().get().summary == "Curated summary"
    assert Actor.objects.get(key="actor:shadow-force").description == "Curated"


def test_a_rejected_claim_stays_rejected_and_a_deleted_mention_stays_deleted(folders):
    load(folders)
    claim = Claim.objects.get(predicate="linked_to")
    Claim.objects.filter(pk=claim.pk).update(review_status=ReviewStatus.REJECTED)
    mention = WeaponMention.objects.first() or ActorMention.objects.first()
    key = mention.key
    mention.delete()
    load(folders)
    assert Claim.objects.get(pk=claim.pk).review_status == ReviewStatus.REJECTED
    assert not type(mention).objects.filter(key=key).exists()


def test_a_deleted_event_is_not_recreated_by_either_report(folders):
    load(folders)
    capture_events().get().delete()
    load(folders)
    assert capture_events().count() == 0


def test_a_curators_merge_wins_over_the_reference_names(folders):
    load(folders)
    keep = Actor.objects.get(key="actor:northern-front")
    duplicate = Actor.objects.get(key="actor:valley-militias")
    entity_merge(survivor=keep, duplicates=[duplicate], user=None)
    mentions = ActorMention.objects.count()
    load(folders)
    assert not Actor.objects.filter(key="actor:valley-militias").exists()
    assert ActorMention.objects.count() == mentions
    assert Claim.objects.filter(object=keep, predicate="linked_to").exists()


def test_an_actor_a_pattern_proposes_is_stored_once_and_unreviewed(folders):
    documents, _ = folders
    (documents / "a.txt").write_text(
        "First report\n\nIn May 2006, Maj. Gen. Omar Haddad said the NF attacked Kessel.\n"
    )
    (documents / "b.txt").write_text(
        "Second report\n\nIn June 2006, Major General Omar Haddad said Sylvania backed the NF.\n"
    )
    load(folders)
    haddad = Actor.objects.get(name="Omar Haddad")
    assert (haddad.origin, haddad.review_status, haddad.kind) == (
        "extracted",
        "unreviewed",
        "person",
    )
    assert haddad.mentions.count() == 2


def _row_counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count()
        for model in (Actor, ActorAlias, ActorMention, Claim, Event, EventReport, PlaceMention)
    }


RETOLD = """Foreign agents held

April 3, 2006

The news that Coalition troops had captured Sylvanians in Freedonia was widely reported last \
month, but little is known about their papers.

Officials met on Tuesday to discuss the border.

The top Shadow Force commander was captured in March inside a compound in Port Verde.
"""


@pytest.mark.parametrize("first", ["retold.txt", "blog.txt"])
def test_a_narrative_retelling_is_one_more_report_of_the_event_in_any_order(folders, first):
    documents, _ = folders
    (documents / "retold.txt").write_text(RETOLD)
    for name in dict.fromkeys([first, "retold.txt", "blog.txt", "news.txt"]):
        load(folders, name)
    [event] = capture_events()
    quotes = event.reports.filter(document__title="Foreign agents held").values_list(
        "quote", flat=True
    )
    assert sorted(quote[:20] for quote in quotes) == [
        "The news that Coalit",
        "The top Shadow Force",
    ]
    assert event.reports.values("document").distinct().count() == 3
    report = load(folders)
    for kind, outcomes in report.to_dict()["counts"].items():
        assert outcomes["inserted"] == outcomes["updated"] == 0, kind


def test_an_edit_earlier_in_the_file_moves_offsets_but_keeps_every_row(folders):
    load(folders)
    before = _row_counts()
    claim = Claim.objects.get(document__key="doc:blog.txt", predicate="supports")
    documents, _ = folders
    path = documents / "blog.txt"
    path.write_text(path.read_text().replace("agents held in", "agents detained in"))
    report = load(folders)
    assert _row_counts() == before
    assert report.count("claim", "inserted") == report.count("claim", "stale") == 0
    assert report.count("claim", "updated") == 1  # the same claim, at its new offsets
    claim.refresh_from_db()
    assert claim.document.text[claim.span_start : claim.span_end] == claim.quote
    assert_every_span_slices_back()


def test_evidence_a_file_no_longer_holds_is_marked_stale_and_hidden_not_deleted(folders):
    load(folders)
    documents, _ = folders
    path = documents / "blog.txt"
    original = path.read_text()
    path.write_text(
        original.replace(
            "Further evidence of Sylvania's support of the Valley Militias has emerged.\n\n", ""
        )
    )
    report = load(folders)
    claim = Claim.objects.get(document__key="doc:blog.txt", predicate="supports")
    assert claim.is_stale
    assert report.count("claim", "stale") == 1
    assert Claim.objects.filter(pk=claim.pk).exists()
    path.write_text(original)
    load(folders)
    claim.refresh_from_db()
    assert not claim.is_stale


def test_an_event_whose_only_report_is_gone_is_stale_until_told_again(folders):
    load(folders)
    documents, _ = folders
    path = documents / "blog.txt"
    original = path.read_text()
    killing = Event.objects.get(event_type="killing")
    path.write_text(original.replace("June 2006: Coalition troops killed five", "June 2006: Five"))
    report = load(folders)
    killing.refresh_from_db()
    assert killing.is_stale and killing.reports.get().is_stale
    assert report.count("event", "stale") == 1
    assert not capture_events().get().is_stale
    path.write_text(original)
    load(folders)
    killing.refresh_from_db()
    assert not killing.is_stale


def test_a_stale_event_reported_by_a_new_file_is_current_again(folders):
    load(folders)
    documents, _ = folders
    path = documents / "blog.txt"
    path.write_text(
        path.read_text().replace("June 2006: Coalition troops killed five", "June 2006: Five")
    )
    load(folders)
    killing = Event.objects.get(event_type="killing")
    assert killing.is_stale
    (documents / "later.txt").write_text(
        "Kessel raid revisited\n\nJune 2006: Coalition troops killed five Northern Front "
        "fighters in Kessel.\n"
    )
    report = load(folders, "later.txt")
    killing.refresh_from_db()
    assert not killing.is_stale
    assert killing.reports.filter(document__key="doc:later.txt", is_stale=False).exists()
    assert report.count("event", "stale") == 0


def test_a_passage_under_a_new_key_is_the_same_report_of_the_same_event(folders):
    """When the rules change a passage's key, its stored report takes the new key: the same
    row in the same event, with the curator's decision, not a new event or a stale copy."""
    load(folders)
    events = sorted(Event.objects.values_list("pk", flat=True))
    [capture] = capture_events()
    blog = "doc:blog.txt"
    told = [rows.filter(document__key=blog) for rows in (capture.reports, capture.participants)]
    before = [dict(rows.values_list("pk", "key")) for rows in told]
    assert all(before)
    for rows in told:
        rows.update(key=Concat("key", Value("-old")), review_status=ReviewStatus.CONFIRMED)
    report = load(folders)
    assert sorted(Event.objects.values_list("pk", flat=True)) == events
    assert [dict(rows.values_list("pk", "key")) for rows in told] == before
    for rows, kind in zip(told, ("event_report", "event_participant"), strict=True):
        assert not rows.exclude(review_status=ReviewStatus.CONFIRMED).exists()
        assert not rows.model.objects.filter(is_stale=True).exists()
        assert report.count(kind, "updated") == rows.count()
        assert report.count(kind, "inserted") == 0
