"""The hoedong command, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from samples import ARTICLE, HTML

HOEDONG = [sys.executable, "-m", "hoedong.cli"]


def run(*args, stdin: bytes | None = None):
    return subprocess.run([*HOEDONG, *map(str, args)], input=stdin, capture_output=True, timeout=120)


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    (tmp_path / "a_page.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b_page.html").write_bytes(HTML.format(charset="euc-kr").encode("cp949"))
    (tmp_path / "c_empty.txt").write_bytes(b"")
    (tmp_path / "d_feed.jsonl").write_text(
        json.dumps({"id": "feed-1", "title": "피드 제목", "outlet": "매경", "published": "2025-10-01", "text": ARTICLE},
                   ensure_ascii=False) + "\n{broken\n", encoding="utf-8")
    return tmp_path


def test_cli_extract_prints_one_record_per_document_and_says_some_failed(mixed):
    result = run("extract", mixed, "--format", "jsonl")
    assert result.returncode == 1, result.stderr.decode()
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [Path(r["source"]).name for r in records] == ["a_page.txt", "b_page.html", "c_empty.txt", "feed-1", "d_feed.jsonl:2"]
    page, html, empty, feed, broken = records
    assert page["title"] == "삼성전자와 오픈AI가 협력한다" and page["reporters"] == ["김하늘"]
    assert page["published"] == "2025-10-01T16:21:00+09:00"
    assert "최고경영자를 만났다" in html["body"] and "error" not in html
    assert empty["error_code"] == "D101" and empty["body"] == "" and empty["entities"] == []
    assert feed["title"] == "피드 제목" and feed["outlet"] == "매일경제" and feed["published"] == "2025-10-01"
    assert broken["error_code"] == "D105"
    for record in records:
        assert set(record) >= {"source", "doc_id", "title", "published", "outlet", "reporters", "body", "entities", "events"}
    assert "2 failed" in result.stderr.decode()


def test_cli_extract_json_is_one_array(mixed):
    result = run("extract", mixed / "a_page.txt", mixed / "b_page.html", "--format", "json", "-q")
    assert result.returncode == 0
    assert [r["title"] for r in json.loads(result.stdout)] == ["삼성전자와 오픈AI가 협력한다"] * 2


def test_cli_extract_pretty_is_readable(mixed):
    result = run("extract", mixed / "a_page.txt", "--format", "pretty")
    assert result.returncode == 0 and "삼성전자와 오픈AI가 협력한다" in result.stdout.decode()


def test_cli_extract_reads_stdin():
    result = run("extract", "-", "-q", stdin=ARTICLE.encode("cp949"))
    assert result.returncode == 0
    assert json.loads(result.stdout)["source"] == "-"


def test_cli_missing_path_exits_2_with_a_hint(tmp_path):
    result = run("extract", tmp_path / "nothing-here")
    assert result.returncode == 2 and "check the path" in result.stderr.decode()


def test_cli_every_command_has_help():
    for command in ("extract", "eval", "version"):
        result = run(command, "--help")
        assert result.returncode == 0 and "Usage" in result.stdout.decode()


def test_cli_eval_prints_exactly_what_the_shared_scorer_prints(shared, tmp_path):
    records = tmp_path / "seeds.jsonl"
    records.write_bytes(run("extract", shared / "seeds", "-q").stdout)
    ours = run("eval", shared / "gold" / "seeds.jsonl", "--records", records, "--misses")
    theirs = subprocess.run([sys.executable, shared / "tools" / "score.py", shared / "gold" / "seeds.jsonl", records,
                             "--misses"], capture_output=True)
    assert ours.returncode == 0 and ours.stdout == theirs.stdout


def test_cli_eval_runs_the_pipeline_on_annotated_documents(tmp_path):
    from conftest import EXAMPLES, CORPUS

    result = run("eval", EXAMPLES / "gold" / "corpus.jsonl", CORPUS, "--json")
    scores = json.loads(result.stdout)
    assert scores["documents"] == 24 and scores["people"]["f1"] >= 0.95
    assert scores["events"]["args"]["all"]["f1"] >= 0.75
