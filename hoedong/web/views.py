"""What each page shows, as plain data: the JSON API returns it and the HTML pages render it, so a
page and its JSON twin never disagree."""

from __future__ import annotations

from dataclasses import replace

from hoedong.corpus import SQLiteStore, query
from hoedong.corpus.query import Filters

MAX_LIMIT = 200  # rows in one page (and documents listed on an entity)
MAX_OFFSET = 1_000_000_000  # rows skipped by one page: far beyond any corpus, far inside SQLite's integers
MAX_ID = 200  # characters of an id in a path


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


def events_view(corpus: SQLiteStore, filters: Filters, limit: int = 50, offset: int = 0) -> dict:
    total, found = query.events(corpus, filters, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "filters": filters.params(), "events": found}


def entities_view(corpus: SQLiteStore, *, q=None, type=None, limit: int = 50, offset: int = 0) -> dict:
    total, found = corpus.entities_where(text=q, type=type, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "entities": found}


def graph_view(corpus: SQLiteStore, filters: Filters, centre: str | None = None, depth: int = 1) -> dict:
    """Nodes and edges (weight = number of events) of people and organisations: the events the
    filters keep, around `centre` (an id or any alias) when one is given."""
    network = query.linked(query.network(corpus, filters))
    if centre:
        network = query.ego(network, query.ids_named(corpus, centre), depth)
        if not network:
            raise NotFound(f"{centre!r} has no events in this view; widen the filters or check the name")
    return {
        "filters": filters.params(),
        "nodes": [{"id": n, "label": d.get("label", n), "kind": d.get("kind"), "degree": network.degree(n)}
                  for n, d in sorted(network.nodes(data=True))],
        "edges": [{"source": a, "target": b, "relation": d.get("relation"), "weight": d.get("weight", 1),
                   "last": d.get("last") or None, "events": list(d.get("event_ids", []))}
                  for a, b, d in sorted(network.edges(data=True))],
    }


def home_view(corpus: SQLiteStore) -> dict:
    return {
        "people": corpus.entities_where(type="PERSON", limit=10)[1],
        "organisations": corpus.entities_where(type="ORG", limit=10)[1],
        "latest": corpus.events_where(limit=10)[1],
        "stats": corpus.stats(),
    }


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


def pair_view(corpus: SQLiteStore, a: str, b: str, filters: Filters) -> dict:
    """Two entities over time: the events of A alone, of both, of B alone."""
    sides = {}
    for key, value in (("a", a), ("b", b)):
        ids = query.ids_named(corpus, value)
        if not ids:
            raise NotFound(f"nobody is called {value!r}; find names with /api/entities?q=NAME")
        first = corpus.entity(sorted(ids)[0], documents_limit=0)
        sides[key] = {"query": value, "ids": sorted(ids), "name": first["name"], "type": first["type"]}
    found = query.pair_timeline(corpus, set(sides["a"]["ids"]), set(sides["b"]["ids"]), filters)
    return {**sides, "filters": filters.params(), "events": found}


ALLIANCE_TYPES = ("PARTNER", "INVEST")
MAX_ALLIANCE_LANES = 30  # organisations drawn, the most allied first


def alliances_view(corpus: SQLiteStore, filters: Filters) -> dict:
    """Partnerships and investments over time, and for each organisation the ones it is part of."""
    chosen: list[dict] = []
    for kind in ALLIANCE_TYPES:
        if filters.type in (None, kind):
            chosen += query.events(corpus, replace(filters, type=kind), limit=None, oldest_first=True)[1]
    chosen.sort(key=lambda e: ((e["date"] or {}).get("start") or "9999", e["id"]))
    by_org: dict[str, dict] = {}
    for event in chosen:
        for org in event["orgs"]:
            entry = by_org.setdefault(org["id"], {"id": org["id"], "name": org["name"], "events": []})
            entry["events"].append(event["id"])
    ranked = sorted(by_org.values(), key=lambda o: (-len(o["events"]), o["name"]))
    return {"filters": filters.params(), "organisations": ranked, "events": chosen}
