"""The corpus: SQLite store, re-ingest and interrupted ingest, cross-outlet fusion, graph, CLI."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from conftest import CORPUS, EXAMPLES, load_jsonl

from hoedong.corpus import SQLiteStore, StoreError
from hoedong.evaluate import fusion_bcubed, source_key

HOEDONG = [sys.executable, "-m", "hoedong.cli"]


def hoedong(*args, env=None, check=True):
    result = subprocess.run([*HOEDONG, *map(str, args)], capture_output=True, timeout=300, env=env)
    if check:
        assert result.returncode == 0, result.stderr.decode()
    return result


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("corpus") / "hoedong.db"
    hoedong("ingest", CORPUS, "--db", db, "-q")
    return db


@pytest.fixture(scope="module")
def fused(corpus_db) -> list[dict]:
    return [json.loads(line) for line in hoedong("events", "--db", corpus_db).stdout.decode().splitlines()]


def _dump(db: Path) -> list[str]:
    store = SQLiteStore(db, readonly=True)
    try:
        return store.dump()
    finally:
        store.close()


def test_corpus_reingest_changes_nothing(corpus_db, tmp_path):
    before = _dump(corpus_db)
    result = hoedong("ingest", CORPUS, "--db", corpus_db)
    assert "0 new, 24 already stored" in result.stderr.decode()
    assert _dump(corpus_db) == before


def test_corpus_interrupted_ingest_resumes_to_the_same_database(corpus_db, tmp_path):
    db = tmp_path / "interrupted.db"
    env = {**os.environ, "HOEDONG_BATCH": "1"}
    process = subprocess.Popen([*HOEDONG, "ingest", str(CORPUS), "--db", str(db), "-q"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.time() + 120
    while time.time() < deadline and process.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as reader:
                    stored = reader.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0
        if stored >= 3:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.05)
    process.wait(timeout=30)
    assert 3 <= stored < 24, "the ingest was not caught mid-run"
    hoedong("ingest", CORPUS, "--db", db, "-q")
    assert _dump(db) == _dump(corpus_db)


def test_corpus_fusion_scores_against_the_gatherings_of_the_gold(fused):
    gold = {source_key(r): r for r in load_jsonl(EXAMPLES / "gold" / "corpus.jsonl")}
    records = {source_key(json.loads(l)): json.loads(l)
               for l in hoedong("extract", CORPUS, "-q").stdout.decode().splitlines()}
    scores = fusion_bcubed(gold, records, fused)
    assert scores["items"] >= 60
    assert scores["p"] >= 0.9 and scores["r"] >= 0.85, scores


def _event_with(fused, kind, *names):
    return [e for e in fused if e["type"] == kind and set(names) <= {p["name"] for p in e["participants"]}]


def test_corpus_one_gathering_told_by_several_outlets_is_one_event(fused):
    (seocho,) = [e for e in _event_with(fused, "MEET", "이재용", "손정의", "샘 올트먼") if e["date"]["start"] == "2025-02-04"]
    outlets = {s["outlet"] for s in seocho["sources"]}
    assert len(outlets) >= 3 and seocho["status"] == "occurred"
    assert {"planned", "occurred"} <= {s["status"] for s in seocho["sources"]}  # planned the day before, then held
    (chimaek,) = _event_with(fused, "MEET", "젠슨 황", "이재용")
    assert len({s["source"] for s in chimaek["sources"]}) >= 3 and chimaek["date"]["start"] == "2025-10-30"


def test_corpus_a_denial_stays_visible(fused):
    meetings = _event_with(fused, "MEET", "서진우", "라일라 모건")
    denied = [m for m in meetings if m["status"] == "denied"]
    assert denied, [m["status"] for m in meetings]
    assert {"speculated", "denied"} <= {s["status"] for s in denied[0]["sources"]}  # the report and its denial


def test_corpus_two_people_of_one_name_stay_apart(corpus_db):
    people = [json.loads(l) for l in hoedong("entities", "--db", corpus_db, "--type", "PERSON").stdout.decode().splitlines()]
    kims = [p for p in people if p["name"] == "김도윤"]
    assert len(kims) == 2
    assert {r["org"] for k in kims for r in k["roles"]} >= {"루미나랩스", "경기도"}


def test_corpus_one_person_across_documents_is_one_entity(corpus_db):
    people = [json.loads(l) for l in hoedong("entities", "--db", corpus_db, "--entity", "샘 올트먼").stdout.decode().splitlines()]
    assert len(people) == 1 and people[0]["documents"] >= 8 and "올트먼 CEO" in people[0]["aliases"]


def test_corpus_every_document_event_is_in_exactly_one_fused_event(corpus_db, fused):
    store = SQLiteStore(corpus_db, readonly=True)
    expected = {(r["source"], i) for r in store.document_records() for i in range(len(r["events"]))}
    seen = [(s["source"], s["doc_event"]) for e in fused for s in e["sources"]]
    assert sorted(seen) == sorted(expected)


def test_corpus_queries(corpus_db):
    since = [json.loads(l) for l in hoedong("events", "--db", corpus_db, "--entity", "이재용", "--since", "2025",
                                            "--type", "MEET").stdout.decode().splitlines()]
    assert since and all(e["date"]["start"] >= "2025" and e["type"] == "MEET" for e in since)
    planned = [json.loads(l) for l in hoedong("events", "--db", corpus_db, "--status", "planned").stdout.decode().splitlines()]
    assert all(e["status"] == "planned" for e in planned)
    met = hoedong("who-met", "이재용", "--db", corpus_db).stdout.decode()
    assert "젠슨 황" in met and "샘 올트먼" in met
    assert "2024-02-29" in hoedong("timeline", "마크 저커버그", "--db", corpus_db).stdout.decode()
    assert "치킨" in hoedong("search", "치맥 회동", "--db", corpus_db).stdout.decode()
    assert hoedong("search", "회동", "--db", corpus_db).stdout.decode().count("\n") >= 4  # two letters: by substring
    stats = json.loads(hoedong("stats", "--db", corpus_db).stdout)
    assert stats["documents"] == 24 and stats["events"] < stats["document_events"]
    assert stats["people_graph"]["central"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv"])
def test_corpus_exports_open_elsewhere(corpus_db, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    hoedong("export", "--format", fmt, "--db", corpus_db, "--out", out)
    if fmt == "graphml":
        graph = nx.read_graphml(out)
    elif fmt == "gexf":
        graph = nx.read_gexf(out)
    elif fmt == "json":
        graph = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="links")
    else:
        nodes = (tmp_path / "graph_nodes.csv").read_text(encoding="utf-8").splitlines()
        edges = (tmp_path / "graph_edges.csv").read_text(encoding="utf-8").splitlines()
        assert nodes[0] == "id,label,kind" and len(edges) > 10
        return
    labels = {data.get("label") for _, data in graph.nodes(data=True)}
    assert {"이재용", "삼성전자", "샘 올트먼"} <= labels and graph.number_of_edges() > 10


def test_corpus_missing_database_says_what_to_do(tmp_path):
    with pytest.raises(StoreError) as info:
        SQLiteStore(tmp_path / "none.db", readonly=True)
    assert "hoedong ingest" in info.value.reason
    result = hoedong("events", "--db", tmp_path / "none.db", check=False)
    assert result.returncode == 2 and "hoedong ingest" in result.stderr.decode()


def test_corpus_schema_migrates_an_older_database(tmp_path):
    from hoedong.corpus.store import _MIGRATIONS

    db = tmp_path / "old.db"
    connection = sqlite3.connect(db)
    connection.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    connection.executescript(_MIGRATIONS[0])
    connection.execute("INSERT INTO schema_version VALUES (1)")
    connection.commit()
    connection.close()
    store = SQLiteStore(db)
    versions = [r[0] for r in store.db.execute("SELECT version FROM schema_version ORDER BY version")]
    indexes = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    store.close()
    assert versions == list(range(1, len(_MIGRATIONS) + 1)) and "mentions_by_doc" in indexes


def test_corpus_adding_documents_keeps_the_ids_of_unrelated_events(tmp_path, fused):
    db = tmp_path / "pages.db"
    hoedong("ingest", CORPUS / "pages", "--db", db, "-q")
    before = {e["id"]: {(s["source"], s["doc_event"]) for s in e["sources"]}
              for e in map(json.loads, hoedong("events", "--db", db).stdout.decode().splitlines())}
    after = {e["id"]: {(s["source"], s["doc_event"]) for s in e["sources"]} for e in fused}
    untouched = [i for i, sources in before.items() if any(sources == later for later in after.values())]
    assert untouched and all(i in after for i in untouched)


def test_corpus_a_source_without_a_date_borrows_one(fused):
    borrowed = [s for e in fused for s in e["sources"] if s["published"] is None and s["borrowed_date"]]
    assert borrowed and all(len(s["borrowed_date"]) >= 4 for s in borrowed)
