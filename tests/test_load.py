"""Under load: `hoedong serve` over the sample corpus answers a bounded burst of 32 concurrent clients
(2,000 requests over the API's endpoints, with filters, and the HTML pages) with no 5xx, every JSON
response valid JSON and every page a page. It prints p50/p99 latency and requests per second; no
assertion depends on the clock (the machine may be busy), and a safety stop ends the burst should
the server hang.
"""

from __future__ import annotations

import http.client
import json
import random
import statistics
import threading
import time
import urllib.parse
from collections import Counter, defaultdict

import pytest
from test_web_api import sample_db, serving

CLIENTS = 32
REQUESTS = 2000
SAFETY_STOP = 300.0  # seconds: only a hung server gets near it

# kind -> weight in the mix (of 100); a kind's paths are drawn from the corpus's own ids
MIX = {
    "entities": 12, "entity": 10, "events": 16, "event": 8, "graph": 6, "document": 10, "search": 10,
    "stats": 6, "page": 14, "error": 8,
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serving(sample_db(tmp_path_factory)) as running:
        yield running


def _ids(server) -> dict[str, list[str]]:
    _, entities = server.get("/api/entities", limit=200)
    _, events = server.get("/api/events", limit=200)
    documents = sorted({s["doc_id"] for e in events["events"] for s in e["sources"]})
    return {"entity": [e["id"] for e in entities["entities"]], "event": [e["id"] for e in events["events"]],
            "document": documents}


def _plan(ids: dict[str, list[str]], count: int, seed: int = 13) -> list[tuple[str, str, str]]:
    """(kind, path with query, what the answer must be: json, html or error) for each request."""
    pick = random.Random(seed)
    names = ["이재용", "샘 올트먼", "젠슨 황", "손정의", "삼성전자", "오픈AI", "카카오", "최태원"]
    words = ["치맥", "회동", "오픈AI", "삼성", "스타게이트", "황", "투자", "경주"]

    def query(path: str, **params) -> str:
        params = {k: v for k, v in params.items() if v is not None}
        return path + ("?" + urllib.parse.urlencode(params) if params else "")

    def make(kind: str) -> tuple[str, str]:
        if kind == "entities":
            return query("/api/entities", q=pick.choice([None, *names]), type=pick.choice([None, "PERSON", "ORG"]),
                         limit=pick.choice([10, 50, 200]), offset=pick.choice([0, 0, 5, 40])), "json"
        if kind == "entity":
            return f"/api/entities/{pick.choice(ids['entity'])}", "json"
        if kind == "events":
            return query("/api/events", type=pick.choice([None, "MEET", "visit", "PARTNER", "INVEST"]),
                         entity=pick.choice([None, None, *names]), since=pick.choice([None, "2024", "2025-02"]),
                         until=pick.choice([None, "2025-10", "2025-12-31"]),
                         status=pick.choice([None, None, "occurred", "planned", "denied"]),
                         limit=pick.choice([5, 50, 200]), offset=pick.choice([0, 0, 3, 20])), "json"
        if kind == "event":
            return f"/api/events/{pick.choice(ids['event'])}", "json"
        if kind == "graph":
            return query("/api/graph", entity=pick.choice([None, "이재용", "샘 올트먼", "오픈AI"]),
                         depth=pick.choice([1, 2]), type=pick.choice([None, "MEET"])), "json"
        if kind == "document":
            return f"/api/documents/{pick.choice(ids['document'])}", "json"
        if kind == "search":
            return query("/api/search", q=pick.choice(words), limit=pick.choice([5, 20, 200])), "json"
        if kind == "stats":
            return "/api/stats", "json"
        if kind == "page":
            return pick.choice([
                "/", "/network", "/network?type=MEET&status=occurred", query("/search", q=pick.choice(names)),
                f"/entities/{pick.choice(ids['entity'])}", f"/events/{pick.choice(ids['event'])}",
                f"/documents/{pick.choice(ids['document'])}"]), "html"
        return pick.choice([
            "/api/events/ev_nothing", "/api/entities/p_nothing", "/api/documents/nothing",
            "/api/events?limit=100000", "/api/events?offset=-1", "/api/entities?offset=99999999999999999999",
            query("/api/search", q="가" * 300), query("/api/graph", entity="아무도아닌사람"), "/entities/p_nothing"]), "error"

    kinds = pick.choices(list(MIX), weights=list(MIX.values()), k=count)
    return [(kind, *make(kind)) for kind in kinds]


def _burst(port: int, plan: list[tuple[str, str, str]]) -> tuple[list[dict], float]:
    """Send the plan from CLIENTS threads, each over one keep-alive connection: one record per request."""
    results: list[dict] = []
    taken = iter(range(len(plan)))
    lock = threading.Lock()
    stop_at = time.monotonic() + SAFETY_STOP

    def client() -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine = []
        while time.monotonic() < stop_at:
            with lock:
                index = next(taken, None)
            if index is None:
                break
            kind, path, want = plan[index]
            start = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                body = response.read()
                status, kind_of = response.status, response.getheader("content-type", "")
                if response.getheader("connection", "").lower() == "close":
                    connection.close()
            except Exception as exc:  # noqa: BLE001 - any failure is this request's, reported below
                connection.close()
                status, kind_of, body = 0, "", repr(exc).encode()
            mine.append({"kind": kind, "path": path, "want": want, "status": status, "type": kind_of,
                         "body": body, "seconds": time.perf_counter() - start})
        connection.close()
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - began


def _problem(result: dict) -> str | None:
    """What is wrong with one answer, or None."""
    status, kind, body, want = result["status"], result["type"].split(";")[0], result["body"], result["want"]
    if status == 0:
        return f"no answer ({body.decode()})"
    if status >= 500:
        return f"{status}"
    if want == "html":
        if status != 200 or kind != "text/html" or not body.lstrip().lower().startswith(b"<!doctype html>"):
            return f"{status} {kind}: not a page"
        return None
    if kind != "application/json":
        return f"{status} {kind}: not JSON"
    try:
        data = json.loads(body)
    except ValueError as exc:
        return f"{status}: invalid JSON ({exc})"
    if want == "error":
        return None if 400 <= status < 500 and data.get("status") == status and data.get("error") else f"{status}: {data}"
    return None if status == 200 and isinstance(data, dict) and data else f"{status}: {str(data)[:200]}"


def _ms(seconds: list[float], q: int) -> float:
    """The q-th percentile, in milliseconds."""
    if len(seconds) < 2:
        return round(1000 * (seconds[0] if seconds else 0.0), 1)
    return round(1000 * statistics.quantiles(seconds, n=100, method="inclusive")[q - 1], 1)


def _alone(port: int, plan: list[tuple[str, str, str]]) -> list[float]:
    """The same kinds of request from one client, one at a time: the latency without queueing."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    seconds = []
    for _, path, _ in plan:
        start = time.perf_counter()
        connection.request("GET", path)
        connection.getresponse().read()
        seconds.append(time.perf_counter() - start)
    connection.close()
    return seconds


def test_load_a_burst_of_32_clients_gets_no_5xx_and_valid_answers(server, capsys):
    plan = _plan(_ids(server), REQUESTS)
    alone = _alone(server.port, _plan(_ids(server), 100, seed=7))
    results, wall = _burst(server.port, plan)

    latencies = [r["seconds"] for r in results]
    by_kind: dict[str, list[float]] = defaultdict(list)
    for r in results:
        by_kind[r["kind"]].append(r["seconds"])
    lines = [f"load: {len(results)} requests from {CLIENTS} clients in {wall:.1f} s = {len(results) / wall:.0f} req/s; "
             f"latency p50 {_ms(latencies, 50)} ms, p90 {_ms(latencies, 90)} ms, p99 {_ms(latencies, 99)} ms, "
             f"max {round(1000 * max(latencies), 1)} ms",
             "load: by kind (count, p50 ms, p99 ms): " + ", ".join(
                 f"{kind} {len(v)} {_ms(v, 50)}/{_ms(v, 99)}" for kind, v in sorted(by_kind.items())),
             f"load: statuses {dict(sorted(Counter(r['status'] for r in results).items()))}; one client alone "
             f"(100 requests of the same mix): p50 {_ms(alone, 50)} ms, p99 {_ms(alone, 99)} ms"]
    with capsys.disabled():  # the figures reach the log without -s
        print("\n" + "\n".join(lines))

    assert len(results) == REQUESTS, f"the burst was cut by the {SAFETY_STOP:.0f} s safety stop (a hung server?)"
    problems = [(r["path"], p) for r in results if (p := _problem(r))]
    assert not problems, f"{len(problems)} bad answers, e.g. {problems[:5]}"
    assert set(by_kind) == set(MIX), "every kind of request was in the burst"


def test_load_the_server_still_answers_correctly_after_the_burst(server):
    status, stats = server.get("/api/stats")
    assert status == 200 and stats["documents"] == 24
