"""The JSON API over one corpus database, opened read-only for each request.

Every list is paged and capped, every query value is bound by the store, and every error is JSON
with a message that says what to do, under the status code that fits.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Iterator, Optional

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from hoedong.corpus import SQLiteStore
from hoedong.corpus.store import StoreError
from hoedong.web import views
from hoedong.web.views import MAX_LIMIT

MAX_QUERY = 200  # characters of a search or filter value
DAY = r"^\d{4}(-\d{2}(-\d{2})?)?$"
EVENT_TYPE = "^(?i:MEET|VISIT|PARTNER|INVEST)$"
STATUS = "^(occurred|planned|requested|speculated|denied)$"


def create_app(db: Path) -> FastAPI:
    """The explorer for the corpus in `db` (the JSON API and the pages); the file must exist."""
    if not Path(db).exists():
        raise StoreError(f"no corpus database at {db}")
    app = FastAPI(title="hoedong", summary="Who met whom in Korean news, with the evidence.",
                  docs_url="/api/docs", openapi_url="/api/openapi.json", redoc_url=None)

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
    return app


def _json_errors(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        return JSONResponse({"error": error.detail, "status": error.status_code}, status_code=error.status_code)

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


def api_router(store: Callable[[], Iterator[SQLiteStore]]) -> APIRouter:
    router = APIRouter(prefix="/api")

    @router.get("/entities", summary="People and organisations, the most connected first")
    def entities(q: Optional[str] = Query(None, max_length=MAX_QUERY, description="part of a name or alias"),
                 type: Optional[str] = Query(None, pattern="^(?i:PERSON|ORG|PLACE|PRODUCT|PROJECT)$"),
                 limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0),
                 corpus: SQLiteStore = Depends(store)) -> dict:
        return views.entities_view(corpus, q=q, type=type, limit=limit, offset=offset)

    @router.get("/entities/{entity_id}", summary="One entity: roles, aliases, documents, events, whom they met")
    def entity(entity_id: str, corpus: SQLiteStore = Depends(store)) -> dict:
        return views.entity_view(corpus, entity_id)

    @router.get("/events", summary="Fused events, newest first")
    def events(type: Optional[str] = Query(None, pattern=EVENT_TYPE),
               entity: Optional[str] = Query(None, max_length=MAX_QUERY, description="an entity id or any alias"),
               org: Optional[str] = Query(None, max_length=MAX_QUERY, description="an organisation id or any alias"),
               since: Optional[str] = Query(None, pattern=DAY), until: Optional[str] = Query(None, pattern=DAY),
               status: Optional[str] = Query(None, pattern=STATUS),
               limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0),
               corpus: SQLiteStore = Depends(store)) -> dict:
        return views.events_view(corpus, type=type, entity=entity, org=org, since=since, until=until, status=status,
                                 limit=limit, offset=offset)

    @router.get("/events/{event_id}", summary="One fused event with every source, its status and evidence")
    def event(event_id: str, corpus: SQLiteStore = Depends(store)) -> dict:
        return views.event_view(corpus, event_id)

    @router.get("/graph", summary="Nodes and edges of the network of people and organisations")
    def graph(entity: Optional[str] = Query(None, max_length=MAX_QUERY, description="centre on this id or alias"),
              depth: int = Query(1, ge=1, le=3),
              since: Optional[str] = Query(None, pattern=DAY), until: Optional[str] = Query(None, pattern=DAY),
              type: Optional[str] = Query(None, pattern=EVENT_TYPE), status: Optional[str] = Query(None, pattern=STATUS),
              corpus: SQLiteStore = Depends(store)) -> dict:
        return views.graph_view(corpus, entity=entity, depth=depth, since=since, until=until, type=type, status=status)

    @router.get("/documents/{doc_id}", summary="One article with its entity and event spans")
    def document(doc_id: str, corpus: SQLiteStore = Depends(store)) -> dict:
        return views.document_view(corpus, doc_id)

    @router.get("/search", summary="Documents containing the words (title or body)")
    def search(q: str = Query(..., min_length=1, max_length=MAX_QUERY), limit: int = Query(20, ge=1, le=MAX_LIMIT),
               corpus: SQLiteStore = Depends(store)) -> dict:
        return {"q": q, "documents": corpus.search(q, limit)}

    @router.get("/stats", summary="Counts of documents, entities and events")
    def stats(corpus: SQLiteStore = Depends(store)) -> dict:
        return corpus.stats()

    return router
