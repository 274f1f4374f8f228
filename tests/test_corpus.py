"""The corpus: SQLite store, re-ingest and interrupted ingest, cross-outlet fusion.

Expectations come from what we know of the inputs: the sample corpus's gold
(examples/gold/corpus.jsonl) and a small feed of our own writing, never from running the same
code twice. The sample corpus is ingested once per module (in this process, through the
`hoedong` command, so Kiwi is loaded once).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from conftest import CORPUS, EXAMPLES, load_jsonl
from typer.testing import CliRunner

from hoedong.cli import app
from hoedong.corpus import SQLiteStore, StoreError, ingest
from hoedong.evaluate import fusion_bcubed, source_key
from hoedong.knowledge import load_kb

RUNNER = CliRunner()


def hoedong(*args, code: int = 0):
    """Run the hoedong command in this process; check its exit status."""
    result = RUNNER.invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code == code, f"exit {result.exit_code}, stderr: {result.stderr}"
    return result


def jsonl(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def _dump(db: Path) -> list[str]:
    store = SQLiteStore(db, readonly=True)
    try:
        return store.dump()
    finally:
        store.close()


def _ids(db: Path) -> tuple[set[str], set[str]]:
    """The ids of the fused events and of the fused entities."""
    store = SQLiteStore(db, readonly=True)
    try:
        return {e["id"] for e in store.fused_events()}, {e["id"] for e in store.fused_entities()}
    finally:
        store.close()


def _stats(db: Path) -> dict:
    store = SQLiteStore(db, readonly=True)
    try:
        return store.stats()
    finally:
        store.close()


# ---- the sample corpus, ingested once -------------------------------------------------------------

@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    return {r["source"]: r for r in load_jsonl(EXAMPLES / "gold" / "corpus.jsonl")}


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("corpus") / "hoedong.db"
    result = hoedong("ingest", CORPUS, "--db", db, "-q")
    assert "24 new, 0 already stored, 0 failed" in result.stderr
    return db


@pytest.fixture(scope="module")
def fused(corpus_db) -> list[dict]:
    return jsonl(hoedong("events", "--db", corpus_db))


@pytest.fixture(scope="module")
def stored(corpus_db) -> list[dict]:
    store = SQLiteStore(corpus_db, readonly=True)
    try:
        return list(store.document_records())
    finally:
        store.close()


def _gathering(gold: dict[str, dict], key: str) -> list[tuple[str, dict]]:
    """The gold reports (document, event) of one gathering."""
    return [(source, e) for source, r in gold.items() for e in r["events"] if e.get("event_key") == key]


def _name(source: dict) -> str:
    return source_key({"source": source["source"]})


def test_corpus_stores_every_document_as_the_gold_describes_it(gold, stored):
    assert len(stored) == len(gold) == 24
    by_source = {source_key(r): r for r in stored}
    assert set(by_source) == set(gold)
    for source, wanted in gold.items():
        record = by_source[source]
        assert record["error"] is None, (source, record["error"])
        assert (record["title"], record["outlet"], record["reporters"]) == \
               (wanted["title"], wanted["outlet"], wanted["reporters"]), source
        # the day, as the shared scorer compares it (h04's gold adds a time its page shows as 오후 3:12)
        assert (record["published"] or "")[:10] == (wanted["published"] or "")[:10], (source, record["published"])


def test_corpus_counts_are_the_gold_counts(gold, corpus_db):
    stats = _stats(corpus_db)
    assert stats["documents"] == 24 and stats["documents_failed"] == 0
    assert stats["outlets"] == len({r["outlet"] for r in gold.values()}) == 19
    # 25 names in the gold; feed-004's notes say its 김도윤 is not p11's 김도윤: 26 people
    assert len({p["name"] for r in gold.values() for p in r["people"]}) == 25
    assert stats["people"] == 26
    assert sum(stats["events_by_type"].values()) == sum(stats["events_by_status"].values()) == stats["events"]
    assert stats["events"] < stats["document_events"]  # fusion joined reports


def test_corpus_each_person_is_one_entity_in_every_document_that_names_them(gold, corpus_db):
    in_documents = Counter(p["name"] for r in gold.values() for p in r["people"])
    expected = sorted([(name, n) for name, n in in_documents.items() if name != "김도윤"] + [("김도윤", 1), ("김도윤", 1)])
    people = jsonl(hoedong("entities", "--db", corpus_db, "--type", "PERSON"))
    assert sorted((p["name"], p["documents"]) for p in people) == expected


def test_corpus_two_people_of_one_name_stay_apart(corpus_db):
    kims = jsonl(hoedong("entities", "--db", corpus_db, "--entity", "김도윤"))
    assert len(kims) == 2 and len({k["id"] for k in kims}) == 2
    assert sorted(r["org"] for k in kims for r in k["roles"]) == ["경기도", "루미나랩스"]  # the vice-governor, the CTO


def test_corpus_one_person_across_documents_is_one_entity(gold, corpus_db):
    (altman,) = jsonl(hoedong("entities", "--db", corpus_db, "--entity", "올트먼 CEO"))  # found by an alias
    assert altman["name"] == "샘 올트먼" and altman["type"] == "PERSON"
    assert altman["documents"] == sum(1 for r in gold.values() if "샘 올트먼" in {p["name"] for p in r["people"]}) == 11
    gold_aliases = {a for r in gold.values() for p in r["people"] if p["name"] == "샘 올트먼" for a in p["aliases"]}
    assert gold_aliases <= set(altman["aliases"]), gold_aliases - set(altman["aliases"])


def test_corpus_the_chimaek_gathering_is_exactly_one_event(gold, fused):
    reports = _gathering(gold, "chimaek-2025-10-30")
    (event,) = [e for e in fused if e["type"] == "MEET" and {"젠슨 황", "이재용"} <= {p["name"] for p in e["participants"]}]
    assert sorted(_name(s) for s in event["sources"]) == sorted(source for source, _ in reports)  # five outlets
    assert {_name(s): s["outlet"] for s in event["sources"]} == {source: gold[source]["outlet"] for source, _ in reports}
    assert {p["name"] for p in event["participants"]} == {n for _, e in reports for n in e["participants"]}
    kb = load_kb()
    assert {o["name"] for o in event["orgs"]} == {kb.org(n).name for _, e in reports for n in e["orgs"]}  # 현대차그룹 → 현대자동차그룹
    assert event["date"] == {"start": "2025-10-30", "end": "2025-10-30"}
    assert event["status"] == "occurred" and {s["status"] for s in event["sources"]} == {"occurred"}
    assert event["place"] and all(event["place"] in e["place"] for _, e in reports), event["place"]


def test_corpus_a_gathering_announced_then_held_is_one_held_event(gold, fused):
    reports = _gathering(gold, "altman-samsung-2025-02-04")
    (event,) = [e for e in fused if e["type"] == "MEET" and (e["date"] or {}).get("start") == "2025-02-04"
                and {"이재용", "손정의", "샘 올트먼"} <= {p["name"] for p in e["participants"]}]
    assert len(event["sources"]) == len(reports) == 5
    assert {_name(s): s["status"] for s in event["sources"]} == {source: e["status"] for source, e in reports}
    assert event["status"] == "occurred"  # p01 announced it the day before; four outlets report it held
    everyone = {n for _, e in reports for n in e["participants"]}
    assert {"이재용", "손정의", "샘 올트먼"} <= {p["name"] for p in event["participants"]} <= everyone
    (undated,) = [s for s in event["sources"] if _name(s) == "feed-006"]
    assert undated["published"] is None and undated["borrowed_date"] == "2025-02-04"


def test_corpus_a_denial_stays_visible(fused):
    (denied,) = [e for e in fused if e["status"] == "denied" and e["type"] == "MEET"]  # the gold's one denied meeting
    assert {p["name"] for p in denied["participants"]} == {"서진우", "라일라 모건"}
    assert sorted((_name(s), s["status"]) for s in denied["sources"]) == [
        ("h05_haedam_denial.html", "denied"), ("p08_fictional-seo-morgan.txt", "speculated")]  # the report, then its denial


def test_corpus_undated_reports_join_and_borrow_the_day_of_their_own_gathering(gold, fused):
    """p12 and feed-006 carry no publication date; the gold puts every event they report in the
    gatherings of 4 February 2025: the day of the month their articles tell (4일) ties them there,
    and their 샘 올트먼 VISIT stays out of his 2023 visit."""
    undated = {source for source, r in gold.items() if r["published"] is None}
    assert undated == {"p12_kakao-openai-partnership.txt", "h05_haedam_denial.html", "feed-006"}
    assert {_name(s) for e in fused for s in e["sources"] if s["published"] is None} == undated
    assert {e["event_key"][-10:] for source in ("p12_kakao-openai-partnership.txt", "feed-006")
            for e in gold[source]["events"]} == {"2025-02-04"}
    wrong = sorted((_name(s), e["type"], s["borrowed_date"]) for e in fused for s in e["sources"]
                   if _name(s) in ("p12_kakao-openai-partnership.txt", "feed-006") and s["borrowed_date"] != "2025-02-04")
    (visit_2023,) = [e for e in fused if e["type"] == "VISIT" and (e["date"] or {}).get("start") == "2023-06-09"]
    joined = sorted(_name(s) for s in visit_2023["sources"])
    assert not wrong and joined == ["p07_altman-yoon-2023.txt"], (
        f"undated reports of 2025 borrowed other days: {wrong}; the 2023 visit (gold: p07 alone) has sources {joined}")


def test_corpus_every_document_event_is_in_exactly_one_fused_event(stored, fused):
    expected = {(r["source"], i) for r in stored for i in range(len(r["events"]))}
    seen = [(s["source"], s["doc_event"]) for e in fused for s in e["sources"]]
    assert sorted(seen) == sorted(expected)


def test_corpus_fusion_scores_against_the_gatherings_of_the_gold(gold, stored, fused):
    scores = fusion_bcubed(gold, {source_key(r): r for r in stored}, fused)
    assert scores["items"] >= 60
    assert scores["p"] >= 0.9 and scores["r"] >= 0.85, scores


# ---- ingest again, interrupted, with more documents ------------------------------------------------

def test_corpus_reingest_changes_nothing(corpus_db):
    before, ids, stats = _dump(corpus_db), _ids(corpus_db), _stats(corpus_db)
    result = hoedong("ingest", CORPUS, "--db", corpus_db)
    assert "0 new, 24 already stored, 0 failed" in result.stderr
    assert _stats(corpus_db) == stats and _ids(corpus_db) == ids
    assert _dump(corpus_db) == before


def _documents_in(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as reader:
            return reader.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_corpus_interrupted_ingest_resumes_to_the_same_database(corpus_db, stored, tmp_path):
    """A real `hoedong ingest` process killed (SIGKILL) after its third document, then run again.
    Its records come through a named pipe, so the kill lands at a known point (three documents
    stored, the fourth not yet sent) and no Kiwi has to load in it."""
    lines = [json.dumps(record, ensure_ascii=False) + "\n" for record in stored]
    whole = tmp_path / "whole"
    whole.mkdir()
    (whole / "records-00000.jsonl").write_text("".join(lines), encoding="utf-8")
    piped = tmp_path / "piped"
    piped.mkdir()
    os.mkfifo(piped / "records-00000.jsonl")
    db = tmp_path / "interrupted.db"
    process = subprocess.Popen([sys.executable, "-m", "hoedong.cli", "ingest", "--records", str(piped), "--db", str(db)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    killed = threading.Event()

    def feed() -> None:  # the pipe stays open until the kill: the ingest never sees the end of its input
        with open(piped / "records-00000.jsonl", "w", encoding="utf-8") as pipe:
            pipe.write("".join(lines[:3]))
            pipe.flush()
            killed.wait(60)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        deadline = time.time() + 60
        while _documents_in(db) < 3:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.time() < deadline, "the ingest did not store the three documents sent to it"
            time.sleep(0.05)
        time.sleep(0.3)  # it would store a fourth now if it had one
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        killed.set()
        writer.join(timeout=10)
    assert process.returncode == -signal.SIGKILL
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as reader:
        assert reader.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 3
        assert reader.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0  # killed before fusion
    result = hoedong("ingest", "--records", whole, "--db", db)  # the writer lock went with the killed process
    assert "21 new, 3 already stored, 0 failed" in result.stderr
    fresh = tmp_path / "fresh.db"
    hoedong("ingest", "--records", whole, "--db", fresh)
    assert _dump(db) == _dump(fresh)
    assert _ids(db) == _ids(corpus_db) and _stats(db) == _stats(corpus_db)  # and the corpus ingested from its files


def test_corpus_adding_documents_keeps_the_ids_of_untouched_events(corpus_db, stored, fused, tmp_path):
    """The pages alone, then the whole corpus: an event no other document joined keeps its id."""
    pages = [r for r in stored if "/pages/" in r["source"]]
    assert len(pages) == 12
    store = SQLiteStore(tmp_path / "pages.db")
    try:
        ingest(store, pages)
        alone = {e["id"]: sorted((s["source"], s["doc_event"]) for s in e["sources"]) for e in store.fused_events()}
    finally:
        store.close()
    untouched = [e for e in fused if all("/pages/" in s["source"] for s in e["sources"])]
    assert len(untouched) >= 10
    for event in untouched:
        assert alone.get(event["id"]) == sorted((s["source"], s["doc_event"]) for s in event["sources"]), event["id"]
    # every entity of the pages keeps its id, and the id still names the same mentions in the pages
    in_pages, in_all = _members(tmp_path / "pages.db"), _members(corpus_db)
    page_docs = {r["doc_id"] for r in pages}
    assert {i: {m for m in in_all.get(i, ()) if m[0] in page_docs} for i in in_pages} == in_pages


def _members(db: Path) -> dict[str, set[tuple[str, str]]]:
    """Each fused entity's mentions: (document, local entity) pairs."""
    members: dict[str, set[tuple[str, str]]] = {}
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as reader:
        for entity, doc, local in reader.execute("SELECT entity_id, doc_id, local_id FROM entity_members"):
            members.setdefault(entity, set()).add((doc, local))
    return members


