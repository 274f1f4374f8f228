"""The JSON API over one corpus database, opened read-only for each request.

Every list is paged and capped, every query value is bound by the store, and every error is JSON
with a message that says what to do, under the status code that fits.

What a request can and cannot do (the security review, tests/test_web_security.py):
- read only: the store opens the file with `mode=ro` and `PRAGMA query_only`, and no route writes;
- no path from a request: ids are looked up in the database, and the one page that reads a file
  (a document's source) reads it only when its bytes are the ones that were ingested (pages.py);
- every value bounded: page sizes, offsets, query strings and ids have caps, and control
  characters are refused, each with a JSON 4xx that says what is wrong;
- everything escaped: the pages are Jinja2 templates with autoescape, served with a
  Content-Security-Policy that runs only this server's own script files (no inline script, no
  other origin: an article's `<script>` is text, and would not run if it were not), and the JSON
  is JSON;
- loopback only unless `hoedong serve --host` says otherwise, and a request that arrives on a
  loopback address must name a loopback host, so a web page elsewhere cannot read the corpus
  through DNS rebinding;
- headers that keep a browser from sniffing, framing or leaking a page (nosniff, DENY, CSP).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
import socket
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Iterator, Optional

from fastapi import APIRouter, Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.datastructures import Headers, MutableHeaders, QueryParams
from starlette.exceptions import HTTPException as StarletteHTTPException

from hoedong.corpus import SQLiteStore, query
from hoedong.corpus.query import Filters
from hoedong.corpus.store import StoreError
from hoedong.web import views
from hoedong.web.views import MAX_ID, MAX_LIMIT, MAX_OFFSET

MAX_QUERY = 200  # characters of a search or filter value
MAX_QUERY_STRING = 8192  # bytes of a whole query string, percent-encoded
DAY = r"^\d{4}(-\d{2}(-\d{2})?)?$"
EVENT_TYPE = "^(?i:MEET|VISIT|PARTNER|INVEST)$"
STATUS = "^(occurred|planned|requested|speculated|denied)$"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_THIS_HOST = socket.gethostname().lower()  # Debian names the machine on 127.0.1.1
_DOCS = ("/api/docs", "/api/openapi.json")  # Swagger UI (vendored): the one page with a script of its own inline
_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
}
_CSP = ("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


def is_loopback(host: str) -> bool:
    """Whether `host` (an address or a name) is this machine only."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_app(db: Path) -> FastAPI:
    """The explorer for the corpus in `db` (the JSON API and the pages); the file must exist."""
    if not Path(db).is_file():
        raise StoreError(f"no corpus database at {db}")
    app = FastAPI(title="hoedong", summary="Who met whom in Korean news, with the evidence.",
                  docs_url=None, openapi_url="/api/openapi.json", redoc_url=None)

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI from this server's own copy (`make setup` vendors it): nothing from a CDN."""
        return get_swagger_ui_html(openapi_url="/api/openapi.json", title="hoedong API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg",
                                   swagger_ui_parameters={"validatorUrl": None})

    def store() -> Iterator[SQLiteStore]:
        opened = SQLiteStore(db, readonly=True)  # one connection per request: SQLite objects stay in their thread
        try:
            yield opened
        finally:
            opened.close()

    app.include_router(api_router(store))
    from hoedong.web.pages import pages_router  # the pages render what the API returns

    app.include_router(pages_router(store))
    _json_errors(app)
    app.add_middleware(_Guard)
    return app


def _error(message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status,
                        headers={**_HEADERS, "Content-Security-Policy": _CSP})


