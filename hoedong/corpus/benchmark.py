"""The cost of adding documents to a corpus as it grows: for each corpus size, a synthetic corpus
(corpus/synthetic.py) is stored and fused from scratch, then a batch of new documents is added
and fused incrementally; the time to add the batch should stay flat as the corpus grows, and the
incremental result equal fusing the whole corpus from scratch."""

from __future__ import annotations

import os
import tempfile
import time
from typing import Callable

from hoedong.corpus import SQLiteStore, refuse, refuse_new
from hoedong.corpus.incremental import fuse_stored
from hoedong.corpus.synthetic import synthetic_records


def bench_fusion(sizes: list[int], batch: int = 1000, seed: int = 0, check: bool = True,
                 progress: Callable[[str], None] | None = None) -> list[dict]:
    """One row of figures per corpus size."""
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            with SQLiteStore(os.path.join(folder, "bench.db")) as store:
                rows.append(_one_size(store, size, batch, seed, check, progress or (lambda _: None)))
    return rows


def _one_size(store: SQLiteStore, size: int, batch: int, seed: int, check: bool, say) -> dict:
    say(f"{size:,} documents: storing")
    start = time.perf_counter()
    for record in synthetic_records(size, seed):
        store.add_document(record)
    stored = time.perf_counter() - start
    say(f"{size:,} documents: fusing from scratch")
    start = time.perf_counter()
    refuse(store)
    scratch = time.perf_counter() - start
    say(f"{size:,} documents: adding {batch:,}")
    new = list(synthetic_records(batch, seed, first=size))
    start = time.perf_counter()
    for record in new:
        store.add_document(record)
    added = time.perf_counter() - start
    start = time.perf_counter()
    done = refuse_new(store, {r["doc_id"] for r in new})
    incremental = time.perf_counter() - start
    row = {"documents": size, "batch": batch, "store_batch_s": round(added, 3), "fuse_batch_s": round(incremental, 3),
           "add_batch_s": round(added + incremental, 3), "refused_documents": done.get("documents"),
           "store_corpus_s": round(stored, 2), "fuse_from_scratch_s": round(scratch, 2)}
    if check:
        say(f"{size:,} documents: checking against fusing from scratch")
        _, events = fuse_stored(store)
        stored_events = store.fused_events()
        row["equal_to_scratch"] = _shape(events) == _shape(stored_events)
    return row


def _shape(events: list[dict]) -> list:
    return sorted((e["id"], e["status"], tuple((s["doc_id"], s["doc_event"]) for s in e["sources"])) for e in events)
