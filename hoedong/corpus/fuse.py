"""Fusion: the same person across documents is one entity; the same gathering reported by several
outlets (or first as planned, later as held) is one event. Pure functions over document records.

Ids are hashes of what identifies the thing (a knowledge-base key, a name and its organisations,
an event's first report), so adding documents does not reshuffle unrelated ids.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from hoedong.knowledge import compact

_PREFIX = {"PERSON": "p", "ORG": "o", "PLACE": "g", "PRODUCT": "x", "PROJECT": "j"}
_ADVANCE = {"speculated": 0, "requested": 1, "planned": 2, "occurred": 3}
_PRECISION = {4: 0, 7: 1, 10: 2}


def _hash(text: str, size: int = 10) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:size]


# ---- entities -------------------------------------------------------------------------------------

@dataclass
class _Group:
    type: str
    key: str
    members: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, local id)
    names: Counter = field(default_factory=Counter)
    aliases: list[str] = field(default_factory=list)
    orgs: set[str] = field(default_factory=set)  # organisation names from roles
    roles: list[tuple[str, str | None]] = field(default_factory=list)
    name_en: str | None = None
    kb_id: str | None = None
    kb_name: str | None = None


def fuse_entities(records: list[dict]) -> tuple[list[dict], dict[tuple[str, str], str]]:
    """Fused entities and the fused id of every document entity."""
    groups: dict[str, _Group] = {}
    by_name: dict[str, list[_Group]] = {}
    member_of: dict[tuple[str, str], str] = {}
    for record in records:
        local = {e["id"]: e for e in record["entities"]}
        for entity in record["entities"]:
            orgs = {local[r["org"]]["name"] for r in entity["roles"] if r.get("org") in local}
            group = _group_for(entity, orgs, groups, by_name)
            group.members.append((record["doc_id"], entity["id"]))
            group.names[entity["name"]] += 1
            group.aliases.extend(a for a in [entity["name"], *entity["aliases"]] if a not in group.aliases)
            group.orgs |= orgs
            group.name_en = group.name_en or entity.get("name_en")
            group.kb_id = group.kb_id or entity.get("kb_id")
            for role in entity["roles"]:
                org_name = local[role["org"]]["name"] if role.get("org") in local else None
                if (role["title"], org_name) not in group.roles:
                    group.roles.append((role["title"], org_name))
    fused = []
    for key, group in sorted(groups.items()):
        fused_id = f"{_PREFIX.get(group.type, 'x')}_{_hash(key)}"
        for member in group.members:
            member_of[member] = fused_id
        name = group.kb_name or max(group.names.items(), key=lambda kv: (kv[1], len(kv[0].replace(" ", "")), kv[0]))[0]
        fused.append({"id": fused_id, "type": group.type, "name": name, "name_en": group.name_en,
                      "kb_id": group.kb_id, "aliases": group.aliases,
                      "roles": [{"title": t, "org": o} for t, o in group.roles],
                      "members": group.members, "documents": len({d for d, _ in group.members}), "events": 0})
    return fused, member_of


def _group_for(entity: dict, orgs: set[str], groups: dict[str, _Group], by_name: dict[str, list[_Group]]) -> _Group:
    kind = entity["type"]
    if entity.get("kb_key"):
        key = entity["kb_key"]
        group = groups.setdefault(key, _Group(kind, key))
        group.kb_name = group.kb_name or entity["name"]
        return group
    name_key = f"{kind.lower()}:{compact(entity['name'])}"
    if kind != "PERSON":
        return groups.setdefault(name_key, _Group(kind, name_key))
    # two people who share a name stay apart when their organisations disagree
    candidates = by_name.setdefault(name_key, [])
    for group in candidates:
        if not orgs or not group.orgs or orgs & group.orgs:
            return group
    key = name_key if not candidates else f"{name_key}#{'|'.join(sorted(orgs))}"
    group = _Group(kind, key)
    groups[key] = group
    candidates.append(group)
    return group


# ---- events ---------------------------------------------------------------------------------------

@dataclass
class _Report:
    """One document-level event, with what fusion needs of its document."""

    doc_id: str
    index: int
    source: str
    outlet: str | None
    published: str | None
    type: str
    people: frozenset[str]
    orgs: frozenset[str]
    date: dict | None
    place: str | None
    status: str
    topics: list[str]
    amount: dict | None
    evidence: str


@dataclass
class _Cluster:
    reports: list[_Report] = field(default_factory=list)

    @property
    def type(self) -> str:
        return self.reports[0].type

    def people(self) -> set[str]:
        return set().union(*(r.people for r in self.reports))

    def orgs(self) -> set[str]:
        return set().union(*(r.orgs for r in self.reports))

    def dates(self) -> list[str]:
        return [r.date["start"] for r in self.reports if r.date and r.date.get("start")]


def fuse_events(records: list[dict], member_of: dict[tuple[str, str], str]) -> list[dict]:
    """Fused events: every document-level event belongs to exactly one."""
    reports = sorted(_reports(records, member_of), key=lambda r: (r.published or "9999", r.source, r.index))
    clusters: list[_Cluster] = []
    # blocking: a report is compared only with clusters of its type that share someone with it and
    # whose months could agree with its own (see _months_to_search), so years of news about one
    # company are never compared pair by pair
    by_month: dict[tuple[str, str, str], set[int]] = {}
    by_member: dict[tuple[str, str], set[int]] = {}
    for report in reports:
        members = report.people | report.orgs
        months = _months_to_search(report)
        if months is None:
            found = {i for m in members for i in by_member.get((report.type, m), ())}
        else:
            found = {i for m in members for month in months for i in by_month.get((report.type, m, month), ())}
        home = next((i for i in sorted(found) if _same_event(clusters[i], report)), None)
        if home is None:
            clusters.append(_Cluster([report]))
            home = len(clusters) - 1
        else:
            clusters[home].reports.append(report)
        filed_under = _months_to_index(report)
        for member in members:
            by_member.setdefault((report.type, member), set()).add(home)
            for month in filed_under:
                by_month.setdefault((report.type, member, month), set()).add(home)
    return [_fused(cluster) for cluster in clusters]


def _months_to_index(report: _Report) -> list[str]:
    """The keys a cluster is filed under once this report joins it: the month of the report's
    date (or its year, for a year alone) and of its publication. A cluster with no publication
    date at all (which _dates_agree lets anything into) needs no key: reports without one sort
    last and search every cluster."""
    keys = []
    start = (report.date or {}).get("start") or ""
    if len(start) >= 7:
        keys.append(start[:7])
    elif len(start) == 4:
        keys.append(start)
    if report.published and len(report.published) >= 7:
        keys.append(report.published[:7])
    return keys


def _months_to_search(report: _Report) -> list[str] | None:
    """Every key under which a cluster that _dates_agree with this report can be filed; None
    (search everything) when the report has no publication date. Dates agree within a day and
    publications within ten days, so the neighbouring months are enough; a year alone agrees
    with every month of it."""
    if not report.published or len(report.published) < 7:
        return None
    keys = set(_around(report.published[:7]))
    start = (report.date or {}).get("start") or ""
    if len(start) >= 7:
        keys |= {start[:4], *_around(start[:7])}
    elif len(start) == 4:
        keys |= {start, *(f"{start}-{m:02d}" for m in range(1, 13))}
    return sorted(keys)


def _around(month: str) -> list[str]:
    try:
        year, number = int(month[:4]), int(month[5:7])
    except ValueError:
        return [month]
    before = (year, number - 1) if number > 1 else (year - 1, 12)
    after = (year, number + 1) if number < 12 else (year + 1, 1)
    return [f"{before[0]:04d}-{before[1]:02d}", month, f"{after[0]:04d}-{after[1]:02d}"]


def _reports(records: list[dict], member_of) -> list[_Report]:
    found = []
    for record in records:
        doc = record["doc_id"]
        for index, event in enumerate(record["events"]):
            evidence = " ".join(record["body"][e["start"]: e["end"]] for e in event["evidence"])
            found.append(_Report(
                doc_id=doc, index=index, source=record["source"], outlet=record["outlet"], published=record["published"],
                type=event["type"], people=frozenset(member_of[(doc, p)] for p in event["participants"]),
                orgs=frozenset(member_of[(doc, o)] for o in event["orgs"]), date=event.get("date"),
                place=event.get("place"), status=event["status"], topics=event.get("topics") or [],
                amount=event.get("amount"), evidence=evidence))
    return found


def _same_event(cluster: _Cluster, report: _Report) -> bool:
    """Same type, the same people or organisations (outlets list different subsets), dates that
    agree (a day and its month, a day either side for local time abroad) and places that agree."""
    if cluster.type != report.type:
        return False
    if report.type == "MEET":
        shared = len(cluster.people() & report.people)
        if shared < 2 and not (report.people and report.people <= cluster.people() and len(report.people) >= 2):
            return False
    elif report.type == "VISIT":
        if not cluster.people() & report.people or not _places_agree(cluster, report):
            return False
    else:
        if len(cluster.orgs() & report.orgs) < min(2, len(report.orgs)) or not cluster.orgs() & report.orgs:
            return False
    return _dates_agree(cluster, report)


def _places_agree(cluster: _Cluster, report: _Report) -> bool:
    places = {compact(r.place) for r in cluster.reports if r.place}
    if not places or not report.place:
        return True
    here = compact(report.place)
    return any(p in here or here in p for p in places)


def _dates_agree(cluster: _Cluster, report: _Report) -> bool:
    start = (report.date or {}).get("start")
    known = cluster.dates()
    if start and known:
        return any(_close(start, other) for other in known)
    # one side undated: reports published close together; nothing to tell them apart: agree
    mine = (report.published or "")[:10]
    published = [r.published[:10] for r in cluster.reports if r.published]
    if mine and published:
        return any(_days_apart(mine, other) <= 10 for other in published)
    return True


def _close(one: str, other: str) -> bool:
    if len(one) != len(other):
        short, long_ = sorted((one, other), key=len)
        return long_.startswith(short)
    if len(one) == 10:
        return _days_apart(one, other) <= 1  # local time abroad
    return one == other


def _days_apart(one: str, other: str) -> int:
    try:
        return abs((date.fromisoformat(one[:10]) - date.fromisoformat(other[:10])).days)
    except ValueError:
        return 10**6


def _fused(cluster: _Cluster) -> dict:
    reports = cluster.reports
    first = min(reports, key=lambda r: (r.doc_id, r.index))
    people = Counter(p for r in reports for p in r.people)
    orgs = Counter(o for r in reports for o in r.orgs)
    places = Counter(r.place for r in reports if r.place)
    dated = [r for r in reports if r.date and r.date.get("start")]
    settled = [r for r in dated if r.status == "occurred"] or dated
    best = max(settled, key=lambda r: (_PRECISION.get(len(r.date["start"]), 0), -reports.index(r)), default=None)
    amounts = [r.amount for r in reports if r.amount]
    return {
        "id": f"ev_{_hash(f'{first.doc_id}:{first.index}', 12)}",
        "type": cluster.type,
        "participants": [p for p, _ in sorted(people.items(), key=lambda kv: (-kv[1], kv[0]))],
        "orgs": [o for o, _ in sorted(orgs.items(), key=lambda kv: (-kv[1], kv[0]))],
        "date": {"start": best.date["start"], "end": best.date.get("end") or best.date["start"]} if best else None,
        "place": places.most_common(1)[0][0] if places else None,
        "status": _status(reports),
        "topics": list(dict.fromkeys(t for r in reports for t in r.topics)),
        "amount": max(amounts, key=lambda a: a["value"]) if amounts else None,
        "sources": [{"source": r.source, "doc_id": r.doc_id, "doc_event": r.index, "status": r.status,
                     "published": r.published, "outlet": r.outlet, "evidence": r.evidence,
                     # a document with no publication date borrows the day of the event it agrees with
                     "borrowed_date": best.date["start"] if best and not r.published else None} for r in reports],
    }


def _status(reports: list[_Report]) -> str:
    """The latest and most certain report wins: held outweighs planned; a denial made after every
    report of the event happening stays visible."""
    order = sorted(reports, key=lambda r: (r.published or "", r.source, r.index))
    happened = [i for i, r in enumerate(order) if r.status == "occurred"]
    denied = [i for i, r in enumerate(order) if r.status == "denied"]
    if denied and (not happened or max(denied) > max(happened)):
        return "denied"
    if happened:
        return "occurred"
    return max((r.status for r in order), key=lambda s: _ADVANCE.get(s, -1))


def fuse(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """Fused entities and events of a corpus, with each entity's count of events."""
    entities, member_of = fuse_entities(records)
    events = fuse_events(records, member_of)
    by_id = {e["id"]: e for e in entities}
    for event in events:
        for entity_id in set(event["participants"]) | set(event["orgs"]):
            by_id[entity_id]["events"] += 1
        event["participants"] = [{"id": p, "name": by_id[p]["name"], "name_en": by_id[p]["name_en"]}
                                 for p in event["participants"]]
        event["orgs"] = [{"id": o, "name": by_id[o]["name"]} for o in event["orgs"]]
    return entities, events