# ---- a small corpus of our own writing -------------------------------------------------------------

OWN_FEED = [
    {"id": "own-1", "outlet": "가람일보", "published": "2025-03-11T09:00:00+09:00",
     "title": "정의선·젠슨 황, 서울서 자율주행 협력 논의",
     "text": "정의선 현대자동차그룹 회장이 10일 서울 서초구 양재동 본사에서 젠슨 황 엔비디아 최고경영자(CEO)를 만났다.\n\n"
             "두 사람은 이 자리에서 자율주행차에 들어갈 인공지능 반도체 공급 방안을 논의한 것으로 알려졌다."},
    {"id": "own-2", "outlet": "누리신문", "published": "2025-03-11T15:30:00+09:00", "title": "젠슨 황, 정의선 회장과 회동",
     "text": "젠슨 황 엔비디아 CEO는 전날 정의선 현대자동차그룹 회장과 만나 차세대 차량용 칩 협력을 논의했다.\n\n"
             "업계는 두 회사의 협력이 구체화될지 주목하고 있다."},
    {"id": "own-3", "outlet": "가람일보", "published": "2025-03-12T10:00:00+09:00", "title": "구광모 회장, 내달 실리콘밸리행",
     "text": "구광모 LG그룹 회장은 다음 달 미국 실리콘밸리를 방문할 예정이다.\n\n구 회장은 현지 인공지능 기업들을 둘러볼 계획이다."},
]
LATER_FEED = [
    {"id": "own-4", "outlet": "누리신문", "published": "2025-03-19T08:00:00+09:00", "title": "최태원·손정의, 도쿄서 회동",
     "text": "최태원 SK그룹 회장이 18일 일본 도쿄에서 손정의 소프트뱅크그룹 회장을 만났다.\n\n두 사람은 인공지능 데이터센터 협력 방안을 논의했다."},
]


