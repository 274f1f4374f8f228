"""Event fusion at archive scale: blocking by type, participant and month changes no answer."""

from __future__ import annotations

import random
from datetime import date, timedelta

import importlib

import pytest

fuse = importlib.import_module("hoedong.corpus.fuse")  # the package exports a function of that name

PEOPLE = [f"p{i}" for i in range(12)]
ORGS = [f"o{i}" for i in range(8)]


def _archive(size: int, seed: int) -> list[dict]:
    """Reports of a few recurring people and companies over three years, with every shape of date
    fusion meets: a day, a month, a year alone, none; missing publication dates; month and year
    boundaries."""
    pick = random.Random(seed)
    records = []
    for n in range(size):
        day = date(2023, 12, 25) + timedelta(days=pick.randrange(0, 3 * 365))
        published = None if pick.random() < 0.05 else f"{day.isoformat()}T09:00:00+09:00"
        kind = pick.choice(["MEET", "VISIT", "PARTNER"])
        shape = pick.random()
        happened = day - timedelta(days=pick.choice([0, 0, 1, 2]))
        start = (happened.isoformat() if shape < 0.6 else happened.isoformat()[:7] if shape < 0.75
                 else happened.isoformat()[:4] if shape < 0.85 else None)
        people = pick.sample(PEOPLE, 2 if kind == "MEET" else 1)
        orgs = pick.sample(ORGS, 2 if kind == "PARTNER" else pick.randrange(0, 2))
        records.append({
            "doc_id": f"d{n}", "source": f"s{n}", "outlet": pick.choice(["갑일보", "을신문"]),
            "published": published, "body": "본문",
            "events": [{"type": kind, "participants": people, "orgs": orgs,
                        "date": {"start": start} if start else None,
                        "place": pick.choice([None, "서울", "판교"]) if kind == "VISIT" else None,
                        "status": "occurred", "topics": [], "amount": None, "evidence": []}],
        })
    return records


def _members(records):
    return {(r["doc_id"], m): m for r in records for e in r["events"] for m in [*e["participants"], *e["orgs"]]}


def _fuse_comparing_every_cluster(records, member_of):
    """The reference: each report compared with every earlier cluster, in order."""
    reports = sorted(fuse._reports(records, member_of), key=lambda r: (r.published or "9999", r.source, r.index))
    clusters: list[fuse._Cluster] = []
    for report in reports:
        home = next((c for c in clusters if fuse._same_event(c, report)), None)
        if home is None:
            clusters.append(fuse._Cluster([report]))
        else:
            home.reports.append(report)
    return [fuse._fused(c) for c in clusters]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fusion_blocking_gives_the_answer_of_comparing_everything(seed):
    records = _archive(600, seed)
    member_of = _members(records)
    blocked = fuse.fuse_events(records, member_of)
    reference = _fuse_comparing_every_cluster(records, member_of)
    assert len(blocked) < len(records)  # something did fuse, or the test proves nothing
    assert [(e["id"], sorted((s["source"], s["doc_event"]) for s in e["sources"])) for e in blocked] == \
        [(e["id"], sorted((s["source"], s["doc_event"]) for s in e["sources"])) for e in reference]


def test_fusion_compares_a_report_only_with_clusters_of_nearby_months(monkeypatch):
    records = _archive(1500, 7)
    member_of = _members(records)
    comparisons = 0
    same_event = fuse._same_event

    def counted(cluster, report):
        nonlocal comparisons
        comparisons += 1
        return same_event(cluster, report)

    monkeypatch.setattr(fuse, "_same_event", counted)
    fuse.fuse_events(records, member_of)
    blocked, comparisons = comparisons, 0
    _fuse_comparing_every_cluster(records, member_of)
    assert blocked * 20 < comparisons
