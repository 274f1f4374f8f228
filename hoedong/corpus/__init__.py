"""The corpus: many documents stored, fused, and seen as a graph."""

from __future__ import annotations

from typing import Callable, Iterable

from hoedong.corpus.fuse import fuse
from hoedong.corpus.incremental import fuse_stored, refuse_touched
from hoedong.corpus.store import SQLiteStore, StoreBusy, StoreError
from hoedong.model import DocRecord


def ingest(store: SQLiteStore, records: Iterable[DocRecord | dict],
           on_document: Callable[[dict, bool], None] | None = None) -> int:
    """Store every record not stored yet (one transaction each), then fuse what the new documents
    touch (the whole corpus when the stored fusion is missing or out of date).
    Records may be DocRecords or their JSON (shards written by a distributed run)."""
    before = store.document_count()
    fused_before = store.fused_documents()
    new: set[str] = set()
    for record in records:
        data = record if isinstance(record, dict) else record.to_json()
        added = store.add_document(data)
        if added:
            new.add(data["doc_id"])
        if on_document:
            on_document(data, added)
    if fused_before == before and fused_before == store.document_count() - len(new):
        if new:
            refuse_new(store, new)
        return len(new)
    refuse(store)
    return len(new)


def refuse_new(store: SQLiteStore, new: set[str], attempts: int = 3) -> dict:
    """Re-fuse only what these newly stored documents touch (corpus/incremental.py)."""
    done = refuse_touched(store, new, store.document_count())
    if not done:
        refuse(store, attempts)  # documents changed while fusing: fuse everything again
    return done


def refuse(store: SQLiteStore, attempts: int = 3) -> None:
    """Fuse every stored document and replace the fused tables with the result. The writer lock
    keeps other writers out; should documents still change while fusing (a writer that bypassed
    the lock), the stale fusion is not written and the fusion runs again."""
    for _ in range(attempts):
        documents = store.document_count()
        entities, events = fuse_stored(store)
        if store.replace_fusion(entities, events, documents=documents):
            return
    raise StoreError(f"documents kept being added to {store.path} while it was fused",
                     hint="let the other writer finish, then run `hoedong ingest` again to fuse")


__all__ = ["SQLiteStore", "StoreBusy", "StoreError", "ingest", "refuse", "refuse_new", "fuse"]
