"""The server's security review, through `hoedong serve` on a real port:

- the database is opened read-only: a write through the store fails, no method but GET is
  answered, and the file is byte for byte the same after every request below;
- no request reaches a file that was not ingested: the raw-source page is asked for `../`,
  absolute paths, symlinks (new, and put where an ingested file was) and unknown ids;
- everything is escaped: a document whose title, body, outlet, byline, entity names, roles,
  place and topics hold `<script>`, markup and quotes renders as text on every page (no element
  or event attribute of its own reaches the page) and comes back intact as valid JSON;
- every list and query is limited: page sizes, offsets (negative or huge), over-long values and
  query strings, ids and control characters get a JSON 4xx that says what is wrong, never a 5xx;
- the server listens on 127.0.0.1 unless --host is given, and on loopback it answers only to
  loopback names (a DNS-rebinding page is refused).

The hostile corpus is stored with `hoedong ingest --records` (records as a feed could produce
them: a feed line's `id` becomes its source), so no language model is loaded here.
"""

from __future__ import annotations

import hashlib
import html.parser
import http.client
import json
import socket
import sqlite3
import subprocess
import urllib.parse

import psutil
import pytest
from test_web_api import HOEDONG, Server, free_port

from hoedong.corpus import SQLiteStore
from hoedong.ingest import read_input
from hoedong.ingest.sources import Input, form_of

