"""What each page shows, as plain data: the JSON API returns it and the HTML pages render it, so a
page and its JSON twin never disagree."""

from __future__ import annotations

import networkx as nx

from hoedong.corpus import SQLiteStore
from hoedong.corpus.graph import full_graph

MAX_LIMIT = 200  # rows in one page (and documents listed on an entity)
MAX_OFFSET = 1_000_000_000  # rows skipped by one page: far beyond any corpus, far inside SQLite's integers
MAX_ID = 200  # characters of an id in a path
MAX_GRAPH_EVENTS = 5000  # events drawn in one network view


class NotFound(LookupError):
    """What was asked for is not in the corpus; the message says where to look instead."""


def entity_view(corpus: SQLiteStore, entity_id: str) -> dict:
    found = corpus.entity(entity_id, documents_limit=MAX_LIMIT)
    if found is None:
        raise NotFound(f"no entity {entity_id!r}; find ids with /api/entities?q=NAME")
    _, events = corpus.events_where(members=[entity_id], limit=MAX_LIMIT)
    found["timeline"] = sorted(events, key=lambda e: ((e["date"] or {}).get("start") or "", e["id"]))
    found["met"] = _met(entity_id, events)
    return found


def event_view(corpus: SQLiteStore, event_id: str) -> dict:
    found = corpus.event(event_id)
    if found is None:
        raise NotFound(f"no event {event_id!r}; list events with /api/events")
    return found


def document_view(corpus: SQLiteStore, doc_id: str) -> dict:
    found = corpus.document(doc_id)
    if found is None:
        raise NotFound(f"no document {doc_id!r}; search documents with /api/search?q=WORDS")
    return found


def events_view(corpus: SQLiteStore, *, type=None, entity=None, org=None, since=None, until=None, status=None,
                limit: int = 50, offset: int = 0) -> dict:
    total, found = corpus.events_where(type=type, members=members_named(corpus, entity, org), since=since,
                                       until=until, status=status, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "events": found}


def entities_view(corpus: SQLiteStore, *, q=None, type=None, limit: int = 50, offset: int = 0) -> dict:
    total, found = corpus.entities_where(text=q, type=type, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "entities": found}


def graph_view(corpus: SQLiteStore, *, entity=None, depth: int = 1, since=None, until=None, type=None,
               status=None) -> dict:
    """Nodes and edges (weight = number of events) of people and organisations."""
    _, chosen = corpus.events_where(type=type, since=since, until=until, status=status, limit=MAX_GRAPH_EVENTS)
    network = full_graph(corpus.fused_entities(), chosen)
    network.remove_nodes_from([n for n, d in list(network.degree()) if d == 0])
    if entity:
        centres = [i for i in members_named(corpus, entity, None) or [] if i in network]
        if not centres:
            raise NotFound(f"{entity!r} has no events in this view; widen the filters or check the name")
        network = nx.compose_all([nx.ego_graph(network, c, radius=depth) for c in centres])
    return {
        "nodes": [{"id": n, "label": d.get("label", n), "kind": d.get("kind"), "degree": network.degree(n)}
                  for n, d in sorted(network.nodes(data=True))],
        "edges": [{"source": a, "target": b, "relation": d.get("relation"), "weight": d.get("weight", 1),
                   "last": d.get("last") or None}
                  for a, b, d in sorted(network.edges(data=True))],
    }


def home_view(corpus: SQLiteStore) -> dict:
    return {
        "people": corpus.entities_where(type="PERSON", limit=10)[1],
        "organisations": corpus.entities_where(type="ORG", limit=10)[1],
        "latest": corpus.events_where(limit=10)[1],
        "stats": corpus.stats(),
    }


def members_named(corpus: SQLiteStore, entity: str | None, org: str | None) -> list[str] | None:
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
