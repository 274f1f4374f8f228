"""Two `hoedong ingest` runs into one database at once, as real processes on real SQLite: the second
waits for the first (saying so) and then stores what the first did not, or, told not to wait
(`--wait`), stops at once with a message that says who holds the database and what to do. Either
way the database stays whole: `PRAGMA integrity_check` is ok, no document is stored twice, and the
fused tables account for every document of both runs. A killed ingest leaves no stale lock.

(That a killed ingest resumes to the same database is tested in test_corpus.py.)
"""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS

import hoedong.corpus
from hoedong.corpus import SQLiteStore, refuse

HOEDONG = [sys.executable, "-m", "hoedong.cli"]
FEED_LINES = 6


def _ingest(db: Path, *paths, extra=(), env=None, stdin=None) -> subprocess.Popen:
    return subprocess.Popen([*HOEDONG, "ingest", *map(str, paths), "--db", str(db), "-q", *extra],
                            stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)


def _finish(process: subprocess.Popen, timeout: float = 300, stdin: bytes | None = None) -> tuple[int, str]:
    _, err = process.communicate(stdin, timeout=timeout)
    return process.returncode, err.decode()


def _holder_pid(db: Path) -> int | None:
    """The pid written into the writer lock by the process that holds it (None: no holder yet)."""
    try:
        text = Path(f"{db}.lock").read_text()
    except FileNotFoundError:
        return None
    return int(text.split()[1].rstrip(",")) if text.startswith("pid ") else None


