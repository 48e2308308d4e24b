"""Geometry of the server-rendered pictures: timeline bars, network rings, map points.

Pure functions over plain values: they place shapes in an SVG viewBox and leave drawing
(and escaping) to the templates. No database, no request.
"""

import math
from dataclasses import dataclass, field
from datetime import date

# One colour per event type, dark enough for white text and 3:1 against the page.
PALETTE = (
    "#1f5fa8",
    "#b8521a",
    "#2f7d32",
    "#a3223a",
    "#6a3d9a",
    "#7a5c00",
    "#0f7173",
    "#8c2d7a",
    "#4d4d4d",
    "#355e3b",
    "#9c4a00",
    "#3b4f8c",
    "#7b2f2f",
    "#2b6f5e",
)
EDGE_COLOURS = {
    "relation": "#1f5fa8",
    "hierarchy": "#4d4d4d",
    "event": "#2f7d32",
    "claim": "#b8521a",
    "claimant": "#6a3d9a",
}


def colour_of(kinds: list[str]) -> dict[str, str]:
    """Return a stable colour per kind (the kinds' order is the choices' order)."""
    return {kind: PALETTE[position % len(PALETTE)] for position, kind in enumerate(kinds)}


def nice_step(largest: float, ticks: int = 4) -> int:
    """Return a round step (1, 2, 5, 10, 20...) giving about `ticks` ticks up to `largest`."""
    raw = max(largest, 1) / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(1, int(factor * power))
    return int(10 * power)


@dataclass
class Segment:
    kind: str
    count: int
    y: float
    height: float
    colour: str


@dataclass
class Bar:
    period: str
    start: date
    end: date
    count: int
    x: float
    width: float
    segments: list[Segment] = field(default_factory=list)


@dataclass
class TimelineChart:
    width: int
    height: int
    plot_top: int
    plot_bottom: int
    plot_left: int
    bars: list[Bar]
    ticks: list[tuple[int, float]]
    labels: list[tuple[str, float]]
    legend: list[tuple[str, str]]


def timeline_chart(buckets: list[dict], kinds: list[str], width: int = 960) -> TimelineChart:
    """Place one stacked bar per bucket (segments by type), a y scale and period labels."""
    height, top, bottom, left = 280, 12, 248, 44
    colours = colour_of(kinds)
    largest = max((bucket["count"] for bucket in buckets), default=0)
    step = nice_step(largest)
    ceiling = max(step, math.ceil(largest / step) * step)
    scale = (bottom - top) / ceiling
    slot = (width - left - 8) / max(len(buckets), 1)
    bars, labels = [], []
    every = max(1, math.ceil(len(buckets) / 12))
    for position, bucket in enumerate(buckets):
        x = left + position * slot
        bar = Bar(bucket["period"], bucket["start"], bucket["end"], bucket["count"], x, 0)
        bar.width = max(slot * 0.8, 1.0)
        y = bottom
        for kind in kinds:
            n = bucket["by_type"].get(kind, 0)
            if n:
                y -= n * scale
                bar.segments.append(Segment(kind, n, y, n * scale, colours[kind]))
        bars.append(bar)
        if position % every == 0:
            labels.append((bucket["period"], x + bar.width / 2))
    ticks = [(value, bottom - value * scale) for value in range(0, ceiling + 1, step)]
    used = [kind for kind in kinds if any(bucket["by_type"].get(kind) for bucket in buckets)]
    return TimelineChart(
        width, height, top, bottom, left, bars, ticks, labels, [(k, colours[k]) for k in used]
    )


@dataclass
class NetworkPicture:
    width: int
    height: int
    nodes: list[dict]
    edges: list[dict]
    legend: list[tuple[str, str]]


def network_picture(nodes: list[dict], edges: list, width: int = 720) -> NetworkPicture:
    """Put the centres in the middle and each further level on a ring around them."""
    height = 480
    cx, cy = width / 2, height / 2
    rings: dict[int, list[dict]] = {}
    for node in nodes:
        rings.setdefault(node["depth"], []).append(node)
    placed = {}
    for depth, ring in sorted(rings.items()):
        radius = 0 if depth == 0 and len(ring) == 1 else (60 if depth == 0 else 150 * depth)
        radius = min(radius, height / 2 - 30)
        for position, node in enumerate(ring):
            angle = 2 * math.pi * position / len(ring) - math.pi / 2 + depth * 0.3
            x, y = cx + radius * math.cos(angle) * 1.35, cy + radius * math.sin(angle)
            placed[node["actor"].pk] = {**node, "x": round(x, 1), "y": round(y, 1)}
    lines = []
    for edge in edges:
        a, b = placed.get(edge.source), placed.get(edge.target)
        if a and b:
            lines.append(
                {
                    "edge": edge,
                    "x1": a["x"],
                    "y1": a["y"],
                    "x2": b["x"],
                    "y2": b["y"],
                    "colour": EDGE_COLOURS.get(edge.type, "#4d4d4d"),
                    "stroke": min(1 + edge.weight, 6),
                }
            )
    used = sorted({edge.type for edge in edges})
    return NetworkPicture(
        width, height, list(placed.values()), lines, [(k, EDGE_COLOURS[k]) for k in used]
    )


@dataclass
class MapPicture:
    width: int
    height: int
    points: list[dict]
    meridians: list[tuple[float, float]]
    parallels: list[tuple[float, float]]


def _fit(values: list[float], pad: float, least: float) -> tuple[float, float]:
    low, high = min(values) - pad, max(values) + pad
    if high - low < least:
        middle = (low + high) / 2
        low, high = middle - least / 2, middle + least / 2
    return low, high


def map_picture(points: list[dict], focus: list[dict], width: int = 900) -> MapPicture:
    """Project (lon, lat) points equirectangularly onto a viewBox fitted to the `focus` points
    (all points when none), with a graticule; each point kept gains x and y, and those
    outside the frame are left out."""
    if not points:
        return MapPicture(width, 300, [], [], [])
    fitted = focus or points
    west, east = _fit([p["lon"] for p in fitted], 1.0, 4.0)
    south, north = _fit([p["lat"] for p in fitted], 1.0, 3.0)
    stretch = math.cos(math.radians((north + south) / 2))
    scale = width / ((east - west) * stretch)
    height = max(300, min(int((north - south) * scale), 900))
    scale = min(scale, height / (north - south))

    def x(lon: float) -> float:
        return round((lon - west) * stretch * scale, 1)

    def y(lat: float) -> float:
        return round((north - lat) * scale, 1)

    step = nice_step(max(east - west, north - south), 6)
    meridians = [(lon, x(lon)) for lon in range(math.ceil(west / step) * step, int(east) + 1, step)]
    parallels = [
        (lat, y(lat)) for lat in range(math.ceil(south / step) * step, int(north) + 1, step)
    ]
    inside = [p for p in points if west <= p["lon"] <= east and south <= p["lat"] <= north]
    placed = [{**point, "x": x(point["lon"]), "y": y(point["lat"])} for point in inside]
    return MapPicture(math.ceil(x(east)), math.ceil(y(south)), placed, meridians, parallels)
