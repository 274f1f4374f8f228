"""The JSON API over one corpus database, opened read-only for each request.

Every list is paged and capped, every query value is bound by the store, and every error is JSON
with a message that says what to do, under the status code that fits.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional

import networkx as nx
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from hoedong.corpus import SQLiteStore
from hoedong.corpus.graph import full_graph
from hoedong.corpus.store import StoreError

MAX_LIMIT = 200  # rows in one page
MAX_GRAPH_EVENTS = 5000  # events drawn in one network view
MAX_QUERY = 200  # characters of a search or filter value
EVENT_TYPES = ("MEET", "VISIT", "PARTNER", "INVEST")
STATUSES = ("occurred", "planned", "requested", "speculated", "denied")


def create_api(db: Path) -> FastAPI:
    """The API for the corpus in `db`; the file must exist (see `hoedong ingest`)."""
    if not Path(db).exists():
        raise StoreError(f"no corpus database at {db}")
    api = FastAPI(title="hoedong", summary="Who met whom in Korean news, with the evidence.",
                  docs_url="/api/docs", openapi_url="/api/openapi.json", redoc_url=None)

    def store() -> Iterator[SQLiteStore]:
        opened = SQLiteStore(db, readonly=True)  # one connection per request: SQLite objects stay in their thread
        try:
            yield opened
        finally:
            opened.close()

    @api.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        return JSONResponse({"error": error.detail, "status": error.status_code}, status_code=error.status_code)

    @api.exception_handler(RequestValidationError)
    async def bad_request(request: Request, error: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in error.errors())
        return JSONResponse({"error": f"bad request: {problems}", "status": 422}, status_code=422)

    @api.exception_handler(Exception)
    async def internal_error(request: Request, error: Exception) -> JSONResponse:
        return JSONResponse({"error": f"internal error ({type(error).__name__}); please report it with the URL",
                             "status": 500}, status_code=500)

    @api.get("/api/entities", summary="People and organisations, the most connected first")
    def entities(q: Optional[str] = Query(None, max_length=MAX_QUERY, description="part of a name or alias"),
                 type: Optional[str] = Query(None, pattern="^(?i:PERSON|ORG|PLACE|PRODUCT|PROJECT)$"),
                 limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0),
                 corpus: SQLiteStore = Depends(store)) -> dict:
        total, found = corpus.entities_where(text=q, type=type, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "entities": found}

    @api.get("/api/entities/{entity_id}", summary="One entity: roles, aliases, documents, events, whom they met")
    def entity(entity_id: str, corpus: SQLiteStore = Depends(store)) -> dict:
        found = corpus.entity(entity_id)
        if found is None:
            raise HTTPException(404, f"no entity {entity_id!r}; find ids with /api/entities?q=NAME")
        _, events = corpus.events_where(members=[entity_id], limit=MAX_LIMIT)
        found["timeline"] = sorted(events, key=lambda e: ((e["date"] or {}).get("start") or "", e["id"]))
        found["met"] = _met(entity_id, events)
        return found

    @api.get("/api/events", summary="Fused events, newest first")
    def events(type: Optional[str] = Query(None, pattern="^(?i:MEET|VISIT|PARTNER|INVEST)$"),
               entity: Optional[str] = Query(None, max_length=MAX_QUERY, description="an entity id or any alias"),
               org: Optional[str] = Query(None, max_length=MAX_QUERY, description="an organisation id or any alias"),
               since: Optional[str] = Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
               until: Optional[str] = Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
               status: Optional[str] = Query(None, pattern="^(occurred|planned|requested|speculated|denied)$"),
               limit: int = Query(50, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0),
               corpus: SQLiteStore = Depends(store)) -> dict:
        members = _members(corpus, entity, org)
        total, found = corpus.events_where(type=type, members=members, since=since, until=until, status=status,
                                           limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "events": found}

    @api.get("/api/events/{event_id}", summary="One fused event with every source, its status and evidence")
    def event(event_id: str, corpus: SQLiteStore = Depends(store)) -> dict:
        found = corpus.event(event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id!r}; list events with /api/events")
        return found

    @api.get("/api/graph", summary="Nodes and edges of the network of people and organisations")
    def graph(entity: Optional[str] = Query(None, max_length=MAX_QUERY, description="centre on this id or alias"),
              depth: int = Query(1, ge=1, le=3),
              since: Optional[str] = Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
              until: Optional[str] = Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
              type: Optional[str] = Query(None, pattern="^(?i:MEET|VISIT|PARTNER|INVEST)$"),
              status: Optional[str] = Query(None, pattern="^(occurred|planned|requested|speculated|denied)$"),
              corpus: SQLiteStore = Depends(store)) -> dict:
        _, chosen = corpus.events_where(type=type, since=since, until=until, status=status, limit=MAX_GRAPH_EVENTS)
        network = full_graph(corpus.fused_entities(), chosen)
        network.remove_nodes_from([n for n, d in list(network.degree()) if d == 0])
        if entity:
            centres = [i for i in _members(corpus, entity, None) or [] if i in network]
            if not centres:
                raise HTTPException(404, f"{entity!r} has no events in this view; widen the filters or check the name")
            network = nx.compose_all([nx.ego_graph(network, c, radius=depth) for c in centres])
        return _node_link(network)

    @api.get("/api/documents/{doc_id}", summary="One article with its entity and event spans")
    def document(doc_id: str, corpus: SQLiteStore = Depends(store)) -> dict:
        found = corpus.document(doc_id)
        if found is None:
            raise HTTPException(404, f"no document {doc_id!r}; search documents with /api/search?q=WORDS")
        return found

    @api.get("/api/search", summary="Documents containing the words (title or body)")
    def search(q: str = Query(..., min_length=1, max_length=MAX_QUERY), limit: int = Query(20, ge=1, le=MAX_LIMIT),
               corpus: SQLiteStore = Depends(store)) -> dict:
        return {"q": q, "documents": corpus.search(q, limit)}

    @api.get("/api/stats", summary="Counts of documents, entities and events")
    def stats(corpus: SQLiteStore = Depends(store)) -> dict:
        return corpus.stats()

    return api


def _members(corpus: SQLiteStore, entity: str | None, org: str | None) -> list[str] | None:
    """Entity ids for the `entity` and `org` filters (an id, or any name or alias); None: no filter."""
    if not entity and not org:
        return None
    chosen: list[str] = []
    for value in (entity, org):
        if value:
            chosen += [value] if corpus.entity(value) else corpus.entity_ids_named(value)
    return chosen


def _met(entity_id: str, events: list[dict]) -> list[dict]:
    """Whom this entity met, how often, and when last."""
    met: dict[str, dict] = {}
    for event in events:
        if event["type"] != "MEET":
            continue
        for person in event["participants"]:
            if person["id"] == entity_id:
                continue
            seen = met.setdefault(person["id"], {"id": person["id"], "name": person["name"], "times": 0, "last": ""})
            seen["times"] += 1
            seen["last"] = max(seen["last"], (event["date"] or {}).get("start") or "")
    return sorted(met.values(), key=lambda m: (-m["times"], m["name"]))


def _node_link(network: nx.Graph) -> dict:
    return {
        "nodes": [{"id": n, "label": d.get("label", n), "kind": d.get("kind"), "degree": network.degree(n)}
                  for n, d in sorted(network.nodes(data=True))],
        "edges": [{"source": a, "target": b, "relation": d.get("relation"), "weight": d.get("weight", 1),
                   "last": d.get("last") or None}
                  for a, b, d in sorted(network.edges(data=True))],
    }