def _wait_until_holding(db: Path, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while _holder_pid(db) != process.pid:
        assert process.poll() is None, f"the first ingest ended early: {process.stderr.read().decode()}"
        assert time.monotonic() < deadline, "the first ingest never took the database"
        time.sleep(0.05)


def _check_whole(db: Path) -> dict:
    """What the database holds, after asserting that it is whole and that its fusion is complete."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        (integrity,) = connection.execute("PRAGMA integrity_check").fetchone()
        assert integrity == "ok"
        twice = connection.execute("SELECT doc_id FROM documents GROUP BY doc_id HAVING COUNT(*) > 1").fetchall()
        assert not twice, "no document is stored twice"
        (indexed,) = connection.execute("SELECT COUNT(*) FROM documents_fts").fetchone()
        sources = [row[0] for row in connection.execute("SELECT source FROM documents")]
        assert indexed == len(sources), "each document is in the search index once"
        told = connection.execute("SELECT doc_id, idx FROM doc_events ORDER BY 1, 2").fetchall()
        fused = connection.execute("SELECT doc_id, idx FROM event_sources ORDER BY 1, 2").fetchall()
        assert fused == told, "the last fusion read every stored document: each document event is in one fused event"
    return {"sources": sources, "events": len(told)}


def _expected_sources(*folders: Path) -> set[str]:
    return {str(path) for folder in folders for path in folder.iterdir() if path.suffix in (".txt", ".html")}


def _stderr_until(process: subprocess.Popen, text: str) -> str:
    """What the process printed to stderr up to and including the line that holds `text`."""
    lines: list[str] = []
    while not lines or text not in lines[-1]:
        line = process.stderr.readline().decode()
        assert line, f"it ended without saying {text!r}: {''.join(lines)}"
        lines.append(line)
    return "".join(lines)


@pytest.fixture(scope="module")
def both_at_once(tmp_path_factory):
    """The text pages and the feed into one database while, at the same time, the HTML pages go into it.
    The first ingest reads the feed from its stdin, written only once the second has said that it waits:
    the two runs overlap however fast the machine reads a corpus."""
    db = tmp_path_factory.mktemp("concurrent") / "hoedong.db"
    first = _ingest(db, CORPUS / "pages", "-", stdin=subprocess.PIPE)
    began = time.monotonic()
    _wait_until_holding(db, first)
    second = _ingest(db, CORPUS / "html")
    told = _stderr_until(second, "waiting for another ingest")
    results = [_finish(first, stdin=(CORPUS / "feed" / "feed_2025.jsonl").read_bytes()), _finish(second)]
    results[1] = (results[1][0], told + results[1][1])
    return db, results, time.monotonic() - began


def test_two_ingests_at_once_wait_for_each_other_and_store_everything(both_at_once, capsys):
    db, results, seconds = both_at_once
    assert [code for code, _ in results] == [0, 0], results
    waited = [err for _, err in results if "waiting for another ingest" in err]
    assert len(waited) == 1, f"one ingest took the database, the other waited for it: {results}"
    assert "--wait" in waited[0] and str(db) in waited[0]
    (waited_for,) = re.findall(r"writing to .* after waiting ([\d.]+) s", waited[0])
    held = _check_whole(db)
    assert set(held["sources"]) >= _expected_sources(CORPUS / "pages", CORPUS / "html")
    assert len(held["sources"]) == 12 + 6 + FEED_LINES == 24
    with capsys.disabled():
        print(f"\nconcurrent ingest: 2 runs at once, the second waited {waited_for} s for the first; both done in "
              f"{seconds:.1f} s; {len(held['sources'])} documents, {held['events']} document events, integrity ok")


def test_an_ingest_told_not_to_wait_stops_with_what_to_do_and_a_killed_one_leaves_no_lock(tmp_path):
    db = tmp_path / "hoedong.db"
    # the first ingest reads stdin, which is never written to: it holds the database for as long as the
    # test needs, however fast it would read a corpus
    first = _ingest(db, "-", stdin=subprocess.PIPE)
    try:
        _wait_until_holding(db, first)
        code, err = _finish(_ingest(db, CORPUS / "html", extra=("--wait", "0")), timeout=60)
        assert code == 2
        assert "S302" in err and f"pid {first.pid}" in err and str(db) in err
        assert "wait for it to finish and run this again" in err and "--wait" in err
        code, err = _finish(_ingest(db, CORPUS / "html", extra=("--wait", "1")), timeout=60)
        assert code == 2 and "waiting for another ingest" in err and "after waiting 1 s" in err
    finally:
        first.send_signal(signal.SIGKILL)  # killed while it holds the database
        first.communicate(timeout=30)
    code, err = _finish(_ingest(db, CORPUS / "pages", CORPUS / "html", extra=("--wait", "0")))
    assert code == 0, f"the killed ingest's lock went with it: {err}"
    held = _check_whole(db)
    assert set(held["sources"]) == _expected_sources(CORPUS / "pages", CORPUS / "html")


def test_a_fusion_is_not_written_over_documents_it_did_not_read(both_at_once, tmp_path, monkeypatch):
    """Should a document arrive between fusion's read and its write (a writer that bypassed the lock),
    the stale fusion is dropped and fusion runs again over every document."""
    source_db, _, _ = both_at_once
    with SQLiteStore(source_db, readonly=True) as source:
        records = list(source.document_records())
    db = tmp_path / "bypassed.db"
    store = SQLiteStore(db)
    for record in records[:-1]:
        store.add_document(record)
    late, calls = records[-1], []
    real_fuse = hoedong.corpus.fuse_stored

    def fuse_while_another_writes(store):
        calls.append(store.document_count())
        if len(calls) == 1:  # a writer that does not hold the lock stores a document meanwhile
            with sqlite3.connect(db) as rogue:
                rogue.execute("INSERT INTO documents (doc_id, source, title, published, outlet, reporters, body, error, "
                              "error_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                              (late["doc_id"], late["source"], late["title"], late["published"], late["outlet"],
                               json.dumps(late["reporters"]), late["body"], None, None))
        return real_fuse(store)

    monkeypatch.setattr(hoedong.corpus, "fuse_stored", fuse_while_another_writes)
    refuse(store)
    store.close()
    assert calls == [len(records) - 1, len(records)], "the stale fusion was dropped and fusion ran again"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        (integrity,) = connection.execute("PRAGMA integrity_check").fetchone()
        (fused,) = connection.execute("SELECT COUNT(*) FROM events").fetchone()
    assert integrity == "ok" and fused > 0


def test_a_writer_waits_for_the_lock_in_process_and_the_timeout_names_the_holder(tmp_path):
    db = tmp_path / "hoedong.db"
    with SQLiteStore(db):
        told = []
        with pytest.raises(hoedong.corpus.StoreBusy) as busy:
            SQLiteStore(db, wait=0.3, on_wait=told.append)
        assert told and f"pid {os.getpid()}" in told[0]
        assert f"pid {os.getpid()}" in busy.value.reason and "--wait" in busy.value.reason
        with SQLiteStore(db, readonly=True) as reader:  # readers never wait for the writer
            assert reader.document_count() == 0
    with SQLiteStore(db, wait=0) as again:  # closed: the next writer takes it at once
        assert again.document_count() == 0
