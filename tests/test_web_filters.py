"""Filters given together intersect, the same way in the JSON API, the pages and the CLI, for every
pair of filters (and each alone): checked against the database read with plain SQL, on the sample
corpus. And the exports of a filtered view are the same bytes from the page and from the CLI.

The expected events are computed here from the tables (events, event_members, aliases, entities)
with the rule spec/CORPUS.md states, never by the query helper the three share.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
import zipfile
from itertools import combinations

import pytest
from test_web_api import sample_db, serving
from typer.testing import CliRunner

from hoedong.cli import app

VALUES = {"type": "MEET", "entity": "이재용", "org": "삼성전자", "since": "2025", "until": "2025-10",
          "status": "occurred"}
PAIRS = list(combinations(VALUES, 2))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return sample_db(tmp_path_factory)


@pytest.fixture(scope="module")
def server(db):
    with serving(db) as running:
        yield running


@pytest.fixture(scope="module")
def expected(db):
    """The events each combination of filters keeps, read from the tables."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    events = {row[0]: row[1:] for row in connection.execute("SELECT id, type, date_start, status FROM events")}
    members: dict[str, set[str]] = {}
    for event_id, entity_id in connection.execute("SELECT event_id, entity_id FROM event_members"):
        members.setdefault(event_id, set()).add(entity_id)
    types = dict(connection.execute("SELECT id, type FROM entities"))

    def named(name: str, kinds: tuple[str, ...] | None = None) -> set[str]:
        ids = {r[0] for r in connection.execute(
            "SELECT entity_id FROM aliases WHERE alias = ? UNION SELECT id FROM entities WHERE name = ? OR name_en = ?",
            (name, name, name))}
        return {i for i in ids if kinds is None or types[i] in kinds}

    def at_precision(a: str, b: str) -> tuple[str, str]:
        n = min(len(a), len(b))
        return a[:n], b[:n]

    def keeps(event_id: str, key: str, value: str) -> bool:
        kind, start, status = events[event_id]
        if key == "type":
            return kind == value
        if key == "status":
            return status == value
        if key == "entity":
            return bool(members.get(event_id, set()) & named(value))
        if key == "org":
            return bool(members.get(event_id, set()) & named(value, ("ORG", "PROJECT")))
        if start is None:
            return False
        day, bound = at_precision(start, value)
        return day >= bound if key == "since" else day <= bound

    def kept(*keys: str) -> set[str]:
        return {e for e in events if all(keeps(e, k, VALUES[k]) for k in keys)}

    yield kept
    connection.close()


def _cli_events(db, keys) -> set[str]:
    args = ["events", "--db", str(db)] + [part for k in keys for part in (f"--{k}", VALUES[k])]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return {json.loads(line)["id"] for line in result.stdout.splitlines() if line.strip()}


def _page_events(server, keys) -> set[str]:
    status, headers, body = server.request("/events", {k: VALUES[k] for k in keys})
    assert status == 200
    listed = re.search(r'<ul class="events">(.*?)</ul>', body.decode("utf-8"), re.S).group(1)
    return set(re.findall(r'href="/events/(ev_[^"]+)"', listed))


@pytest.mark.parametrize("keys", [(k,) for k in VALUES] + PAIRS, ids=lambda keys: "+".join(keys))
def test_filters_intersect_in_the_api_the_pages_and_the_cli(server, db, expected, keys):
    wanted = expected(*keys)
    for key in keys:
        assert wanted <= expected(key)
    status, found = server.get("/api/events", limit=200, **{k: VALUES[k] for k in keys})
    assert status == 200 and found["total"] == len(found["events"])
    assert {e["id"] for e in found["events"]} == wanted, "API"
    assert _page_events(server, keys) == wanted, "page"
    assert _cli_events(db, keys) == wanted, "CLI"


def test_the_filters_chosen_make_every_pair_a_real_test(expected):
    """Most pairs keep some events and drop some that each filter alone keeps, so an implementation
    that ignored one filter of a pair, or took their union, would fail above."""
    narrowing = [pair for pair in PAIRS if expected(*pair) and expected(*pair) < (expected(pair[0]) | expected(pair[1]))]
    assert len(narrowing) >= 12, [pair for pair in PAIRS if pair not in narrowing]
    lee_at_samsung = expected("entity", "org")
    assert 0 < len(lee_at_samsung) < len(expected("entity") | expected("org"))  # the bug of issue 14: the union


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "csv"])
def test_the_page_exports_what_the_cli_exports(server, db, tmp_path, fmt):
    keys = ("org", "since")
    args = ["export", "--format", fmt, "--db", str(db), "--out", str(tmp_path / f"view.{fmt}")]
    result = CliRunner().invoke(app, args + [part for k in keys for part in (f"--{k}", VALUES[k])])
    assert result.exit_code == 0, result.output
    status, headers, body = server.request("/api/export", {"format": fmt, **{k: VALUES[k] for k in keys}})
    assert status == 200 and "attachment" in headers["content-disposition"]
    if fmt == "csv":
        archive = zipfile.ZipFile(io.BytesIO(body))
        assert archive.namelist() == ["hoedong_edges.csv", "hoedong_nodes.csv"]
        for part in ("nodes", "edges"):
            assert archive.read(f"hoedong_{part}.csv") == (tmp_path / f"view_{part}.csv").read_bytes()
        nodes = archive.read("hoedong_nodes.csv").decode("utf-8")
    else:
        assert body == (tmp_path / f"view.{fmt}").read_bytes()
        nodes = body.decode("utf-8")
    assert "삼성전자" in nodes and "마크 저커버그" not in nodes  # 2011 and 2024: outside the view


def test_the_network_data_holds_the_events_of_its_filters(server, expected):
    status, data = server.get("/api/network", org=VALUES["org"], type=VALUES["type"])
    assert status == 200 and data["filters"] == {"org": "삼성전자", "type": "MEET"}
    assert {row[0] for row in data["events"]} == expected("org", "type")
    nodes = len(data["nodes"])
    for source, target, relation, weight, last, events in data["edges"]:
        assert 0 <= source < nodes and 0 <= target < nodes and source != target
        assert relation == "role" or (events and all(data["events"][i][1] == "MEET" for i in events))
