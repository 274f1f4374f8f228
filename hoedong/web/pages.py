"""The explorer's HTML pages: each renders the data of its JSON twin (views.py) with Jinja2, which
escapes everything it prints, so an article's `<script>` shows as text.

The network is drawn on the server as SVG (NetworkX lays it out, with a fixed seed so the same
corpus draws the same picture): no JavaScript library, nothing fetched by the browser but this app.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Iterator, Optional

import networkx as nx
from fastapi import APIRouter, Depends, Path as PathParam, Query
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from hoedong.corpus import SQLiteStore
from hoedong.corpus.query import Filters
from hoedong.ingest import read_input
from hoedong.ingest.sources import Input, form_of
from hoedong.web import views
from hoedong.web.timeline import SHAPES, draw_lanes

_HERE = Path(__file__).parent
_TEMPLATES = Environment(loader=FileSystemLoader(_HERE / "templates"), autoescape=select_autoescape(default=True))
_STATIC = {path.name: path for path in (_HERE / "static").iterdir() if path.is_file() and not path.is_symlink()}
_VENDOR = _HERE / "static" / "vendor"  # the npm libraries `make setup` copies here (git-ignored)
_KINDS = {".css": "text/css", ".svg": "image/svg+xml", ".js": "text/javascript; charset=utf-8",
          ".txt": "text/plain; charset=utf-8"}
_PAGE = 50  # events listed on one page
_DATE_OR_EMPTY = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
_STATUS_WORDS = {"occurred": "열림", "planned": "예정", "requested": "요청", "speculated": "관측", "denied": "부인"}
_TYPE_WORDS = {"MEET": "회동", "VISIT": "방문", "PARTNER": "제휴", "INVEST": "투자"}


def _id():
    """An id in a path, bounded (a parameter object of its own for each route: FastAPI fills it in)."""
    return PathParam(..., max_length=views.MAX_ID)


def _render(name: str, status: int = 200, **context) -> HTMLResponse:
    template = _TEMPLATES.get_template(name)
    return HTMLResponse(template.render(status_words=_STATUS_WORDS, type_words=_TYPE_WORDS, shapes=SHAPES, **context),
                        status_code=status)


def pages_router(store: Callable[[], Iterator[SQLiteStore]]) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/")
    def home(corpus: SQLiteStore = Depends(store)) -> HTMLResponse:
        return _render("home.html", **views.home_view(corpus))

    @router.get("/search")
    def search(q: str = Query("", max_length=200), corpus: SQLiteStore = Depends(store)) -> HTMLResponse:
        people = views.entities_view(corpus, q=q, limit=20)["entities"] if q else []
        documents = corpus.search(q, 20) if q else []
        return _render("search.html", q=q, entities=people, documents=documents)

    @router.get("/entities/{entity_id}")
    def entity(entity_id: str = _id(), corpus: SQLiteStore = Depends(store)) -> HTMLResponse:
        found = views.entity_view(corpus, entity_id)
        try:
            drawing = draw(views.graph_view(corpus, Filters(), centre=entity_id), centre=entity_id)
        except views.NotFound:
            drawing = None
        lanes = [(_TYPE_WORDS[kind], [e for e in found["timeline"] if e["type"] == kind]) for kind in _TYPE_WORDS]
        timeline = draw_lanes([lane for lane in lanes if lane[1]]) if found["timeline"] else None
        return _render("entity.html", entity=found, drawing=drawing, timeline=timeline)

    @router.get("/events/{event_id}")
    def event(event_id: str = _id(), corpus: SQLiteStore = Depends(store)) -> HTMLResponse:
        return _render("event.html", event=views.event_view(corpus, event_id))

    @router.get("/documents/{doc_id}")
    def document(doc_id: str = _id(), event: Optional[int] = Query(None, ge=0, le=views.MAX_OFFSET),
                 corpus: SQLiteStore = Depends(store)) -> HTMLResponse:
        record = views.document_view(corpus, doc_id)
        return _render("document.html", document=record, paragraphs=marked_paragraphs(record), chosen=event)

    @router.get("/documents/{doc_id}/source")
    def source(doc_id: str = _id(), corpus: SQLiteStore = Depends(store)) -> Response:
        """The file the document was read from, as plain text (never rendered as a page)."""
        record = views.document_view(corpus, doc_id)
        text = raw_source(record["source"], record["doc_id"])
        if text is None:
            raise views.NotFound(f"the source {record['source']!r} is not a file of its own that this server can "
                                 "reach with the bytes that were ingested (start `hoedong serve` where you ran "
                                 f"`hoedong ingest`); the extracted text is at /documents/{doc_id}")
        return Response(text, media_type="text/plain; charset=utf-8", headers={"X-Content-Type-Options": "nosniff"})

    @router.get("/network")
    def network(filters: Filters = Depends(page_filters),
                focus: Optional[str] = Query(None, max_length=views.MAX_ID)) -> HTMLResponse:
        """The interactive network (static/network.js draws /api/network and filters it in the page)."""
        return _render("network.html", filters=filters, focus=focus)

    @router.get("/events")
    def events(filters: Filters = Depends(page_filters), offset: int = Query(0, ge=0, le=views.MAX_OFFSET),
               corpus: SQLiteStore = Depends(store)) -> HTMLResponse:
        found = views.events_view(corpus, filters, limit=_PAGE, offset=offset)
        return _render("events.html", found=found, filters=filters, page=_PAGE, query=filters.params())

    @router.get("/pair")
    def pair(a: str = Query("", max_length=200), b: str = Query("", max_length=200),
             filters: Filters = Depends(page_filters), corpus: SQLiteStore = Depends(store)) -> HTMLResponse:
        if not (a and b):
            return _render("pair.html", a=a, b=b, found=None, drawing=None, filters=filters)
        found = views.pair_view(corpus, a, b, filters)
        lanes = [(found["a"]["name"], found["events"]["a"]), ("함께", found["events"]["both"]),
                 (found["b"]["name"], found["events"]["b"])]
        return _render("pair.html", a=a, b=b, found=found, drawing=draw_lanes(lanes), filters=filters)

    @router.get("/alliances")
    def alliances(filters: Filters = Depends(page_filters), corpus: SQLiteStore = Depends(store)) -> HTMLResponse:
        found = views.alliances_view(corpus, filters)
        by_id = {e["id"]: e for e in found["events"]}
        lanes = [(o["name"], [by_id[i] for i in o["events"]]) for o in found["organisations"][:views.MAX_ALLIANCE_LANES]]
        return _render("alliances.html", found=found, drawing=draw_lanes(lanes), filters=filters)

    @router.get("/static/{name}")
    def static(name: str = PathParam(..., max_length=100)) -> Response:
        return _static_file(_STATIC.get(name), name)

    @router.get("/static/vendor/{name}")
    def vendor(name: str = PathParam(..., max_length=100)) -> Response:
        return _static_file(_vendored().get(name), f"vendor/{name}")

    return router


def page_filters(type: Optional[str] = Query(None, pattern="^(MEET|VISIT|PARTNER|INVEST)?$"),
                 entity: Optional[str] = Query(None, max_length=200), org: Optional[str] = Query(None, max_length=200),
                 since: Optional[str] = Query(None, pattern=_DATE_OR_EMPTY),
                 until: Optional[str] = Query(None, pattern=_DATE_OR_EMPTY),
                 status: Optional[str] = Query(None, pattern="^(occurred|planned|requested|speculated|denied)?$")) -> Filters:
    """The API's filters as a form sends them (an empty field: no filter)."""
    return Filters.of(type=type, entity=entity, org=org, since=since, until=until, status=status)