SCRIPT = '<script>alert("x")</script>'
QUOTES = '"큰따옴표" \'작은따옴표\' &amp;'
PERSON_A = f'김{SCRIPT}철수"\''
PERSON_B = '이<img src=x onerror="alert(2)">영희'
ORG = "<svg onload=alert(3)>한빛\"전자'"
PLACE = "<iframe src=//evil.example></iframe>서울"
TOPIC = "<u onmouseover=alert(4)>AI</u>"
ROLE = "<b>회장</b>"
SECRET = "TOP SECRET: not ingested"
# what may appear in a page: the templates' own elements, and never an on* attribute
ALLOWED_TAGS = {"html", "head", "meta", "title", "link", "body", "header", "nav", "a", "form", "input", "main",
                "section", "h1", "h2", "p", "small", "ul", "ol", "li", "span", "div", "dl", "dt", "dd", "blockquote",
                "mark", "article", "svg", "line", "circle", "text", "label", "select", "option", "button", "rect",
                "polygon", "aside", "datalist", "code", "nav", "script"}


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _record(doc_id: str, source: str, body: str, title: str | None = None, hostile: bool = False) -> dict:
    record = {"source": source, "doc_id": doc_id, "title": title, "published": "2025-03-02", "outlet": None,
              "reporters": [], "body": body, "entities": [], "events": []}
    if not hostile:
        return record
    at = {name: body.index(name) for name in (PERSON_A, PERSON_B, ORG)}
    record.update(outlet=f"{SCRIPT}일보", reporters=[f"{SCRIPT}기자"], entities=[
        {"id": "e1", "type": "PERSON", "name": PERSON_A, "name_en": SCRIPT, "kb_id": None, "kb_key": None,
         "aliases": [PERSON_A], "roles": [{"title": ROLE, "org": "e3"}], "mentions": [[at[PERSON_A], at[PERSON_A] + len(PERSON_A)]]},
        {"id": "e2", "type": "PERSON", "name": PERSON_B, "name_en": None, "kb_id": None, "kb_key": None,
         "aliases": [PERSON_B], "roles": [], "mentions": [[at[PERSON_B], at[PERSON_B] + len(PERSON_B)]]},
        {"id": "e3", "type": "ORG", "name": ORG, "name_en": None, "kb_id": None, "kb_key": None,
         "aliases": [ORG], "roles": [], "mentions": [[at[ORG], at[ORG] + len(ORG)]]},
    ], events=[{"type": "MEET", "participants": ["e1", "e2"], "orgs": ["e3"],
                "date": {"start": "2025-03-02", "end": "2025-03-02", "text": "2일"}, "place": PLACE,
                "status": "occurred", "topics": [TOPIC], "amount": None,
                "evidence": [{"start": 0, "end": len(body.split("\n")[0])}]}])
    return record


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A database of one hostile document and of documents whose sources point where they must not
    lead; the server runs in `site/`, so relative sources resolve there."""
    root = tmp_path_factory.mktemp("security")
    folder, records_dir = root / "site", root / "records"
    folder.mkdir()
    records_dir.mkdir()
    secret = root / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    page = folder / "page.txt"
    page.write_bytes("한빛전자 기사 원문입니다.\n\n둘째 문단입니다.\n".encode())
    moved = folder / "moved.txt"
    moved_bytes = "옮겨질 기사 원문입니다.\n".encode()
    moved.write_bytes(moved_bytes)
    (folder / "link.txt").symlink_to(secret)
    body = (f"{PERSON_A}와 {PERSON_B}가 {ORG}에서 만났다고 {QUOTES} 밝혔다. {SCRIPT}\n\n"
            f"둘째 문단에도 <b>굵게</b>와 </p></article>{SCRIPT}가 있다.")
    records = [
        _record("hostile00000001", "feed-hostile", body, title=f"{SCRIPT} {QUOTES} 제목", hostile=True),
        _record(_hash(page.read_bytes()), str(page), page.read_text()),  # a page file, ingested as it is
        _record(_hash(moved_bytes), str(moved), moved_bytes.decode()),  # replaced by a symlink below
        _record("feedline0000001", "../secret.txt", "피드 한 줄입니다."),  # a feed line whose id is a path
        _record("feedline0000002", str(secret), "피드 한 줄입니다."),  # an absolute one
        _record("feedline0000003", "link.txt", "피드 한 줄입니다."),  # a symlink to the secret
    ]
    (records_dir / "part-0.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                              encoding="utf-8")
    db = root / "hoedong.db"
    subprocess.run([*HOEDONG, "ingest", "--records", str(records_dir), "--db", str(db), "-q"], check=True,
                   capture_output=True, timeout=120)
    moved.unlink()
    moved.symlink_to(secret)  # the ingested file's place now leads to the secret
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    server = Server(db, cwd=folder)
    try:
        server.wait_ready()
        yield {"server": server, "db": db, "records": records, "page": page, "before": before}
    finally:
        server.stop()


@pytest.fixture(scope="module")
def ids(site):
    server = site["server"]
    _, people = server.get("/api/entities", type="PERSON", limit=200)
    _, events = server.get("/api/events", limit=200)
    _, orgs = server.get("/api/entities", type="ORG", limit=200)
    person = next(e for e in people["entities"] if e["name"] == PERSON_A)
    (org,) = [e for e in orgs["entities"] if e["name"] == ORG]
    (event,) = events["events"]
    return {"person": person["id"], "other": next(e["id"] for e in people["entities"] if e["name"] == PERSON_B),
            "org": org["id"], "event": event["id"]}


# ---- read-only ---------------------------------------------------------------------------------------

def test_a_write_through_the_read_only_store_fails(site):
    store = SQLiteStore(site["db"], readonly=True)
    try:
        assert store.db.execute("PRAGMA query_only").fetchone()[0] == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only"):
            store.add_document(_record("new0000000000001", "new.txt", "새 문서"))
        with pytest.raises(sqlite3.OperationalError):
            store.replace_fusion([], [])
        with pytest.raises(sqlite3.OperationalError, match="readonly"):  # with query_only off, mode=ro still holds
            store.db.executescript("PRAGMA query_only = OFF; DELETE FROM documents;")
        assert store.document_count() == len(site["records"])
    finally:
        store.close()


def test_a_database_path_with_uri_characters_is_still_opened_read_only(site, tmp_path):
    """`?` and `#` in the path are percent-encoded, so a folder name cannot add `mode=rwc`."""
    odd = tmp_path / "x?mode=rwc&cache=shared#frag"
    odd.mkdir()
    copy = odd / "hoedong.db"
    copy.write_bytes(site["db"].read_bytes())
    store = SQLiteStore(copy, readonly=True)
    try:
        assert store.document_count() == len(site["records"])
        with pytest.raises(sqlite3.OperationalError):
            store.db.execute("CREATE TABLE intruder (x)")
    finally:
        store.close()
    assert copy.read_bytes() == site["db"].read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == [odd.name], "no database opened at a cut-off path"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_only_get_is_answered(site, method):
    for path in ("/api/stats", "/api/events", "/", "/documents/hostile00000001/source"):
        status, headers, body = site["server"].request(path, method=method)
        assert status == 405 and json.loads(body)["status"] == 405 and "read-only" in json.loads(body)["error"]


# ---- no path from a request --------------------------------------------------------------------------

def test_a_feed_line_chooses_its_own_source_string(tmp_path):
    """Why the raw-source page cannot trust a source: a feed's `id` becomes the document's source."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "../../secret.txt", "text": "피드 본문입니다."}) + "\n", encoding="utf-8")
    (document,) = read_input(Input(str(feed), form_of(feed)), 1 << 20)
    assert document.source == "../../secret.txt"


