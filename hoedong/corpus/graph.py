"""The alliance graph (NetworkX): people who met, organisations allied, weighted by count and recency.

Exports open in Gephi (GEXF, GraphML), Neo4j or pandas (CSV) and web tools (JSON node-link).
"""

from __future__ import annotations

import csv
import json
from itertools import combinations
from pathlib import Path

import networkx as nx
from networkx.algorithms.community import greedy_modularity_communities


def people_graph(entities: list[dict], events: list[dict]) -> nx.Graph:
    """People joined by the meetings they had; weight = number of meetings, `last` = the latest date."""
    graph = nx.Graph()
    for entity in entities:
        if entity["type"] == "PERSON":
            graph.add_node(entity["id"], label=entity["name"], kind="PERSON")
    for event in events:
        if event["type"] == "MEET":
            _link(graph, [p["id"] for p in event["participants"]], event)
    return graph


def alliance_graph(entities: list[dict], events: list[dict]) -> nx.Graph:
    """Organisations joined by partnerships, investments, and meetings between their people."""
    graph = nx.Graph()
    for entity in entities:
        if entity["type"] in ("ORG", "PROJECT"):
            graph.add_node(entity["id"], label=entity["name"], kind=entity["type"])
    for event in events:
        if event["type"] in ("PARTNER", "INVEST", "MEET"):
            _link(graph, [o["id"] for o in event["orgs"] if o["id"] in graph], event)
    return graph


def full_graph(entities: list[dict], events: list[dict]) -> nx.Graph:
    """People and organisations together: meetings between people, deals between organisations,
    and each person to the organisations their roles name."""
    graph = nx.compose(people_graph(entities, events), alliance_graph(entities, events))
    by_name = {e["name"]: e["id"] for e in entities if e["type"] in ("ORG", "PROJECT")}
    for entity in entities:
        if entity["type"] == "PERSON":
            for role in entity["roles"]:
                org = by_name.get(role.get("org") or "")
                if org:
                    graph.add_edge(entity["id"], org, relation="role", title=role["title"], weight=1, events=0, last="",
                                   event_ids=[])
    return graph


def _link(graph: nx.Graph, members: list[str], event: dict) -> None:
    when = (event.get("date") or {}).get("start") or ""
    for one, other in combinations(sorted(set(members)), 2):
        if graph.has_edge(one, other):
            data = graph[one][other]
            data["weight"] += 1
            data["events"] += 1
            data["last"] = max(data["last"], when)
            data["event_ids"].append(event["id"])
        else:
            graph.add_edge(one, other, relation=event["type"], weight=1, events=1, last=when, event_ids=[event["id"]])


def summary(graph: nx.Graph, top: int = 10) -> dict:
    """The most central nodes (degree and betweenness) and the communities."""
    if graph.number_of_nodes() == 0:
        return {"nodes": 0, "edges": 0, "central": [], "communities": []}
    degree = nx.degree_centrality(graph)
    between = nx.betweenness_centrality(graph, weight=None)
    ranked = sorted(graph.nodes, key=lambda n: (-degree[n], -between[n], n))[:top]
    linked = graph.subgraph([n for n in graph.nodes if graph.degree(n) > 0])
    communities = greedy_modularity_communities(linked, weight="weight") if linked.number_of_edges() else []
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "central": [{"id": n, "label": graph.nodes[n]["label"], "degree": round(degree[n], 3),
                     "betweenness": round(between[n], 3)} for n in ranked],
        "communities": [sorted(graph.nodes[n]["label"] for n in c) for c in communities],
    }


def export(graph: nx.Graph, fmt: str, out: Path) -> list[Path]:
    """Write the graph; returns the files written. An edge's events are one space-separated string
    (GraphML and GEXF hold no lists)."""
    graph = _flat(graph)
    if fmt == "graphml":
        nx.write_graphml(graph, out)
        return [out]
    if fmt == "gexf":
        nx.write_gexf(graph, out)
        return [out]
    if fmt == "json":
        out.write_text(json.dumps(nx.node_link_data(graph, edges="links"), ensure_ascii=False, indent=1), encoding="utf-8")
        return [out]
    if fmt == "csv":
        nodes, edges = out.with_name(out.stem + "_nodes.csv"), out.with_name(out.stem + "_edges.csv")
        with nodes.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", "label", "kind"])
            for node, data in sorted(graph.nodes(data=True)):
                writer.writerow([node, data.get("label"), data.get("kind")])
        with edges.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["source", "target", "relation", "weight", "last"])
            for one, other, data in sorted(graph.edges(data=True)):
                writer.writerow([one, other, data.get("relation"), data.get("weight"), data.get("last")])
        return [nodes, edges]
    raise ValueError(f"unknown export format {fmt}")


def _flat(graph: nx.Graph) -> nx.Graph:
    flat = graph.copy()
    for _, _, data in flat.edges(data=True):
        if isinstance(data.get("event_ids"), list):
            data["event_ids"] = " ".join(data["event_ids"])
    return flat
