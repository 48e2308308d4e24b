"""The explorer's pages: each reads its query string the way the API does, calls the same
selectors, and renders a template. Bad parameters are a 400 page naming them."""

from functools import wraps
from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from apps.analysis.connection import connection_get
from apps.analysis.network import network_get
from apps.analysis.params import TimelineQuerySerializer
from apps.analysis.timeline import TooManyPeriods, event_timeline
from apps.claims.models import Stance
from apps.common.api.cursor import encode_cursor
from apps.events.models import EventType
from apps.events.selectors import event_list

from . import selectors
from .charts import map_picture, network_picture, timeline_chart
from .params import BadQuery, connection_params, event_filters, network_params, search_text
from .search import search_all
from .text import Span, headline_pieces, marked_pieces

API = "/api/v1/"
LABELLED = 8  # places named on the map (the busiest); the others in a tooltip and the table


def page(view):
    """Serve GET only; a BadQuery becomes a 400 page listing each parameter's problems."""

    @require_GET
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except BadQuery as error:
            context = {"errors": error.errors, "query": request.GET.urlencode()}
            return render(request, "explorer/bad_request.html", context, status=400)

    return wrapper


def _without_parameters(request, get, missing: str):
    """Return the row a page shows: its URL takes no parameters (400) and names a row (404)."""
    if request.GET:
        raise BadQuery({name: ["Unknown parameter; this page takes none."] for name in request.GET})
    found = get()
    if found is None:
        raise Http404(missing)
    return found


def api_link(path: str, query) -> str:
    encoded = query.urlencode() if hasattr(query, "urlencode") else urlencode(query, doseq=True)
    return f"{API}{path}" + (f"?{encoded}" if encoded else "")


@page
def home(request):
    counts = selectors.explorer_counts()
    return render(request, "explorer/home.html", {"counts": counts, "api": API})


@page
def search(request):
    text = search_text(request.GET)
    sections = search_all(text) if text else []
    for section in sections:
        for row in section.rows:
            row.pieces = headline_pieces(getattr(row, "snippet", "") or "")
    context = {"q": text, "sections": sections, "api_query": urlencode({"q": text})}
    return render(request, "explorer/search.html", context)


@page
def actor(request, slug):
    found = _without_parameters(
        request, lambda: selectors.actor_page_get(slug), f"No actor {slug!r}."
    )
    claims = selectors.actor_claims(found)
    selectors.claim_passages(claims)
    by_stance = {stance: [c for c in claims if c.stance == stance] for stance in Stance.values}
    context = {
        "actor": found,
        "parents": _parents(found),
        "relations": selectors.actor_relation_list(found),
        "participations": selectors.actor_participations(found),
        "claims": claims,
        "by_stance": [(Stance(s).label, s, rows) for s, rows in by_stance.items() if rows],
        "documents": selectors.actor_documents(found),
        "limit": selectors.LIST_LIMIT,
        "api_url": f"{API}actors/{found.slug}/",
        "network_api": api_link("network/", {"actor": found.slug}),
    }
    return render(request, "explorer/actor.html", context)


def _parents(actor) -> list:
    chain, parent = [], actor.parent
    while parent is not None and len(chain) < 3:
        chain.append(parent)
        parent = parent.parent if "parent" in parent._state.fields_cache else None
    return chain


@page
def actor_network(request, slug):
    params = network_params(request.GET, slug)
    network = network_get(
        actor=params["actor"],
        include_subordinates=params["include_subordinates"],
        depth=params["depth"],
        edge_types=params["edge_type"],
        limit=min(params["limit"], 40),
        edge_limit=params["edge_limit"],
    )
    picture = network_picture(network.nodes, network.edges)
    svg = render(request, "explorer/network.svg", {"network": network, "picture": picture})
    return HttpResponse(svg.content, content_type="image/svg+xml")


@page
def connection(request):
    if "a" not in request.GET and "b" not in request.GET:
        return render(request, "explorer/connection.html", {"form_only": True})
    params = connection_params(request.GET)
    found = connection_get(
        a=params["a"],
        b=params["b"],
        include_subordinates=params["include_subordinates"],
        stances=params.get("stance"),
        page_size=params["page_size"],
        cursor=params.get("cursor"),
    )
    claims = [claim for group in found.groups for claim in group.page.rows]
    selectors.claim_passages(claims)
    for group in found.groups:
        group.label = Stance(group.stance).label
        group.next = _next_link(request, group.page.next)
    for section in (found.events, found.relations):
        if section is not None:
            section["next"] = _next_link(request, section["page"].next)
    context = {
        "connection": found,
        "params": params,
        "stances": Stance.choices,
        "api_url": api_link("connection/", request.GET),
    }
    return render(request, "explorer/connection.html", context)


