"""The corpus: many documents stored, fused, and seen as a graph."""

from __future__ import annotations

from typing import Callable, Iterable

from hoedong.corpus.fuse import fuse
from hoedong.corpus.store import SQLiteStore, StoreError
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


def refuse(store: SQLiteStore) -> None:
    entities, events = fuse(list(store.document_records()))
    store.replace_fusion(entities, events)


__all__ = ["SQLiteStore", "StoreError", "ingest", "refuse", "fuse"]