def _vendored() -> dict[str, Path]:
    """The vendored files by name, read when asked (`make setup` may copy them after the server started)."""
    if not _VENDOR.is_dir():
        return {}
    return {path.name: path for path in _VENDOR.iterdir() if path.is_file() and not path.is_symlink()
            and not path.name.startswith(".")}


def _static_file(path: Path | None, name: str) -> Response:
    """Only the files shipped in static/ (and static/vendor/), by name: no path is built from a request."""
    if path is None:
        hint = " (the explorer's libraries are installed by `make setup`)" if name.startswith("vendor/") else ""
        raise views.NotFound(f"no file {name!r}{hint}")
    kind = _KINDS.get(path.suffix, "application/octet-stream")
    return Response(path.read_bytes(), media_type=kind, headers={"Cache-Control": "max-age=3600"})


def raw_source(source: str, doc_id: str, max_bytes: int = 20 << 20) -> str | None:
    """The text of a document's source file, read and decoded as ingest read it; None when the
    source is not a page file of its own (a feed line, a WARC record, a URL), is no longer there,
    or no longer holds the bytes that were ingested.

    The source is a string stored at ingest, and a feed line's source is its `id`, which the feed
    chose: `../../secret.txt` or `/etc/x.html` would be read as a path. So a file is served only
    when its bytes hash to the stored document's id (an id is the hash of the raw bytes): whatever
    the source says, the server returns only what was ingested, not another file there now, a
    symlink's new target, or a file a feed line named."""
    path = Path(source)
    if path.suffix.lower() not in (".txt", ".html", ".htm") or not path.is_file():
        return None
    documents = list(read_input(Input(str(path), form_of(path)), max_bytes))
    if len(documents) != 1 or documents[0].error or documents[0].doc_id != doc_id:
        return None
    return documents[0].text


