"""Highlighting cuts text into pieces (escaped later by templates); charts place shapes."""

from datetime import date

from apps.explorer.charts import map_picture, nice_step, timeline_chart
from apps.explorer.text import HIT_START, HIT_STOP, Piece, Span, headline_pieces, marked_pieces


def test_headline_markers_become_hit_pieces_and_the_rest_stays_plain():
    text = f"a <b> {HIT_START}Quds{HIT_STOP} and {HIT_START}Force{HIT_STOP}."
    assert headline_pieces(text) == [
        Piece("a <b> "),
        Piece("Quds", ("hit",)),
        Piece(" and "),
        Piece("Force", ("hit",)),
        Piece("."),
    ]


def test_nested_spans_cut_the_text_and_anchor_at_their_starts():
    text = "one two three four"
    spans = [Span(4, 13, "claim", "claim-1"), Span(8, 13, "mention", "m-2"), Span(0, 99, "x")]
    assert marked_pieces(text, spans) == [
        Piece("one "),
        Piece("two ", ("claim",), ("claim-1",)),
        Piece("three", ("claim", "mention"), ("m-2",)),
        Piece(" four"),
    ]
    assert "".join(piece.text for piece in marked_pieces(text, spans)) == text


def test_round_steps_and_stacked_bars():
    assert [nice_step(n) for n in (0, 3, 9, 40, 130)] == [1, 1, 5, 10, 50]
    bucket = {
        "period": "2007-05",
        "start": date(2007, 5, 1),
        "end": date(2007, 5, 31),
        "count": 3,
        "by_type": {"raid": 2, "arrest": 1},
    }
    chart = timeline_chart([bucket], ["raid", "arrest"])
    [bar] = chart.bars
    assert [(s.kind, s.count) for s in bar.segments] == [("raid", 2), ("arrest", 1)]
    assert bar.segments[0].height == 2 * bar.segments[1].height
    assert chart.legend[0][0] == "raid"


def test_the_map_fits_the_busy_places_and_leaves_far_ones_out():
    baghdad = {"lon": 44.4, "lat": 33.3}
    basra = {"lon": 47.8, "lat": 30.5}
    london = {"lon": -0.1, "lat": 51.5}
    picture = map_picture([baghdad, basra, london], [baghdad, basra])
    assert [(p["lon"], p["lat"]) for p in picture.points] == [(44.4, 33.3), (47.8, 30.5)]
    west, east = sorted(picture.points, key=lambda p: p["x"])
    assert west["lon"] < east["lon"] and west["y"] < east["y"]  # north is up
