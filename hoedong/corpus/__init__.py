"""The corpus: many documents stored, fused, and seen as a graph."""

from __future__ import annotations

from typing import Callable, Iterable

from hoedong.corpus.fuse import fuse
from hoedong.corpus.store import SQLiteStore, StoreBusy, StoreError
from hoedong.model import DocRecord


def ingest(store: SQLiteStore, records: Iterable[DocRecord | dict],
           on_document: Callable[[dict, bool], None] | None = None) -> int:
    """Store every record not stored yet (one transaction each), then fuse the corpus again.
    Records may be DocRecords or their JSON (shards written by a distributed run)."""
    added = 0
    for record in records:
        data = record if isinstance(record, dict) else record.to_json()
        new = store.add_document(data)
        added += new
        if on_document:
            on_document(data, new)
    refuse(store)
    return added


def refuse(store: SQLiteStore, attempts: int = 3) -> None:
    """Fuse every stored document and replace the fused tables with the result. The writer lock
    keeps other writers out; should documents still change while fusing (a writer that bypassed
    the lock), the stale fusion is not written and the fusion runs again."""
    for _ in range(attempts):
        documents = store.document_count()
        entities, events = fuse(list(store.document_records()))
        if store.replace_fusion(entities, events, documents=documents):
            return
    raise StoreError(f"documents kept being added to {store.path} while it was fused",
                     hint="let the other writer finish, then run `hoedong ingest` again to fuse")


__all__ = ["SQLiteStore", "StoreBusy", "StoreError", "ingest", "refuse", "fuse"]