class _Guard:
    """Before any route: the Host header and the query string; after: the security headers.
    Plain ASGI (no per-request task or stream, which matters under load)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refused = _refusal(scope)
        if refused is not None:
            await refused(scope, receive, send)
            return
        policy = not scope["path"].startswith(_DOCS)

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for header, value in _HEADERS.items():
                    headers.setdefault(header, value)
                if policy:
                    headers.setdefault("Content-Security-Policy", _CSP)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _refusal(scope) -> JSONResponse | None:
    """Why this request is refused before it reaches a route, or None.

    A request that arrived on a loopback address must name a loopback host (or this machine): a
    browser sends the Host of the page's own site, so a site that re-pointed its name at
    127.0.0.1 (DNS rebinding) to read the corpus from a visitor's browser is refused."""
    server = scope.get("server")
    if server and is_loopback(str(server[0])):
        name = _host_name(Headers(scope=scope).get("host", ""))
        if name and not is_loopback(name) and name != _THIS_HOST:
            port = server[1]
            return _error(f"the Host header names {name!r}, but this server listens on loopback only: open it as "
                          f"http://127.0.0.1:{port} or http://localhost:{port} (a page of another site may be "
                          "trying to read it through DNS rebinding)", 400)
    query = scope.get("query_string", b"")
    if len(query) > MAX_QUERY_STRING:
        return _error(f"the query string is {len(query):,} bytes; at most {MAX_QUERY_STRING:,} are read "
                      f"(each value at most {MAX_QUERY} characters)", 414)
    for key, value in QueryParams(query).multi_items():
        if _CONTROL.search(key) or _CONTROL.search(value):
            return _error(f"bad request: the query value {key!r} holds a control character; send text only", 422)
    return None


