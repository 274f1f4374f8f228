"""The JSON API, through `hoedong serve` on a real port, over a database built from the sample corpus."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import CORPUS

HOEDONG = [sys.executable, "-m", "hoedong.cli"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("web") / "hoedong.db"
    subprocess.run([*HOEDONG, "ingest", str(CORPUS), "--db", str(db), "-q"], check=True, capture_output=True, timeout=300)
    return db


@pytest.fixture(scope="module")
def api(corpus_db):
    """GET a path of the running server: (status, JSON body)."""
    port = _free_port()
    server = subprocess.Popen([*HOEDONG, "serve", "--db", str(corpus_db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"

    def get(path: str, **params) -> tuple[int, dict]:
        url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                body = response.read()
                if response.headers.get_content_type() != "application/json":
                    return response.status, (response.headers["content-type"], body.decode("utf-8"))
                return response.status, json.loads(body)
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    deadline = time.monotonic() + 60
    while True:
        try:
            get("/api/stats")
            break
        except (urllib.error.URLError, ConnectionError):
            assert server.poll() is None, server.stderr.read().decode()
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
    yield get
    server.terminate()
    server.wait(timeout=10)


def _person(api, name: str) -> dict:
    status, found = api("/api/entities", q=name, type="PERSON")
    assert status == 200
    (person,) = [e for e in found["entities"] if e["name"] == name]
    return person


def test_api_finds_a_person_and_tells_their_story(api):
    lee = _person(api, "이재용")
    status, entity = api(f"/api/entities/{lee['id']}")
    assert status == 200
    assert {"title": "회장", "org": "삼성전자"} in entity["roles"]
    (chair,) = [r for r in entity["roles_over_time"] if (r["title"], r["org"]) == ("회장", "삼성전자")]
    assert chair["first"] < chair["last"] and chair["documents"] >= 2
    assert entity["in_documents"] and entity["timeline"]
    assert all(lee["id"] in {p["id"] for p in e["participants"]} | {o["id"] for o in e["orgs"]} for e in entity["timeline"])
    met = {m["name"]: m["times"] for m in entity["met"]}
    assert met.get("손정의", 0) >= 1 and "이재용" not in met


def test_api_events_filter_by_entity_type_and_month(api):
    status, found = api("/api/events", entity="이재용", type="meet", since="2025-02", until="2025-02")
    assert status == 200 and found["total"] == len(found["events"]) >= 1
    for event in found["events"]:
        assert event["type"] == "MEET" and event["date"]["start"].startswith("2025-02")
        assert "이재용" in {p["name"] for p in event["participants"]} | {o["name"] for o in event["orgs"]}


def test_api_events_match_the_command_line(api, corpus_db):
    lines = subprocess.run([*HOEDONG, "events", "--db", str(corpus_db), "--entity", "샘 올트먼"],
                           check=True, capture_output=True, timeout=120).stdout.decode().splitlines()
    _, found = api("/api/events", entity="샘 올트먼", limit=200)
    assert found["total"] == len(lines) and {e["id"] for e in found["events"]} == {json.loads(x)["id"] for x in lines}


def test_api_pages_do_not_overlap(api):
    _, first = api("/api/events", limit=3)
    _, second = api("/api/events", limit=3, offset=3)
    assert first["total"] == second["total"] > 6
    assert not {e["id"] for e in first["events"]} & {e["id"] for e in second["events"]}


def test_api_event_evidence_is_a_sentence_of_its_document(api):
    _, found = api("/api/events", type="MEET", limit=5)
    for listed in found["events"]:
        status, event = api(f"/api/events/{listed['id']}")
        assert status == 200 and event["sources"]
        for source in event["sources"]:
            status, document = api(f"/api/documents/{source['doc_id']}")
            assert status == 200
            assert source["evidence"] and source["evidence"].split(" ")[0] in document["body"]
            assert document["events"][source["doc_event"]]["type"] == event["type"]


def test_api_document_entities_carry_their_fused_ids(api):
    lee = _person(api, "이재용")
    _, entity = api(f"/api/entities/{lee['id']}")
    _, document = api(f"/api/documents/{entity['in_documents'][0]['doc_id']}")
    (mine,) = [e for e in document["entities"] if e["fused_id"] == lee["id"]]
    assert all(document["body"][s:e] for s, e in mine["mentions"])


def test_api_graph_centres_on_an_entity(api):
    lee = _person(api, "이재용")
    status, graph = api("/api/graph", entity="이재용", depth=1)
    assert status == 200 and lee["id"] in {n["id"] for n in graph["nodes"]}
    ids = {n["id"] for n in graph["nodes"]}
    assert graph["edges"] and all(e["source"] in ids and e["target"] in ids for e in graph["edges"])
    _, whole = api("/api/graph")
    assert len(whole["nodes"]) > len(graph["nodes"])


def test_api_search_finds_documents(api):
    status, found = api("/api/search", q="치맥")
    assert status == 200 and found["documents"]
    assert all("치맥" in (d["snippet"] or "") or "치맥" in (d["title"] or "") for d in found["documents"])


@pytest.mark.parametrize("path, params, code", [
    ("/api/events/ev_nothing", {}, 404),
    ("/api/entities/p_nothing", {}, 404),
    ("/api/documents/nothing", {}, 404),
    ("/api/events", {"limit": 100000}, 422),
    ("/api/events", {"since": "last tuesday"}, 422),
    ("/api/events", {"status": "rumoured"}, 422),
    ("/api/search", {"q": "가" * 500}, 422),
    ("/api/graph", {"entity": "아무도아닌사람"}, 404),
])
def test_api_errors_are_json_with_a_message(api, path, params, code):
    status, body = api(path, **params)
    assert status == code and body["status"] == code and len(body["error"]) > 10


def test_api_values_are_bound_not_spliced(api):
    _, found = api("/api/entities", q="' OR 1=1 --")
    assert found["total"] == 0
    _, everything = api("/api/entities")
    assert everything["total"] > 0


def test_api_is_documented_by_its_openapi_page(api):
    status, spec = api("/api/openapi.json")
    assert status == 200
    assert {"/api/entities", "/api/entities/{entity_id}", "/api/events", "/api/events/{event_id}", "/api/graph",
            "/api/documents/{doc_id}", "/api/search"} <= set(spec["paths"])


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
