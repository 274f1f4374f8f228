"""The document pipeline over several worker processes, each loading Kiwi once.

Records come back in input order; at most a few batches are in flight, so memory stays flat
however long the input is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor, wait
from itertools import islice
from typing import Iterable, Iterator

from hoedong.model import DocRecord, RawDoc


_KIWI_THREADS_PER_WORKER = "1"  # the processes are the parallelism: more threads each only contend for the cores


def _start_worker() -> None:
    os.environ.setdefault("HOEDONG_KIWI_THREADS", _KIWI_THREADS_PER_WORKER)  # a value the user set is kept
    from hoedong.nlp import kiwi

    kiwi().tokenize("준비")  # load the model and initialise it once, before the first batch


def _run_batch(raws: list[RawDoc]) -> list[DocRecord]:
    from hoedong.pipeline import run_many

    return list(run_many(raws))


class WorkerPool:
    """Worker processes that keep their Kiwi between runs."""

    def __init__(self, workers: int, batch: int = 16):
        self.workers, self.batch = workers, batch
        context = multiprocessing.get_context("spawn")  # Kiwi runs threads: never fork a process holding one
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker)

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.pool.shutdown()

    def warm(self) -> None:
        """Start every worker (and its Kiwi) now rather than on the first documents."""
        wait([self.pool.submit(_run_batch, []) for _ in range(self.workers)])

    def run(self, raws: Iterable[RawDoc]) -> Iterator[DocRecord]:
        source = iter(raws)
        pending: deque[Future] = deque()
        while True:
            while len(pending) < self.workers * 2:
                chunk = list(islice(source, self.batch))
                if not chunk:
                    break
                pending.append(self.pool.submit(_run_batch, chunk))
            if not pending:
                return
            yield from pending.popleft().result()


def run_parallel(raws: Iterable[RawDoc], workers: int, batch: int = 16) -> Iterator[DocRecord]:
    """run_many's records, computed by `workers` processes."""
    with WorkerPool(workers, batch) as pool:
        yield from pool.run(raws)
