"""Fusion: the same person across documents is one entity (corpus/entities.py); the same gathering
reported by several outlets (or first as planned, later as held) is one event. Pure functions over
document records.

Reports are compared pair by pair (corpus/evidence.py) and clustered without chaining
(corpus/cluster.py). Each fused event keeps its sources oldest first, the status history they make
(the fused status read from it by events/history.py, the decisive reports marked) and the reasons
its sources were joined. Ids are hashes of what identifies the thing (a knowledge-base key, a name
and its organisation, an event's first report), so adding documents does not reshuffle unrelated ids.
"""

from __future__ import annotations

from collections import Counter

from hoedong.corpus.cluster import Cluster, cluster_reports
from hoedong.corpus.entities import fuse_entities, short_hash
from hoedong.corpus.reports import Report, reports_of
from hoedong.events.history import settle

_PRECISION = {4: 0, 7: 1, 10: 2}


def fuse_events(records: list[dict], member_of: dict[tuple[str, str], str]) -> list[dict]:
    """Fused events: every document-level event belongs to exactly one."""
    return events_of(reports_of(records, member_of))


def events_of(reports: list[Report]) -> list[dict]:
    """Fused events of these reports (entity ids not yet named), sorted by id."""
    return sorted((fused_event(c) for c in cluster_reports(reports)), key=lambda e: e["id"])


def fused_event(cluster: Cluster) -> dict:
    reports = sorted(cluster.reports, key=lambda r: r.timeline_key)
    first = min(reports, key=lambda r: r.key)
    status, decisive = settle([r.status for r in reports])
    best = _best_dated(reports)
    position = {r.key: n for n, r in enumerate(reports)}
    return {
        "id": f"ev_{short_hash(f'{first.doc_id}:{first.index}', 12)}",
        "type": first.type,
        "participants": _by_count(p for r in reports for p in r.people),
        "orgs": _by_count(o for r in reports for o in r.orgs),
        "date": {"start": best.date["start"], "end": best.date.get("end") or best.date["start"]} if best else None,
        "place": _place(reports),
        "status": status,
        "topics": list(dict.fromkeys(t for r in reports for t in r.topics)),
        "amount": max((r.amount for r in reports if r.amount), key=lambda a: (a["value"], str(a)), default=None),
        "sources": [_source(r, best, n in decisive) for n, r in enumerate(reports)],
        "merge_reasons": sorted(
            ({"a": min(position[a.key], position[b.key]), "b": max(position[a.key], position[b.key]),
              "score": link.score, "rules": list(link.rules)} for a, b, link in cluster.reasons),
            key=lambda m: (m["a"], m["b"])),
    }


def _source(report: Report, best: Report | None, decisive: bool) -> dict:
    return {"source": report.source, "doc_id": report.doc_id, "doc_event": report.index, "status": report.status,
            "published": report.published, "outlet": report.outlet, "evidence": report.evidence,
            "decisive": decisive,
            # a document with no publication date borrows the day of the event it agrees with
            "borrowed_date": best.date["start"] if best and not report.published else None}


def _best_dated(reports: list[Report]) -> Report | None:
    """The report whose date the event takes: held ones before plans, the most precise, the day
    most of them tell (the earliest on a tie)."""
    dated = [r for r in reports if r.date and r.date.get("start")]
    settled = [r for r in dated if r.status == "occurred"] or dated
    if not settled:
        return None
    finest = max(_PRECISION.get(len(r.date["start"]), 0) for r in settled)
    finest_told = [r for r in settled if _PRECISION.get(len(r.date["start"]), 0) == finest]
    told = Counter(r.date["start"] for r in finest_told)
    day = min(told, key=lambda start: (-told[start], start))
    return min((r for r in finest_told if r.date["start"] == day), key=lambda r: r.key)


def _by_count(ids) -> list[str]:
    counts = Counter(ids)
    return [i for i, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _place(reports: list[Report]) -> str | None:
    places = Counter(r.place for r in reports if r.place)
    return min(places.items(), key=lambda kv: (-kv[1], kv[0]))[0] if places else None


def status_history(event: dict) -> list[dict]:
    """Who said what of the gathering, and when: its sources oldest first (spec/CORPUS.md)."""
    return [{"source": s["source"], "doc_event": s["doc_event"], "outlet": s["outlet"], "published": s["published"],
             "status": s["status"], "evidence": s["evidence"], **({"decisive": True} if s.get("decisive") else {})}
            for s in event["sources"]]


def name_members(entities: list[dict], events: list[dict]) -> None:
    """Count each entity's events and give each event its members' names (in place)."""
    by_id = {e["id"]: e for e in entities}
    for event in events:
        for entity_id in set(event["participants"]) | set(event["orgs"]):
            by_id[entity_id]["events"] += 1
        event["participants"] = [{"id": p, "name": by_id[p]["name"], "name_en": by_id[p]["name_en"]}
                                 for p in event["participants"]]
        event["orgs"] = [{"id": o, "name": by_id[o]["name"]} for o in event["orgs"]]


def fuse(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """Fused entities and events of a corpus, with each entity's count of events."""
    entities, member_of = fuse_entities(records)
    events = fuse_events(records, member_of)
    name_members(entities, events)
    return entities, events