def _next_link(request, cursor) -> str | None:
    if cursor is None:
        return None
    query = request.GET.copy()
    query["cursor"] = encode_cursor(cursor)
    query.pop("stance", None)
    return f"?{query.urlencode()}"


@page
def timeline(request):
    filterset = event_filters(request.GET, extra=("interval",))
    interval = _interval(request.GET)
    try:
        data = event_timeline(filterset.qs, interval)
    except TooManyPeriods as error:
        raise BadQuery({"interval": [str(error)]}) from None
    chart = timeline_chart(data["buckets"], list(EventType.values))
    for bar in chart.bars:
        query = request.GET.copy()
        query["date_start__gte"], query["date_start__lte"] = bar.start, bar.end
        bar.link = f"?{query.urlencode()}#events"
    events = list(_events_page(filterset))
    context = {
        **_event_filter_context(request, filterset),
        "timeline": data,
        "chart": chart,
        "events": events,
        "limit": selectors.LIST_LIMIT,
        "interval": interval,
        "api_url": api_link("timeline/", request.GET),
    }
    return render(request, "explorer/timeline.html", context)


def _interval(query) -> str:
    serializer = TimelineQuerySerializer(data={"interval": query.get("interval", "month")})
    if not serializer.is_valid():
        raise BadQuery(serializer.errors)
    return serializer.validated_data["interval"]


def _events_page(filterset):
    events = event_list().filter(pk__in=filterset.qs.values("pk"))
    return events.order_by("date_start", "pk")[: selectors.LIST_LIMIT]


def _event_filter_context(request, filterset) -> dict:
    data = filterset.form.cleaned_data
    return {
        "filters": request.GET,
        "event_types": EventType.choices,
        "chosen_types": data.get("event_type") or [],
        "events_api": api_link("events/", _without(request.GET, "interval")),
    }


def _without(query, *names):
    query = query.copy()
    for name in names:
        query.pop(name, None)
    return query


@page
def map_page(request):
    filterset = event_filters(request.GET)
    places, totals = selectors.map_places(filterset.qs)
    points = [
        {"place": place, "lon": float(place.longitude), "lat": float(place.latitude)}
        for place in places
    ]
    busy = sorted(
        (p for p in points if p["place"].event_count), key=lambda p: -p["place"].event_count
    )
    for point in busy[:LABELLED]:
        point["label"] = True
    picture = map_picture(points, busy)
    for point in picture.points:
        query = request.GET.copy()
        query["place"] = point["place"].slug
        point["link"] = reverse("explorer-timeline") + f"?{query.urlencode()}#events"
    context = {
        **_event_filter_context(request, filterset),
        "picture": picture,
        "places": sorted(places, key=lambda p: (-p.event_count, p.name)),
        "totals": totals,
        "api_url": api_link("events/", request.GET),
    }
    return render(request, "explorer/map.html", context)


@page
def event(request, pk):
    found = _without_parameters(request, lambda: selectors.event_page_get(pk), f"No event {pk}.")
    reports = selectors.event_reports(found)
    context = {
        "event": found,
        "reports": reports,
        "documents": list({report.document_id: report.document for report in reports}.values()),
        "claims": selectors.event_claims(found),
        "counts": [(n, getattr(found, n)) for n in ("killed", "wounded", "captured", "detained")],
        "api_url": f"{API}events/{found.pk}/",
    }
    return render(request, "explorer/event.html", context)


@page
def document(request, pk):
    found = _without_parameters(
        request, lambda: selectors.document_page_get(pk), f"No document {pk}."
    )
    claims = selectors.document_claims(found)
    reports = selectors.document_reports(found)
    mentions = selectors.document_mentions(found)
    comments = selectors.document_comments(found)
    relations = selectors.document_relations(found)
    spans = [Span(c.span_start, c.span_end, "claim", f"claim-{c.pk}") for c in claims]
    spans += [Span(r.span_start, r.span_end, "report", f"report-{r.pk}") for r in reports]
    spans += [
        Span(m["span_start"], m["span_end"], "mention", f"{m['kind']}-mention-{m['pk']}")
        for m in mentions
    ]
    spans += [Span(r.span_start, r.span_end, "claim", f"relation-{r.pk}") for r in relations]
    spans += [Span(c.span_start, c.span_end, "", f"comment-{c.pk}") for c in comments]
    context = {
        "document": found,
        "pieces": marked_pieces(found.text, spans),
        "claims": claims,
        "reports": reports,
        "mentions": mentions,
        "relations": relations,
        "comments": comments,
        "api_url": f"{API}documents/{found.pk}/",
    }
    return render(request, "explorer/document.html", context)
