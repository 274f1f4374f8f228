"""The JSON API, through `hoedong serve` on a real port, over a database built from the sample corpus.

Each expectation is stated from outside the code: facts of the sample corpus (its 24 documents, the
gold annotations in examples/gold/corpus.jsonl, a document id that is the hash of the file's bytes)
or the database read with plain SQL, never the API compared with the functions it calls.

The helpers at the top (a free port, the sample database built once a session, a running server)
are shared by test_load.py and test_web_security.py.
"""

from __future__ import annotations

import hashlib
import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
from conftest import CORPUS, EXAMPLES, load_jsonl

HOEDONG = [sys.executable, "-m", "hoedong.cli"]
GOLD = load_jsonl(EXAMPLES / "gold" / "corpus.jsonl")
_SAMPLE: dict[str, Path] = {}


# ---- shared helpers -------------------------------------------------------------------------------

def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def sample_db(tmp_path_factory) -> Path:
    """The sample corpus ingested once for the whole session: the API, load and security tests only
    read it (the server opens it read-only), so one ingest serves them all."""
    if "db" not in _SAMPLE:
        db = tmp_path_factory.mktemp("sample") / "hoedong.db"
        subprocess.run([*HOEDONG, "ingest", str(CORPUS), "--db", str(db), "-q"], check=True, capture_output=True,
                       timeout=300)
        _SAMPLE["db"] = db
    return _SAMPLE["db"]


