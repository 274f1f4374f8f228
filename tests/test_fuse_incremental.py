"""Incremental fusion: an ingest re-fuses only what its new documents touch, reads no article
body, asks the store in a few set-based queries, and ends where fusing from scratch ends."""

from __future__ import annotations

import sqlite3

from fusion_stories import archive

from hoedong.corpus import SQLiteStore, ingest

_FUSED_TABLES = ("entities", "entity_members", "aliases", "events", "event_members", "event_sources")


def _fused(db) -> dict[str, list]:
    """Every row of the fused tables, sorted (rows are written in different orders)."""
    connection = sqlite3.connect(db)
    try:
        return {t: sorted(map(repr, connection.execute(f"SELECT * FROM {t}"))) for t in _FUSED_TABLES}
    finally:
        connection.close()


def _ingest(db, batches: list[list[dict]]) -> None:
    with SQLiteStore(db) as store:
        for batch in batches:
            ingest(store, batch)


def test_fuse_incrementally_equals_fusing_from_scratch(tmp_path):
    records = archive(420, 11, people=10)
    _ingest(tmp_path / "scratch.db", [records])
    _ingest(tmp_path / "steps.db", [records[:240], records[240:300], records[300:301], records[301:]])
    scratch, steps = _fused(tmp_path / "scratch.db"), _fused(tmp_path / "steps.db")
    assert len(scratch["events"]) < 400  # reports fused across the batches, or the test proves little
    for table in _FUSED_TABLES:
        assert steps[table] == scratch[table], table
    with SQLiteStore(tmp_path / "steps.db", readonly=True) as store:
        one = store.fused_events()
    with SQLiteStore(tmp_path / "scratch.db", readonly=True) as store:
        assert store.fused_events() == one  # sources, status history and merge reasons in the same order


def test_fuse_incrementally_reads_no_article_body_and_asks_in_few_queries(tmp_path):
    records = archive(600, 12, people=30)
    db = tmp_path / "corpus.db"
    _ingest(db, [records[:400]])
    with SQLiteStore(db) as store:
        for record in records[400:]:
            store.add_document(record)
        new = {r["doc_id"] for r in records[400:]}
        store.db.execute("UPDATE documents SET body = ''")  # fusion must not need them
        statements: list[str] = []
        store.db.set_trace_callback(statements.append)
        from hoedong.corpus import refuse_new

        done = refuse_new(store, new)
        store.db.set_trace_callback(None)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert done["documents"] < len(records)  # only part of the corpus was re-fused
    assert len(reads) < len(new) / 4, f"{len(reads)} queries for {len(new)} new documents"
    assert not any("body" in s for s in reads)
    _ingest(tmp_path / "scratch.db", [records])
    assert _fused(db) == _fused(tmp_path / "scratch.db")