def _host_name(header: str) -> str:
    """The host of a Host header, without its port: `[::1]:8000` is `::1`, `a:80` is `a`."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def _json_errors(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)  # FastAPI's HTTPException, and the router's own 404/405
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        message = error.detail
        if error.status_code == 404 and message == "Not Found":
            message = f"no page {request.url.path!r}; the API is listed at /api/docs"
        elif error.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path!r}: the API and the pages are read-only (GET)"
        return JSONResponse({"error": message, "status": error.status_code}, status_code=error.status_code,
                            headers=getattr(error, "headers", None))

    @app.exception_handler(views.NotFound)
    async def not_found(request: Request, error: views.NotFound) -> JSONResponse:
        return JSONResponse({"error": str(error), "status": 404}, status_code=404)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, error: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in error.errors())
        return JSONResponse({"error": f"bad request: {problems}", "status": 422}, status_code=422)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, error: Exception) -> JSONResponse:
        logging.getLogger("hoedong.web").exception("internal error on %s", request.url.path)
        return JSONResponse({"error": f"internal error ({type(error).__name__}); please report it with the URL",
                             "status": 500}, status_code=500)


_NETWORKS: OrderedDict[tuple, bytes] = OrderedDict()  # the last networks served, by corpus version and filters
_NETWORKS_LOCK = threading.Lock()


def _network_bytes(corpus: SQLiteStore, filters: Filters) -> bytes:
    """The network's JSON, kept for the same filters until the database changes: the explorer's page
    asks for the whole network on every visit, and building it is the costly part (about 1.5 s for
    5,000 nodes)."""
    key = (_version(corpus.path), filters)
    with _NETWORKS_LOCK:
        if key in _NETWORKS:
            _NETWORKS.move_to_end(key)
            return _NETWORKS[key]
    data = json.dumps(query.network_data(corpus, filters), ensure_ascii=False, separators=(",", ":")).encode()
    with _NETWORKS_LOCK:
        _NETWORKS[key] = data
        while len(_NETWORKS) > 16:
            _NETWORKS.popitem(last=False)
    return data


def _version(db: Path) -> tuple:
    """What changes when the corpus is written: the database file and its write-ahead log."""
    files = (Path(db), Path(f"{db}-wal"))
    return (str(Path(db).resolve()),) + tuple((f.stat().st_mtime_ns, f.stat().st_size) if f.exists() else None
                                              for f in files)


def event_filters(type: Optional[str] = Query(None, pattern=EVENT_TYPE),
                  entity: Optional[str] = Query(None, max_length=MAX_QUERY, description="an entity id or any alias"),
                  org: Optional[str] = Query(None, max_length=MAX_QUERY, description="an organisation id or any alias"),
                  since: Optional[str] = Query(None, pattern=DAY), until: Optional[str] = Query(None, pattern=DAY),
                  status: Optional[str] = Query(None, pattern=STATUS)) -> Filters:
    """The filters of the events, the network, the exports and the timelines: given together, they intersect."""
    return Filters(type=type.upper() if type else None, entity=entity, org=org, since=since, until=until, status=status)


def api_router(store: Callable[[], Iterator[SQLiteStore]]) -> APIRouter:
    router = APIRouter(prefix="/api")

    @router.get("/entities", summary="People and organisations, the most connected first")
    def entities(q: Optional[str] = Query(None, max_length=MAX_QUERY, description="part of a name or alias"),
                 type: Optional[str] = Query(None, pattern="^(?i:PERSON|ORG|PLACE|PRODUCT|PROJECT)$"),
                 limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0, le=MAX_OFFSET),
                 corpus: SQLiteStore = Depends(store)) -> dict:
        return views.entities_view(corpus, q=q, type=type, limit=limit, offset=offset)

    @router.get("/entities/{entity_id}", summary="One entity: roles, aliases, documents, events, whom they met")
    def entity(entity_id: str = PathParam(..., max_length=MAX_ID), corpus: SQLiteStore = Depends(store)) -> dict:
        return views.entity_view(corpus, entity_id)

    @router.get("/events", summary="Fused events, newest first (every filter given narrows them)")
    def events(filters: Filters = Depends(event_filters), limit: int = Query(50, ge=1, le=MAX_LIMIT),
               offset: int = Query(0, ge=0, le=MAX_OFFSET), corpus: SQLiteStore = Depends(store)) -> dict:
        return views.events_view(corpus, filters, limit=limit, offset=offset)

    @router.get("/events/{event_id}", summary=("One fused event: every source with its evidence, the status "
                                               "history and the reasons its sources were joined"))
    def event(event_id: str = PathParam(..., max_length=MAX_ID), corpus: SQLiteStore = Depends(store)) -> dict:
        return views.event_view(corpus, event_id)

    @router.get("/graph", summary="Nodes and edges of the network of people and organisations")
    def graph(entity: Optional[str] = Query(None, max_length=MAX_QUERY, description="centre on this id or alias"),
              depth: int = Query(1, ge=1, le=3),
              org: Optional[str] = Query(None, max_length=MAX_QUERY, description="only events of this organisation"),
              since: Optional[str] = Query(None, pattern=DAY), until: Optional[str] = Query(None, pattern=DAY),
              type: Optional[str] = Query(None, pattern=EVENT_TYPE), status: Optional[str] = Query(None, pattern=STATUS),
              corpus: SQLiteStore = Depends(store)) -> dict:
        filters = Filters(type=type, org=org, since=since, until=until, status=status)
        return views.graph_view(corpus, filters, centre=entity, depth=depth)

    @router.get("/network", summary="The network compactly, for the explorer: nodes, edges and the events behind them")
    def network(filters: Filters = Depends(event_filters), corpus: SQLiteStore = Depends(store)) -> Response:
        return Response(_network_bytes(corpus, filters), media_type="application/json")

    @router.get("/export", summary="The filtered network as a file: GraphML, GEXF, JSON, or CSV (nodes and edges, zipped)")
    def export(format: str = Query(..., pattern="^(csv|graphml|gexf|json)$"),
               graph: str = Query("full", pattern="^(full|people|alliance)$"),
               filters: Filters = Depends(event_filters), corpus: SQLiteStore = Depends(store)) -> Response:
        name, data, kind = query.export_download(query.network(corpus, filters, graph), format)
        return Response(data, media_type=kind, headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @router.get("/pair", summary="Two entities over time: the events of each and those they share")
    def pair(a: str = Query(..., min_length=1, max_length=MAX_QUERY), b: str = Query(..., min_length=1, max_length=MAX_QUERY),
             filters: Filters = Depends(event_filters), corpus: SQLiteStore = Depends(store)) -> dict:
        return views.pair_view(corpus, a, b, filters)

    @router.get("/alliances", summary="Partnerships and investments over time, by organisation")
    def alliances(filters: Filters = Depends(event_filters), corpus: SQLiteStore = Depends(store)) -> dict:
        return views.alliances_view(corpus, filters)

    @router.get("/documents/{doc_id}", summary="One article with its entity and event spans")
    def document(doc_id: str = PathParam(..., max_length=MAX_ID), corpus: SQLiteStore = Depends(store)) -> dict:
        return views.document_view(corpus, doc_id)

    @router.get("/search", summary="Documents containing the words (title or body)")
    def search(q: str = Query(..., min_length=1, max_length=MAX_QUERY), limit: int = Query(20, ge=1, le=MAX_LIMIT),
               corpus: SQLiteStore = Depends(store)) -> dict:
        return {"q": q, "documents": corpus.search(q, limit)}

    @router.get("/stats", summary="Counts of documents, entities and events")
    def stats(corpus: SQLiteStore = Depends(store)) -> dict:
        return corpus.stats()

    return router