class Server:
    """`hoedong serve` in a subprocess on a free loopback port."""

    def __init__(self, db: Path, *args: str, port: int | None = None, cwd: Path | None = None):
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen([*HOEDONG, "serve", "--db", str(db), "--port", str(self.port), *args],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)

    def wait_ready(self, base: str | None = None) -> "Server":
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen((base or self.base) + "/api/stats", timeout=5).read()
                return self
            except (urllib.error.URLError, ConnectionError):
                assert self.process.poll() is None, self.process.stderr.read().decode()
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)

    def request(self, path: str, params: dict | None = None, method: str = "GET",
                headers: dict | None = None) -> tuple[int, dict, bytes]:
        """(status, response headers, body) of one request."""
        url = self.base + path + ("?" + urllib.parse.urlencode(params) if params else "")
        request = urllib.request.Request(url, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def get(self, path: str, **params) -> tuple[int, object]:
        """(status, JSON body); for a response that is not JSON, (status, (content type, text))."""
        status, headers, body = self.request(path, params)
        if headers.get("content-type", "").split(";")[0] != "application/json":
            return status, (headers.get("content-type", ""), body.decode("utf-8"))
        return status, json.loads(body)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


@contextmanager
def serving(db: Path, *args: str, cwd: Path | None = None) -> Iterator[Server]:
    server = Server(db, *args, cwd=cwd)
    try:
        yield server.wait_ready()
    finally:
        server.stop()


# ---- fixtures ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    return sample_db(tmp_path_factory)


@pytest.fixture(scope="module")
def api(corpus_db):
    with serving(corpus_db) as server:
        yield server.get


@pytest.fixture(scope="module")
def sql(corpus_db):
    """The database read with plain SQL: the oracle the API is checked against."""
    connection = sqlite3.connect(f"file:{corpus_db}?mode=ro", uri=True)
    yield lambda query, *params: connection.execute(query, params).fetchall()
    connection.close()


def _person(api, name: str) -> dict:
    status, found = api("/api/entities", q=name, type="PERSON")
    assert status == 200
    (person,) = [e for e in found["entities"] if e["name"] == name]
    return person


def _gold_sources_with(name: str) -> set[str]:
    """The sample documents whose gold annotation names this person."""
    return {g["source"] for g in GOLD if any(p["name"] == name for p in g["people"])}


def _file_of(source: str) -> str:
    return Path(source).name if "/" in source else source


# ---- the corpus as a whole ------------------------------------------------------------------------

def test_api_stats_count_the_24_sample_documents(api, sql):
    status, stats = api("/api/stats")
    assert status == 200
    assert stats["documents"] == 24 == len(GOLD)  # 12 text pages, 6 HTML pages, 6 feed lines
    assert stats["documents_failed"] == 0
    assert stats["events"] == sql("SELECT COUNT(*) FROM events")[0][0] > 0
    assert sum(stats["events_by_type"].values()) == stats["events"]
    assert set(stats["events_by_type"]) == {"MEET", "VISIT", "PARTNER", "INVEST"}  # the sample has all four
    assert stats["people"] == sql("SELECT COUNT(*) FROM entities WHERE type = 'PERSON'")[0][0] >= 20


def test_api_every_event_is_listed_once_across_pages_newest_first(api, sql):
    ids = {row[0] for row in sql("SELECT id FROM events")}
    listed = []
    for offset in range(0, len(ids) + 7, 7):  # one page past the end, which is empty
        status, page = api("/api/events", limit=7, offset=offset)
        assert status == 200 and page["total"] == len(ids) and page["offset"] == offset
        assert len(page["events"]) == min(7, max(0, len(ids) - offset))
        listed += page["events"]
    assert [e["id"] for e in listed] == list(dict.fromkeys(e["id"] for e in listed)), "no event on two pages"
    assert {e["id"] for e in listed} == ids, "every event on some page"
    dated = [e["date"]["start"] for e in listed if e["date"]]
    assert dated == sorted(dated, reverse=True) and all(e["date"] for e in listed[:len(dated)]), \
        "newest first, the undated last"


# ---- a known person ---------------------------------------------------------------------------------

def test_api_lee_jae_yong_met_whom_the_gold_says_when_it_says(api):
    """이재용 is in five gatherings of the sample: with 저커버그 (2011, and 2024-02-29 at 승지원), with
    손정의 and 올트먼 (2025-02-04 at 서초사옥), at the 대통령실 with 이재명 (2025-10-01) and the 치맥
    with 젠슨 황 and 정의선 (2025-10-30)."""
    lee = _person(api, "이재용")
    status, entity = api(f"/api/entities/{lee['id']}")
    assert status == 200 and entity["name"] == "이재용" and entity["type"] == "PERSON"
    assert {"title": "회장", "org": "삼성전자"} in entity["roles"]
    meetings = {e["date"]["start"]: {p["name"] for p in e["participants"]}
                for e in entity["timeline"] if e["type"] == "MEET"}
    assert set(meetings) == {"2011", "2024-02-29", "2025-02-04", "2025-10-01", "2025-10-30"}
    assert {"손정의", "샘 올트먼"} <= meetings["2025-02-04"]
    assert {"젠슨 황", "정의선"} <= meetings["2025-10-30"]
    assert {"이재명", "샘 올트먼"} <= meetings["2025-10-01"]
    assert "마크 저커버그" in meetings["2024-02-29"] and "마크 저커버그" in meetings["2011"]
    met = {m["name"]: m for m in entity["met"]}
    assert met["마크 저커버그"]["times"] == 2 and met["마크 저커버그"]["last"] == "2024-02-29"
    assert met["젠슨 황"]["last"] == "2025-10-30" and "이재용" not in met
    assert all(lee["id"] in {p["id"] for p in e["participants"]} | {o["id"] for o in e["orgs"]}
               for e in entity["timeline"])


def test_api_lee_jae_yong_appears_in_every_document_the_gold_names_him_in(api):
    lee = _person(api, "이재용")
    _, entity = api(f"/api/entities/{lee['id']}")
    listed = {_file_of(d["source"]) for d in entity["in_documents"]}
    assert _gold_sources_with("이재용") <= listed
    assert len(entity["in_documents"]) == entity["documents"] == lee["documents"]
    (chair,) = [r for r in entity["roles_over_time"] if (r["title"], r["org"]) == ("회장", "삼성전자")]
    assert chair["first"] <= "2024-02-29" and chair["last"] >= "2025-10-30" and chair["documents"] >= 2


def test_api_events_filter_by_entity_type_and_month(api):
    """February 2025 holds three meetings of 샘 올트먼: with 이재용 and 손정의, with 최태원, with 정신아."""
    status, found = api("/api/events", entity="샘 올트먼", type="meet", since="2025-02", until="2025-02")
    assert status == 200 and found["total"] == len(found["events"]) == 3
    assert all(e["type"] == "MEET" and e["date"]["start"].startswith("2025-02") for e in found["events"])
    others = [{p["name"] for p in e["participants"]} - {"샘 올트먼"} for e in found["events"]]
    assert any({"이재용", "손정의"} <= o for o in others)
    assert {"최태원"} in others and {"정신아"} in others


def test_api_events_of_an_entity_are_those_the_database_links_to_it(api, sql):
    """Every event of 샘 올트먼 and no other, checked against event_members read with plain SQL."""
    altman = _person(api, "샘 올트먼")
    expected = {row[0] for row in sql("SELECT DISTINCT event_id FROM event_members WHERE entity_id = ?", altman["id"])}
    status, found = api("/api/events", entity="샘 올트먼", limit=200)
    assert status == 200 and found["total"] == len(expected) >= 10
    assert {e["id"] for e in found["events"]} == expected
    _, by_alias = api("/api/events", entity="올트먼", limit=200)  # an alias the articles use
    assert {e["id"] for e in by_alias["events"]} == expected


def test_api_the_denials_are_those_of_one_article(api):
    """해담그룹 denied (h05) that 서진우 would meet 라일라 모건 and a joint venture with 벤터클라우드;
    nothing else in the sample is denied."""
    status, found = api("/api/events", status="denied")
    assert status == 200 and 1 <= found["total"] == len(found["events"]) <= 2
    assert all("h05_haedam_denial.html" in {_file_of(s["source"]) for s in e["sources"]} for e in found["events"])
    assert any(e["type"] == "MEET" and {p["name"] for p in e["participants"]} == {"서진우", "라일라 모건"}
               for e in found["events"])


# ---- a known pair -----------------------------------------------------------------------------------

def test_api_the_chimaek_gathering_is_one_event_told_by_the_outlets_the_gold_names(api):
    status, found = api("/api/events", entity="젠슨 황", type="MEET", since="2025-10-30", until="2025-10-30")
    assert status == 200 and found["total"] == 1
    (chimaek,) = found["events"]
    assert {"젠슨 황", "이재용", "정의선"} <= {p["name"] for p in chimaek["participants"]}
    told = {_file_of(s["source"]) for s in chimaek["sources"]}
    gold = {g["source"] for g in GOLD for e in g["events"] if e.get("event_key") == "chimaek-2025-10-30"}
    assert {"h03_huang_chimaek.html", "p03_chimaek-asiae.txt"} <= told <= gold
    status, event = api(f"/api/events/{chimaek['id']}")
    assert status == 200 and event == chimaek


def test_api_graph_joins_a_known_pair_and_nobody_else(api):
    """최하은 (루미나랩스) met 한스 베버 (케슬러 로보틱) on 2025-09-15, and met nobody else."""
    status, graph = api("/api/graph", entity="최하은")
    assert status == 200
    labels = {n["id"]: n["label"] for n in graph["nodes"]}
    assert {n["label"] for n in graph["nodes"] if n["kind"] == "PERSON"} == {"최하은", "한스 베버"}
    (edge,) = [e for e in graph["edges"] if {labels[e["source"]], labels[e["target"]]} == {"최하은", "한스 베버"}]
    assert edge["last"] == "2025-09-15" and edge["weight"] >= 1
    status, lee = api("/api/graph", entity="이재용", depth=1)
    names = {n["label"] for n in lee["nodes"]}
    assert {"이재용", "젠슨 황", "손정의", "마크 저커버그"} <= names and "최하은" not in names
    ids = {n["id"] for n in lee["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in lee["edges"])
    _, whole = api("/api/graph")
    assert {n["id"] for n in lee["nodes"]} < {n["id"] for n in whole["nodes"]}


# ---- documents and search ---------------------------------------------------------------------------

def test_api_a_document_is_found_by_the_hash_of_its_file(api, sql):
    """A page's id is the first 16 hex digits of the SHA-256 of its bytes (spec/OUTPUT.md)."""
    page = CORPUS / "pages" / "p09_zuckerberg-seungjiwon.txt"
    doc_id = hashlib.sha256(page.read_bytes()).hexdigest()[:16]
    status, document = api(f"/api/documents/{doc_id}")
    assert status == 200 and document["doc_id"] == doc_id and document["source"].endswith(page.name)
    ((body,),) = sql("SELECT body FROM documents WHERE doc_id = ?", doc_id)
    assert document["body"] == body and "승지원" in body
    people = {e["name"]: e for e in document["entities"] if e["type"] == "PERSON"}
    assert {"이재용", "마크 저커버그"} <= set(people)
    lee = _person(api, "이재용")
    assert people["이재용"]["fused_id"] == lee["id"]
    assert all(document["body"][s:e] for s, e in people["이재용"]["mentions"])
    assert {e["type"] for e in document["events"]} >= {"MEET", "VISIT"}


def test_api_event_evidence_is_text_of_its_document(api):
    _, found = api("/api/events", type="MEET", limit=5)
    for listed in found["events"]:
        status, event = api(f"/api/events/{listed['id']}")
        assert status == 200 and event["sources"]
        for source in event["sources"]:
            status, document = api(f"/api/documents/{source['doc_id']}")
            assert status == 200
            assert source["evidence"] and source["evidence"].split(" ")[0] in document["body"]
            assert document["events"][source["doc_event"]]["type"] == event["type"]


def test_api_search_finds_exactly_the_documents_that_hold_the_word(api, sql):
    expected = {row[0] for row in sql("SELECT doc_id FROM documents WHERE instr(body, '치맥') > 0 "
                                      "OR instr(COALESCE(title, ''), '치맥') > 0")}
    status, found = api("/api/search", q="치맥")
    assert status == 200 and {d["doc_id"] for d in found["documents"]} == expected
    assert {"h03_huang_chimaek.html", "p03_chimaek-asiae.txt"} <= {_file_of(d["source"]) for d in found["documents"]}
    _, short = api("/api/search", q="황")  # under three characters: by substring, not the trigram index
    assert short["documents"] and all("황" in (d["snippet"] or "") + (d["title"] or "") for d in short["documents"])


def test_api_entities_list_pages_and_filters(api, sql):
    (total,) = sql("SELECT COUNT(*) FROM entities")[0]
    status, first = api("/api/entities", limit=5)
    assert status == 200 and first["total"] == total and len(first["entities"]) == 5
    assert first["entities"][0]["name"] in {"오픈AI", "샘 올트먼"}  # the most connected of the sample
    _, orgs = api("/api/entities", type="org", limit=200)
    assert orgs["total"] == sql("SELECT COUNT(*) FROM entities WHERE type = 'ORG'")[0][0]
    assert {"삼성전자", "오픈AI", "엔비디아", "카카오"} <= {e["name"] for e in orgs["entities"]}


# ---- errors -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("path, params, code", [
    ("/api/events/ev_nothing", {}, 404),
    ("/api/entities/p_nothing", {}, 404),
    ("/api/documents/nothing", {}, 404),
    ("/api/events", {"limit": 100000}, 422),
    ("/api/events", {"since": "last tuesday"}, 422),
    ("/api/events", {"status": "rumoured"}, 422),
    ("/api/search", {"q": "가" * 500}, 422),
    ("/api/graph", {"entity": "아무도아닌사람"}, 404),
    ("/api/nothing", {}, 404),
])
def test_api_errors_are_json_with_a_message(api, path, params, code):
    status, body = api(path, **params)
    assert status == code and body["status"] == code and len(body["error"]) > 10


def test_api_values_are_bound_not_spliced(api, sql):
    _, found = api("/api/entities", q="' OR 1=1 --")
    assert found["total"] == 0
    _, everything = api("/api/entities")
    assert everything["total"] == sql("SELECT COUNT(*) FROM entities")[0][0]


def test_api_is_documented_by_its_openapi_page(api):
    status, spec = api("/api/openapi.json")
    assert status == 200
    assert {"/api/entities", "/api/entities/{entity_id}", "/api/events", "/api/events/{event_id}", "/api/graph",
            "/api/documents/{doc_id}", "/api/search", "/api/stats"} <= set(spec["paths"])


def test_a_document_source_is_one_click_away_as_plain_text(api):
    _, found = api("/api/search", q="아마존")
    (page,) = [d for d in found["documents"] if d["source"].endswith("euckr.html")]
    status, (kind, text) = api(f"/documents/{page['doc_id']}/source")
    assert status == 200 and kind.startswith("text/plain")
    assert "<html" in text.lower() and "아마존" in text  # the EUC-KR page, decoded as ingest decoded it
    _, found = api("/api/search", q="정신아", limit=50)
    (feed_line, *_) = [d for d in found["documents"] if d["source"].startswith("feed-")]
    status, body = api(f"/documents/{feed_line['doc_id']}/source")  # a line of a feed is not a file
    assert status == 404 and f"/documents/{feed_line['doc_id']}" in body["error"]


def test_serve_without_a_database_says_what_to_do(tmp_path):
    result = subprocess.run([*HOEDONG, "serve", "--db", str(tmp_path / "none.db")], capture_output=True, timeout=60)
    assert result.returncode == 2 and b"hoedong ingest" in result.stderr