def _write_feed(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def own(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("own")
    feed = _write_feed(folder / "own.jsonl", OWN_FEED)
    db = folder / "own.db"
    assert "3 new, 0 already stored, 0 failed" in hoedong("ingest", feed, "--db", db).stderr
    return feed, db


def test_corpus_own_corpus_counts_are_exact(own):
    _, db = own
    stats = _stats(db)
    assert {k: stats[k] for k in ("documents", "documents_failed", "document_events", "events", "people",
                                  "organisations", "entities", "outlets")} == {
        "documents": 3, "documents_failed": 0, "document_events": 3, "events": 2, "people": 3, "organisations": 3,
        "entities": 10, "outlets": 2}
    assert stats["events_by_type"] == {"MEET": 1, "VISIT": 1}
    assert stats["events_by_status"] == {"occurred": 1, "planned": 1}
    entities = {(e["type"], e["name"], e["documents"], e["events"]) for e in jsonl(hoedong("entities", "--db", db))}
    assert entities == {
        ("PERSON", "정의선", 2, 1), ("PERSON", "젠슨 황", 2, 1), ("PERSON", "구광모", 1, 1),
        ("ORG", "현대자동차그룹", 2, 1), ("ORG", "엔비디아", 2, 1), ("ORG", "LG그룹", 1, 1),
        ("PLACE", "서울", 1, 0), ("PLACE", "서초구", 1, 0), ("PLACE", "미국", 1, 0), ("PLACE", "실리콘밸리", 1, 0)}


def test_corpus_own_corpus_two_outlets_one_meeting(own):
    _, db = own
    meet, visit = jsonl(hoedong("events", "--db", db))  # oldest first
    assert meet["type"] == "MEET" and meet["status"] == "occurred"
    assert {p["name"] for p in meet["participants"]} == {"정의선", "젠슨 황"}
    assert {o["name"] for o in meet["orgs"]} == {"현대자동차그룹", "엔비디아"}
    assert meet["date"] == {"start": "2025-03-10", "end": "2025-03-10"}  # "10일" in one, "전날" of the 11th in the other
    assert meet["place"] in "서울 서초구 양재동 본사"
    assert [(s["source"], s["outlet"], s["status"]) for s in meet["sources"]] == [
        ("own-1", "가람일보", "occurred"), ("own-2", "누리신문", "occurred")]
    assert (visit["type"], visit["status"], visit["date"], visit["place"]) == (
        "VISIT", "planned", {"start": "2025-04", "end": "2025-04"}, "미국 실리콘밸리")
    assert [p["name"] for p in visit["participants"]] == ["구광모"] and [o["name"] for o in visit["orgs"]] == ["LG그룹"]


def test_corpus_own_corpus_reingest_changes_nothing_and_a_new_document_moves_no_id(own, tmp_path):
    feed, db = own
    before, (events, entities) = _dump(db), _ids(db)
    assert len(events) == 2 and len(entities) == 10
    assert "0 new, 3 already stored, 0 failed" in hoedong("ingest", feed, "--db", db).stderr
    assert _ids(db) == (events, entities) and _dump(db) == before
    later = _write_feed(tmp_path / "later.jsonl", LATER_FEED)
    assert "1 new, 3 already stored, 0 failed" in hoedong("ingest", feed, later, "--db", db).stderr
    grown_events, grown_entities = _ids(db)
    assert events < grown_events and len(grown_events) == 3  # the Tokyo meeting is added, nothing else moves
    assert entities < grown_entities and len(grown_entities) == 10 + 6  # 최태원, 손정의, SK그룹, 소프트뱅크그룹, 일본, 도쿄
    tokyo = [e for e in jsonl(hoedong("events", "--db", db)) if e["id"] not in events]
    assert [({p["name"] for p in e["participants"]}, e["date"]["start"]) for e in tokyo] == [({"최태원", "손정의"}, "2025-03-18")]


SAME_NAME_FEED = [  # two different people called 박서연 (invented)
    {"id": "same-b", "outlet": "가람일보", "published": "2025-05-02T09:00:00+09:00", "title": "가람전자, 신제품 공개",
     "text": "박서연 가람전자 대표는 1일 서울에서 신제품 발표회를 열었다.\n\n박 대표는 올해 매출 목표도 함께 밝혔다."},
    {"id": "same-a", "outlet": "누리신문", "published": "2025-05-09T09:00:00+09:00", "title": "누리바이오, 임상 결과 발표",
     "text": "박서연 누리바이오 부사장은 8일 대전 본사에서 임상 결과를 설명했다.\n\n박 부사장은 내년 상반기 허가 신청을 목표로 한다."},
]


def test_corpus_a_namesake_added_later_does_not_take_a_persons_id(tmp_path):
    """KNOWN BUG (reported): the first person of a name, in source order, gets the id of the bare
    name, so a namesake whose document sorts first takes that id, and the earlier person's links
    (web pages, exports) silently point at someone else."""
    db = tmp_path / "same.db"
    first = _write_feed(tmp_path / "first.jsonl", SAME_NAME_FEED[:1])
    hoedong("ingest", first, "--db", db, "-q")
    (ceo,) = jsonl(hoedong("entities", "--db", db, "--type", "PERSON"))
    assert (ceo["name"], ceo["roles"]) == ("박서연", [{"org": "가람전자", "title": "대표"}])
    later = _write_feed(tmp_path / "later.jsonl", SAME_NAME_FEED[1:])
    hoedong("ingest", first, later, "--db", db, "-q")
    people = jsonl(hoedong("entities", "--db", db, "--type", "PERSON"))
    assert sorted(r["org"] for p in people for r in p["roles"]) == ["가람전자", "누리바이오"]  # two people
    holder = next(p for p in people if p["id"] == ceo["id"])
    assert holder["roles"] == ceo["roles"], (
        f"{ceo['id']} was 박서연 of 가람전자; after a namesake's article was added it is 박서연 of "
        f"{holder['roles'][0]['org']}")


# ---- the store on its own --------------------------------------------------------------------------

def test_corpus_missing_database_says_what_to_do(tmp_path):
    with pytest.raises(StoreError) as info:
        SQLiteStore(tmp_path / "none.db", readonly=True)
    assert "hoedong ingest" in info.value.reason and str(tmp_path / "none.db") in info.value.reason
    assert not (tmp_path / "none.db").exists()  # reading never creates it


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
    columns = {r[1] for r in store.db.execute("PRAGMA table_info(event_sources)")}
    store.close()
    assert versions == [1, 2, 3, 4, 5, 6] and {"mentions_by_doc", "doc_entities_by_doc"} <= indexes
    assert "borrowed_date" in columns
