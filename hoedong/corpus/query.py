"""The one reading of the corpus's filters, shared by the JSON API, the pages and the CLI.

Every filter narrows the fused events, and filters given together intersect: `entity` and `org`
both take part, within the `type`, `status` and date range asked for. The network, the timelines
and the exports are all drawn from the events a filter keeps, so a page, its JSON twin, its export
and `hoedong export` with the same filters hold the same graph.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from tempfile import TemporaryDirectory

import networkx as nx

from hoedong.corpus import graph as graphs
from hoedong.corpus.store import SQLiteStore

MAX_NETWORK_EVENTS = 20_000  # events read into one network view (a 1,000-document corpus has about 3,000)
ORG_TYPES = ("ORG", "PROJECT")
GRAPHS = {"full": graphs.full_graph, "people": graphs.people_graph, "alliance": graphs.alliance_graph}
EXPORT_FORMATS = ("csv", "graphml", "gexf", "json")


@dataclass(frozen=True)
class Filters:
    """What to keep: each given value narrows the events (`since`/`until` at the precision both
    dates have; `entity` and `org` are an id, a name or any alias)."""

    type: str | None = None
    entity: str | None = None
    org: str | None = None
    since: str | None = None
    until: str | None = None
    status: str | None = None

    @classmethod
    def of(cls, **values) -> "Filters":
        """Filters from query values, an empty string meaning no filter."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: (v or None) for k, v in values.items() if k in names})

    @property
    def active(self) -> bool:
        return any(asdict(self).values())

    def params(self) -> dict:
        """The filters given, as query parameters."""
        return {k: v for k, v in asdict(self).items() if v}


def ids_named(corpus: SQLiteStore, value: str, types: tuple[str, ...] | None = None) -> set[str]:
    """The fused entities `value` names: an id, else any name or alias (of these types only)."""
    found = corpus.entity(value, documents_limit=0)
    if found is not None:
        return {value} if types is None or found["type"] in types else set()
    ids = set(corpus.entity_ids_named(value))
    if types is None or not ids:
        return ids
    return {i for i in ids if (corpus.entity(i, documents_limit=0) or {}).get("type") in types}


def events(corpus: SQLiteStore, filters: Filters, *, limit: int | None = 50, offset: int = 0,
           oldest_first: bool = False) -> tuple[int, list[dict]]:
    """The fused events every filter keeps: how many, and one page of them."""
    groups = []
    if filters.entity:
        groups.append(ids_named(corpus, filters.entity))
    if filters.org:
        groups.append(ids_named(corpus, filters.org, ORG_TYPES))
    return corpus.events_where(type=filters.type, since=filters.since, until=filters.until, status=filters.status,
                               all_of=groups, limit=limit, offset=offset, oldest_first=oldest_first)


def network(corpus: SQLiteStore, filters: Filters, kind: str = "full") -> nx.Graph:
    """The graph of the events the filters keep (`kind`: full, people or alliance). Unfiltered, it
    is the whole corpus, every entity a node; filtered, the entities those events name, and the
    roles that join them."""
    _, chosen = events(corpus, filters, limit=MAX_NETWORK_EVENTS, oldest_first=True)
    return _graph_of(corpus, filters, chosen, kind)


def _graph_of(corpus: SQLiteStore, filters: Filters, chosen: list[dict], kind: str = "full") -> nx.Graph:
    graph = GRAPHS[kind](corpus.fused_entities(), chosen)
    if filters.active:
        named = {m["id"] for event in chosen for m in event["participants"] + event["orgs"]}
        graph.remove_nodes_from([n for n in list(graph) if n not in named])
    return graph


def linked(graph: nx.Graph) -> nx.Graph:
    """The graph without the entities that have no edge (what a drawing shows); changes `graph`."""
    graph.remove_nodes_from(list(nx.isolates(graph)))
    return graph


def ego(graph: nx.Graph, centres: set[str], depth: int) -> nx.Graph:
    """Everyone within `depth` steps of a centre."""
    inside = [c for c in sorted(centres) if c in graph]
    if not inside:
        return graph.subgraph([]).copy()
    return nx.compose_all([nx.ego_graph(graph, c, radius=depth) for c in inside])


def network_data(corpus: SQLiteStore, filters: Filters) -> dict:
    """The network as the explorer draws it, compact: nodes and events as rows, edges and events
    pointing at them by position, so 5,000 nodes travel in a few hundred kilobytes. Each edge lists
    the events behind it; each event its type, date, status and the nodes it names, so the page
    filters them itself exactly as `events` does (tests/test_web_network.py holds them equal)."""
    _, chosen = events(corpus, filters, limit=MAX_NETWORK_EVENTS, oldest_first=True)
    graph = linked(_graph_of(corpus, filters, chosen))
    order = sorted(graph.nodes)
    at = {node: index for index, node in enumerate(order)}
    kept = [e for e in chosen if any(m["id"] in at for m in e["participants"] + e["orgs"])]
    event_at = {event["id"]: index for index, event in enumerate(kept)}
    return {
        "filters": filters.params(),
        "nodes": [[n, graph.nodes[n].get("label", n), graph.nodes[n].get("kind")] for n in order],
        "edges": [[at[a], at[b], d.get("relation"), d.get("weight", 1), d.get("last") or None,
                   [event_at[i] for i in d.get("event_ids", []) if i in event_at]]
                  for a, b, d in sorted(graph.edges(data=True), key=lambda e: (at[e[0]], at[e[1]]))],
        "events": [[e["id"], e["type"], (e["date"] or {}).get("start"), e["status"],
                    sorted({at[m["id"]] for m in e["participants"] + e["orgs"] if m["id"] in at}),
                    _who(e)] for e in kept],
    }


def _who(event: dict) -> str:
    return ", ".join(p["name"] for p in event["participants"]) or ", ".join(o["name"] for o in event["orgs"])


def export_files(graph: nx.Graph, fmt: str, stem: str = "hoedong") -> dict[str, bytes]:
    """The files `hoedong export` writes for this graph, by name (CSV is two: nodes and edges)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt}")
    with TemporaryDirectory() as folder:
        written = graphs.export(graph, fmt, Path(folder) / f"{stem}.{fmt}")
        return {path.name: path.read_bytes() for path in written}


def export_download(graph: nx.Graph, fmt: str, stem: str = "hoedong") -> tuple[str, bytes, str]:
    """One file to download: (name, bytes, media type); CSV's two files come in one zip."""
    files = export_files(graph, fmt, stem)
    if len(files) == 1:
        ((name, data),) = files.items()
        kind = {"json": "application/json", "graphml": "application/xml", "gexf": "application/xml"}[fmt]
        return name, data, kind
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(files.items()):
            archive.writestr(zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0)), data)
    return f"{stem}_csv.zip", buffer.getvalue(), "application/zip"


def pair_timeline(corpus: SQLiteStore, a: set[str], b: set[str], filters: Filters = Filters()) -> dict:
    """A and B over time: the events of each, and those they share, oldest first."""
    _, of_a = corpus.events_where(all_of=[a], type=filters.type, since=filters.since, until=filters.until,
                                  status=filters.status, limit=None, oldest_first=True)
    _, of_b = corpus.events_where(all_of=[b], type=filters.type, since=filters.since, until=filters.until,
                                  status=filters.status, limit=None, oldest_first=True)
    shared = {e["id"] for e in of_a} & {e["id"] for e in of_b}
    return {"a": [e for e in of_a if e["id"] not in shared], "b": [e for e in of_b if e["id"] not in shared],
            "both": [e for e in of_a if e["id"] in shared]}
