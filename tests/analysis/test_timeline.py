import pytest

from tests.contract import AnalysisContract, assert_error_shape
from tests.events.test_api import corpus
from tests.factories import make_event

pytestmark = pytest.mark.django_db


class TestTimelineEndpoint(AnalysisContract):
    basename = "timeline"
    param_cases = {
        "": ("month", 3, 0, 20),
        "interval=year": ("year", 3, 0, 2),
        "interval=day": ("day", 3, 0, 578),
        "interval=month&event_type=raid,attack": ("month", 2, 0, 4),
        "actor=iran&include_subordinates=true&interval=year": ("year", 2, 0, 2),
        "place=iraq&min_reports=2": ("month", 1, 0, 1),
    }

    def seed(self):
        corpus()

    def measure(self, body):
        return (body["interval"], body["total"], body["undated"], len(body["buckets"]))

    def grow(self, rows: int) -> None:
        for day in range(1, rows + 1):
            make_event(date_start=f"2007-06-{day:02d}", date_precision="day", event_type="raid")


def test_months_are_counted_by_type_with_gaps_filled(api_client):
    corpus()
    make_event(event_type="raid", date_start="2007-05-20", date_precision="day")
    make_event(event_type="raid", summary="Undated raid")
    body = api_client.get("/api/v1/timeline/?date_start__gte=2007-01-01").json()
    assert body["total"] == 3
    assert body["undated"] == 0
    buckets = {bucket["period"]: bucket for bucket in body["buckets"]}
    assert list(buckets) == ["2007-05", "2007-06", "2007-07", "2007-08"]
    assert buckets["2007-05"]["by_type"] == {"raid": 2}
    assert buckets["2007-05"]["start"] == "2007-05-01"
    assert buckets["2007-05"]["end"] == "2007-05-31"
    assert buckets["2007-06"]["count"] == 0
    assert buckets["2007-08"]["by_type"] == {"attack": 1}
    assert all(bucket["imprecise"] == 0 for bucket in body["buckets"])
    everything = api_client.get("/api/v1/timeline/?event_type=raid").json()
    assert (everything["total"], everything["undated"]) == (3, 1)


def test_events_dated_less_precisely_than_the_interval_are_flagged(api_client):
    corpus()
    body = api_client.get("/api/v1/timeline/?interval=month&date_start__lte=2006-12-31").json()
    assert body["buckets"] == [
        {
            "period": "2006-01",
            "start": "2006-01-01",
            "end": "2006-01-31",
            "count": 1,
            "by_type": {"statement": 1},
            "imprecise": 1,
        }
    ]


def test_bad_interval_and_bad_event_filters_are_400s(api_client):
    body = assert_error_shape(api_client.get("/api/v1/timeline/?interval=week&killed=many"), 400)
    assert set(body["errors"]) == {"interval", "killed"}
    ordering = assert_error_shape(api_client.get("/api/v1/timeline/?ordering=date_start"), 400)
    assert list(ordering["errors"]) == ["ordering"]


def test_too_many_periods_is_a_400_suggesting_a_longer_interval(api_client):
    make_event(date_start="1990-01-01", date_precision="day")
    make_event(date_start="2007-01-01", date_precision="day")
    body = assert_error_shape(api_client.get("/api/v1/timeline/?interval=day"), 400)
    assert "longer interval" in body["errors"]["interval"][0]