def test_the_source_page_serves_an_ingested_file(site):
    records = {r["source"]: r for r in site["records"]}
    page = records[str(site["page"])]
    status, (kind, text) = site["server"].get(f"/documents/{page['doc_id']}/source")
    assert status == 200 and kind.startswith("text/plain") and text == site["page"].read_text()


@pytest.mark.parametrize("doc_id", [
    "feedline0000001",  # ../secret.txt, from the server's folder
    "feedline0000002",  # the secret's absolute path
    "feedline0000003",  # a symlink to the secret
    "moved",  # an ingested file, replaced since by a symlink to the secret
    "nothing",  # no such document
    "../secret.txt", "..%2Fsecret.txt", "%2E%2E%2F%2E%2E%2Fsecret.txt", "%2Fetc%2Fpasswd", "/etc/passwd",
    "../../../../etc/passwd", "....//....//secret.txt",
])
def test_no_request_reaches_a_file_that_was_not_ingested(site, doc_id):
    if doc_id == "moved":
        doc_id = next(r["doc_id"] for r in site["records"] if r["source"].endswith("moved.txt"))
    status, headers, body = site["server"].request(f"/documents/{doc_id}/source")
    assert status in (404, 422), (doc_id, status)
    assert headers["content-type"] == "application/json" and json.loads(body)["status"] == status
    assert SECRET.encode() not in body and b"root:" not in body


@pytest.mark.parametrize("name", ["..", "%2e%2e", "..%2fapi.py", "%2e%2e%2fapi.py", "api.py", "%2fetc%2fpasswd",
                                  "style.css%00.py", "vendor/..%2f..%2fapi.py", "vendor/%2e%2e", "vendor/.installed",
                                  "vendor/..%2fnetwork.js"])
def test_static_serves_its_own_files_only(site, name):
    status, headers, body = site["server"].request(f"/static/{name}")
    assert status in (404, 422) and json.loads(body)["status"] == status and b"import" not in body
    status, headers, _ = site["server"].request("/static/style.css")
    assert status == 200 and headers["content-type"].startswith("text/css")


# ---- escaping ----------------------------------------------------------------------------------------