def draw(graph: dict, centre: str | None = None) -> dict:
    """Positions for the SVG: nodes placed by a seeded spring layout, edges as thick as their count;
    the canvas grows with the number of nodes so labels have room.

    The layout is the costly part of a page (about half a second for the sample's network), and
    the same graph always gets the same drawing, so drawings are kept by the graph they draw: a
    burst of requests for the network costs one layout, and a corpus that changed draws anew."""
    key = hashlib.sha256(json.dumps([graph, centre], sort_keys=True).encode()).hexdigest()
    with _DRAWN_LOCK:
        if key in _DRAWN:
            _DRAWN.move_to_end(key)
            return _DRAWN[key]
    drawing = _draw(graph, centre)
    with _DRAWN_LOCK:
        _DRAWN[key] = drawing
        while len(_DRAWN) > 32:
            _DRAWN.popitem(last=False)
    return drawing


_DRAWN: OrderedDict[str, dict] = OrderedDict()  # the last drawings, by the hash of what they draw
_DRAWN_LOCK = threading.Lock()


def _draw(graph: dict, centre: str | None) -> dict:
    network = nx.Graph()
    network.add_nodes_from(n["id"] for n in graph["nodes"])
    network.add_edges_from((e["source"], e["target"], {"weight": e["weight"]}) for e in graph["edges"])
    size = int(min(1600, max(480, 110 * math.sqrt(len(network)))))
    spread = 3 / math.sqrt(len(network)) if len(network) > 1 else None
    placed = (nx.spring_layout(network, seed=7, k=spread, iterations=100) if len(network) > 1
              else {n: (0.0, 0.0) for n in network})
    margin = 60

    def scale(value: float) -> float:
        return round(margin + (value + 1) / 2 * (size - 2 * margin), 1)

    radius = {n["id"]: round(5 + 3 * math.sqrt(n["degree"]), 1) for n in graph["nodes"]}
    at = _apart({n: (scale(x), scale(y)) for n, (x, y) in placed.items()}, radius, margin, size - margin)
    nodes = [{**n, "x": at[n["id"]][0], "y": at[n["id"]][1], "r": radius[n["id"]], "centre": n["id"] == centre}
             for n in graph["nodes"]]
    edges = [{**e, "x1": at[e["source"]][0], "y1": at[e["source"]][1], "x2": at[e["target"]][0],
              "y2": at[e["target"]][1], "width": round(min(8.0, 1 + 1.5 * math.log2(e["weight"])), 1) if e["weight"] else 1}
             for e in graph["edges"]]
    return {"size": size, "nodes": nodes, "edges": edges}


def _apart(at: dict, radius: dict, low: float, high: float, rounds: int = 200) -> dict:
    """Push overlapping circles apart (a spring layout piles up the members of small groups), so
    every node can be seen and clicked."""
    at = {n: list(p) for n, p in at.items()}
    names = sorted(at)
    for _ in range(rounds):
        moved = False
        for i, one in enumerate(names):
            for other in names[i + 1:]:
                dx, dy = at[other][0] - at[one][0], at[other][1] - at[one][1]
                distance = math.hypot(dx, dy)
                needed = radius[one] + radius[other] + 16  # room for a label
                if distance >= needed:
                    continue
                if distance < 1e-6:  # the same point: part them along a fixed direction
                    dx, dy, distance = 1.0, 0.5, math.hypot(1.0, 0.5)
                push = (needed - distance) / 2 / distance
                for node, sign in ((one, -1), (other, 1)):
                    at[node][0] = min(high, max(low, at[node][0] + sign * dx * push))
                    at[node][1] = min(high, max(low, at[node][1] + sign * dy * push))
                moved = True
        if not moved:
            break
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in at.items()}


def marked_paragraphs(record: dict) -> list[list[dict]]:
    """The body cut into pieces, each with the entity it names (if any) and the events whose
    evidence it is part of, paragraph by paragraph (blank lines separate paragraphs)."""
    body = record["body"] or ""
    mentions = [(s, e, entity) for entity in record["entities"] for s, e in entity["mentions"]]
    evidence = [(span["start"], span["end"], index) for index, event in enumerate(record["events"])
                for span in event["evidence"]]
    cuts = {0, len(body)} | {p for s, e, _ in mentions for p in (s, e)} | {p for s, e, _ in evidence for p in (s, e)}
    cuts |= {i for i, ch in enumerate(body) if ch == "\n"} | {i + 1 for i, ch in enumerate(body) if ch == "\n"}
    points = sorted(p for p in cuts if 0 <= p <= len(body))
    paragraphs: list[list[dict]] = [[]]
    for start, end in zip(points, points[1:]):
        text = body[start:end]
        if text == "\n":
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        entity = next((m for s, e, m in mentions if s <= start and end <= e), None)
        events = [i for s, e, i in evidence if s <= start and end <= e]
        paragraphs[-1].append({"text": text, "entity": entity, "events": events})
    return [p for p in paragraphs if p]