class _Elements(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.handlers, self.text, self.scripts, self.inline = set(), [], [], [], []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.handlers += [(tag, name) for name, _ in attrs if name.startswith("on")]
        self.text += [value for _, value in attrs if value]
        if tag == "script":
            self.scripts.append(dict(attrs).get("src"))
            self._in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        (self.inline if self._in_script else self.text).append(data)


def _pages(ids) -> list[str]:
    q = urllib.parse.quote
    return ["/", "/network", "/network?type=MEET", f"/entities/{ids['person']}", f"/entities/{ids['other']}",
            f"/entities/{ids['org']}", f"/events/{ids['event']}", "/documents/hostile00000001",
            "/documents/hostile00000001?event=0", f"/search?q={q('<script>')}", f"/search?q={q(SCRIPT)}",
            f"/search?q={q(chr(34) + chr(39) + '><img src=x onerror=alert(1)>')}", f"/search?q={q('철수')}",
            f"/network?org={q(ORG)}&focus={q(SCRIPT)}", f"/events?entity={q(PERSON_A)}&org={q(ORG)}",
            f"/events?org={q(SCRIPT)}", f"/pair?a={q(PERSON_A)}&b={q(PERSON_B)}", "/alliances",
            f"/alliances?entity={q(PERSON_A)}", f"/pair?a={q(SCRIPT)}&b={q(QUOTES)}"]


def test_every_page_shows_the_hostile_document_as_text(site, ids):
    seen = set()
    for path in _pages(ids):
        status, headers, body = site["server"].request(path)
        if path.startswith("/pair?a=%3Cscript"):  # nobody of that name: a JSON 404 that names it as data
            assert status == 404 and headers["content-type"] == "application/json", path
            continue
        assert status == 200 and headers["content-type"].startswith("text/html"), path
        policy = {d.split()[0]: d.split()[1:] for d in headers["content-security-policy"].split("; ")}
        assert policy["default-src"] == ["'none'"] and policy["script-src"] == ["'self'"], \
            "only this server's own script files may run on a page, never inline code or another site's"
        page = body.decode("utf-8")
        parsed = _Elements()
        parsed.feed(page)
        assert parsed.tags <= ALLOWED_TAGS, (path, parsed.tags - ALLOWED_TAGS)
        assert not parsed.handlers, (path, parsed.handlers)
        assert all(src and src.startswith("/static/") for src in parsed.scripts), (path, parsed.scripts)
        assert not "".join(parsed.inline).strip(), "no inline script"
        text = "".join(parsed.text)
        seen |= {value for value in (SCRIPT, PERSON_A, PERSON_B, ORG, PLACE, TOPIC, ROLE, QUOTES) if value in text}
    assert seen == {SCRIPT, PERSON_A, PERSON_B, ORG, PLACE, TOPIC, ROLE, QUOTES}, \
        "each hostile value was shown somewhere, as text"


def test_the_json_carries_the_hostile_values_intact(site, ids):
    server = site["server"]
    status, document = server.get("/api/documents/hostile00000001")
    assert status == 200 and document["title"].startswith(SCRIPT) and QUOTES in document["title"]
    assert document["outlet"] == f"{SCRIPT}일보" and document["reporters"] == [f"{SCRIPT}기자"]
    assert {e["name"] for e in document["entities"]} == {PERSON_A, PERSON_B, ORG}
    status, person = server.get(f"/api/entities/{ids['person']}")
    assert status == 200 and person["name"] == PERSON_A and {"title": ROLE, "org": ORG} in person["roles"]
    status, event = server.get(f"/api/events/{ids['event']}")
    assert status == 200 and event["place"] == PLACE and event["topics"] == [TOPIC]
    status, found = server.get("/api/search", q=SCRIPT)
    assert status == 200 and [d["doc_id"] for d in found["documents"]] == ["hostile00000001"]
    status, graph = server.get("/api/graph")
    assert status == 200 and {PERSON_A, PERSON_B} <= {n["label"] for n in graph["nodes"]}
    for path in ("/api/stats", "/api/entities", "/api/events", "/api/graph", "/api/openapi.json"):
        status, headers, body = server.request(path)
        assert status == 200 and headers["content-type"] == "application/json"
        assert headers["x-content-type-options"] == "nosniff"
        json.loads(body)


# ---- limits ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path, code", [
    ("/api/events?limit=201", 422), ("/api/events?limit=0", 422), ("/api/events?limit=-1", 422),
    ("/api/events?offset=-1", 422), ("/api/events?offset=99999999999999999999", 422),
    ("/api/events?offset=1000000001", 422), ("/api/events?offset=abc", 422), ("/api/events?limit=1e3", 422),
    ("/api/entities?limit=1000000", 422), ("/api/entities?offset=-5", 422),
    ("/api/entities?offset=99999999999999999999999999999999", 422),
    ("/api/entities?q=" + urllib.parse.quote("가" * 201), 422), ("/api/entities?q=" + "a" * 10000, 414),
    ("/api/search?q=", 422), ("/api/search?q=" + "a" * 201, 422), ("/api/search?q=abc&limit=201", 422),
    ("/api/search?q=%00%00%00", 422), ("/api/search?q=a%00b", 422), ("/api/entities?q=%1b%5b31m", 422),
    ("/api/search", 422),
    ("/api/graph?depth=4", 422), ("/api/graph?depth=0", 422), ("/api/graph?entity=" + "a" * 201, 422),
    ("/api/events?entity=" + "a" * 201, 422), ("/api/events?since=2025-1", 422), ("/api/events?type=LUNCH", 422),
    ("/api/entities/" + "a" * 201, 422), ("/api/events/" + "a" * 201, 422), ("/api/documents/" + "a" * 201, 422),
    ("/entities/" + "a" * 201, 422), ("/documents/hostile00000001?event=-1", 422),
    ("/documents/hostile00000001?event=99999999999999999999", 422), ("/search?q=" + "a" * 201, 422),
    ("/network?since=yesterday", 422), ("/api/entities?" + "&".join(f"x{i}=1" for i in range(2000)), 414),
    ("/api/nothing", 404), ("/api/events/ev_nothing", 404),
    ("/api/export?format=exe", 422), ("/api/export", 422), ("/api/export?format=csv&graph=everything", 422),
    ("/api/network?type=LUNCH", 422), ("/api/network?org=" + "a" * 201, 422), ("/api/pair?a=x", 422),
    ("/api/pair?a=x&b=" + "a" * 201, 422), ("/api/pair?a=nobody&b=nobody", 404), ("/api/alliances?since=soon", 422),
    ("/events?since=soon", 422), ("/events?offset=-1", 422), ("/pair?a=nobody&b=nobody", 404),
    ("/network?focus=" + "a" * 201, 422), ("/static/vendor/nothing.js", 404),
])
def test_every_limit_is_a_clear_json_4xx(site, path, code):
    status, headers, body = site["server"].request(path)
    assert status == code, (path, status, body[:200])
    answer = json.loads(body)
    assert headers["content-type"] == "application/json" and answer["status"] == code
    assert len(answer["error"]) > 15 and "internal error" not in answer["error"]


def test_pages_of_every_list_are_capped(site):
    server = site["server"]
    for path in ("/api/events", "/api/entities"):
        status, page = server.get(path, limit=200, offset=1000000000)
        assert status == 200 and page["total"] >= 1 and page[path.rsplit("/", 1)[1]] == []
    status, found = server.get("/api/search", q="피드", limit=200)
    assert status == 200 and len(found["documents"]) <= 200


def test_the_database_is_unchanged_by_all_these_requests(site):
    """Last in the file: every request above has been served."""
    assert hashlib.sha256(site["db"].read_bytes()).hexdigest() == site["before"]


# ---- where it listens --------------------------------------------------------------------------------

def _listening(pid: int) -> set[tuple[str, int]]:
    process = psutil.Process(pid)
    return {(c.laddr.ip, c.laddr.port) for c in process.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN}


def _refused(host: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(5)
        return probe.connect_ex((host, port)) != 0


def test_the_server_listens_on_127_0_0_1_unless_told(site):
    server = site["server"]  # started without --host
    assert _listening(server.process.pid) == {("127.0.0.1", server.port)}
    assert _refused("127.0.0.2", server.port), "another loopback address is not served"
    port = free_port("127.0.0.2")
    elsewhere = Server(site["db"], "--host", "127.0.0.2", port=port)
    try:
        elsewhere.wait_ready(base=f"http://127.0.0.2:{port}")
        assert _listening(elsewhere.process.pid) == {("127.0.0.2", port)}
        assert _refused("127.0.0.1", port)
    finally:
        elsewhere.stop()


@pytest.mark.parametrize("host, code", [
    ("evil.example", 400), ("evil.example:80", 400), ("127.0.0.1.evil.example", 400), ("localhost.evil.example", 400),
    ("localhost", 200), ("127.0.0.1", 200), ("[::1]", 200), ("app.localhost", 200),
])
def test_on_loopback_only_loopback_names_are_answered(site, host, code):
    """A page of another site that points its name at 127.0.0.1 (DNS rebinding) sends its own Host."""
    connection = http.client.HTTPConnection("127.0.0.1", site["server"].port, timeout=30)
    try:
        connection.request("GET", "/api/stats", headers={"Host": f"{host}:{site['server'].port}"
                                                         if ":" not in host.strip("[]") else host})
        response = connection.getresponse()
        body = json.loads(response.read())
    finally:
        connection.close()
    assert response.status == code
    if code == 400:
        assert body["status"] == 400 and "127.0.0.1" in body["error"] and "documents" not in body
