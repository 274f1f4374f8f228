"""Throughput of each stage, against Kiwi tokenisation alone on the same corpus in the same run.

Figures are ratios to that floor, so they compare across machines; absolute numbers vary. The
stages are timed one after another over the whole corpus (where the time goes); the whole pipeline
is timed as `hoedong extract` runs it (run_many: Kiwi's threads read ahead while the rules run), and
that is the pipeline's throughput.

Wall time swings with what else the machine runs; CPU time swings less. So the bench also counts the
CPU each document costs Kiwi alone and the whole pipeline (all threads, and its main thread apart, where
the rules run one after another under the GIL): from these follows the best ratio the pipeline could
reach with every core busy, on any number of cores, and what holds it back.
"""

from __future__ import annotations

import os
import platform
import resource
import time
from dataclasses import dataclass, field
from functools import cache
from typing import Callable

from hoedong.article import extract_article
from hoedong.entities import find_entities
from hoedong.events import find_events
from hoedong.ingest import list_inputs, read_input
from hoedong.model import Article, RawDoc
from hoedong.nlp import analyze_many, kiwi, new_kiwi
from hoedong.pipeline import run_many

_STAGES = ("ingest", "article", "nlp", "entities", "events")  # timed apart, one after another


@dataclass
class StageTiming:
    name: str
    seconds: float = 0.0
    documents: int = 0
    characters: int = 0
    cpu_seconds: float = 0.0  # every thread of the process
    main_thread_cpu_seconds: float = 0.0

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def chars_per_second(self) -> float:
        return self.characters / self.seconds if self.seconds else 0.0


@dataclass
class BenchResult:
    documents: int
    characters: int
    rounds: int
    stages: dict[str, StageTiming] = field(default_factory=dict)
    peak_rss_mb: float = 0.0
    kiwi_cold_start_s: float = 0.0

    def to_json(self) -> dict:
        floor = self.stages["kiwi_alone"].seconds
        return {
            "machine": {"python": platform.python_version(), "platform": platform.platform()},
            "corpus": {"documents": self.documents, "characters": self.characters, "rounds": self.rounds},
            "stages": {
                name: {"seconds": round(t.seconds, 4), "docs_per_s": round(t.docs_per_second, 1),
                       "chars_per_s": round(t.chars_per_second), "cost_vs_kiwi": round(t.seconds / floor, 3) if floor else None}
                for name, t in self.stages.items()
            },
            "pipeline_throughput_vs_kiwi": round(floor / self.pipeline_seconds, 3) if self.pipeline_seconds else None,
            "pipeline_docs_per_s": round(self.documents * self.rounds / self.pipeline_seconds, 1) if self.pipeline_seconds else None,
            "stage_sum_throughput_vs_kiwi": round(floor / self.stage_sum_seconds, 3) if self.stage_sum_seconds else None,
            "cpu": self.cpu_figures(),
            "peak_rss_mb": round(self.peak_rss_mb, 1),
            "kiwi_cold_start_s": round(self.kiwi_cold_start_s, 2),
        }

    @property
    def pipeline_seconds(self) -> float:
        """The whole pipeline as it runs: ingest, then records from run_many."""
        return sum(self.stages[n].seconds for n in ("ingest", "pipeline") if n in self.stages)

    def cpu_figures(self) -> dict:
        """CPU per document of Kiwi alone and of the pipeline, and the ceilings they set: with every core
        busy, the ratio cannot pass Kiwi's CPU over the pipeline's; and the pipeline cannot finish before
        its main thread has done its share, so the ratio cannot pass Kiwi alone's wall time over that."""
        floor, pipeline = self.stages["kiwi_alone"], self.stages["pipeline"]
        if not (floor.documents and pipeline.documents and pipeline.cpu_seconds and pipeline.main_thread_cpu_seconds):
            return {}
        kiwi_ms, pipeline_ms = _ms_per_document(floor.cpu_seconds, floor), _ms_per_document(pipeline.cpu_seconds, pipeline)
        main_ms = _ms_per_document(pipeline.main_thread_cpu_seconds, pipeline)
        floor_wall_ms = _ms_per_document(floor.seconds, floor)
        return {
            "kiwi_alone_ms_per_doc": round(kiwi_ms, 2),
            "pipeline_ms_per_doc": round(pipeline_ms, 2),
            "pipeline_main_thread_ms_per_doc": round(main_ms, 2),
            "ceiling_every_core_busy_vs_kiwi": round(kiwi_ms / pipeline_ms, 3),
            "ceiling_main_thread_vs_kiwi": round(floor_wall_ms / main_ms, 3),
        }

    @property
    def stage_sum_seconds(self) -> float:
        """The stages timed apart and added up (no stage overlaps another)."""
        return sum(self.stages[n].seconds for n in _STAGES if n in self.stages)


def _ms_per_document(seconds: float, timing: StageTiming) -> float:
    return 1000 * seconds / timing.documents


@cache
def kiwi_at_its_best():
    """The floor: Kiwi alone on a thread per core, with the same user dictionary as the pipeline's
    (whose Kiwi leaves a core to the rules), made once per process and warmed before it is timed."""
    instance = new_kiwi(os.cpu_count() or 1)
    instance.tokenize("회동은 예정대로 열렸다.")  # its first analysis applies the user words: not throughput
    return instance


def _timed(timing: StageTiming, work: Callable[[], list], characters: int) -> list:
    start, cpu, main_thread = time.perf_counter(), time.process_time(), time.thread_time()
    result = work()
    timing.seconds += time.perf_counter() - start
    timing.cpu_seconds += time.process_time() - cpu
    timing.main_thread_cpu_seconds += time.thread_time() - main_thread
    timing.documents += len(result)
    timing.characters += characters
    return result


def run_bench(paths: list[str], min_seconds: float = 20.0, max_bytes: int = 20 << 20,
              progress: Callable[[float], None] | None = None) -> BenchResult:
    """Run every stage over the corpus, round after round, until `min_seconds` of work is done."""
    start = time.perf_counter()
    kiwi().tokenize("회동은 예정대로 열렸다.")  # Kiwi initialises on its first analysis: not throughput
    cold_start = time.perf_counter() - start
    floor = kiwi_at_its_best()
    inputs = list_inputs(paths)
    stages = {name: StageTiming(name) for name in (*_STAGES, "pipeline", "kiwi_alone")}
    rounds = 0
    documents = characters = 0
    while True:
        raws: list[RawDoc] = _timed(stages["ingest"], lambda: [d for i in inputs for d in read_input(i, max_bytes)], 0)
        size = sum(len(r.text) for r in raws)
        stages["ingest"].characters += size
        articles: list[Article] = _timed(stages["article"], lambda: [extract_article(r) for r in raws], size)
        readable = [a for a in articles if a.body]
        body_chars = sum(len(a.body) for a in readable)
        analyses = _timed(stages["nlp"], lambda: list(analyze_many(a.body for a in readable)), body_chars)
        entities = _timed(stages["entities"],
                          lambda: [find_entities(a.body, an, a.published) for a, an in zip(readable, analyses)], body_chars)
        _timed(stages["events"], lambda: [find_events(a.body, an, e, a.published)
                                          for a, an, e in zip(readable, analyses, entities)], body_chars)
        _timed(stages["pipeline"], lambda: list(run_many(raws)), body_chars)
        _timed(stages["kiwi_alone"], lambda: list(floor.tokenize([a.body for a in readable])), body_chars)
        rounds += 1
        documents, characters = len(readable), body_chars
        done = sum(t.seconds for t in stages.values())
        if progress:
            progress(min(1.0, done / min_seconds))
        if done >= min_seconds:
            break
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return BenchResult(documents, characters, rounds, stages, peak, cold_start)


def bench_store(paths: list[str], target_documents: int = 1000, max_bytes: int = 20 << 20) -> dict:
    """Ingest throughput and database size per 1,000 articles: the corpus's records stored again and
    again (each copy under its own id) into a fresh database, then fused once."""
    import os
    import tempfile

    from hoedong.corpus import SQLiteStore, refuse
    from hoedong.pipeline import run_many

    records = [r.to_json() for r in run_many(d for i in list_inputs(paths) for d in read_input(i, max_bytes))]
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "bench.db")
        store = SQLiteStore(path)
        start = time.perf_counter()
        written = 0
        while written < target_documents:
            for record in records:
                copy = dict(record, doc_id=f"{record['doc_id']}-{written}", source=f"{written}/{record['source']}")
                store.add_document(copy)
                written += 1
        stored = time.perf_counter() - start
        start = time.perf_counter()
        refuse(store)
        fused = time.perf_counter() - start
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        size = sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder))
    return {"documents": written, "store_docs_per_s": round(written / stored, 1),
            "fusion_seconds": round(fused, 2), "db_mb_per_1000_docs": round(size / written * 1000 / 2**20, 2)}


def bench_cold_start(paths: list[str]) -> float:
    """Seconds from starting a fresh `hoedong extract` to its first record (one document)."""
    import subprocess
    import sys

    first = next((item.path for item in list_inputs(paths)), None)
    if first is None:
        return 0.0
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "hoedong.cli", "extract", first, "-q"], capture_output=True, check=False)
    return time.perf_counter() - start


def bench_memory(paths: list[str], rounds: int = 3, max_bytes: int = 20 << 20) -> dict:
    """Resident memory after the corpus `rounds` times and after ten times more, streaming records
    out: it must not grow with the number of documents."""
    import psutil

    from hoedong.pipeline import run_many

    raws = [d for i in list_inputs(paths) for d in read_input(i, max_bytes)]
    process = psutil.Process()

    def stream(times: int) -> int:
        count = 0
        for _ in run_many(raw for _ in range(times) for raw in raws):
            count += 1
        return count

    stream(rounds)
    small = process.memory_info().rss
    documents = stream(rounds * 10)
    large = process.memory_info().rss
    return {"rss_mb_after_corpus": round(small / 2**20, 1), "rss_mb_after_10x": round(large / 2**20, 1),
            "documents_10x": documents, "growth_ratio": round(large / small, 3)}


def bench_workers(paths: list[str], workers: int = 2, rounds: int = 10, max_bytes: int = 20 << 20) -> dict:
    """Throughput with worker processes (each with its own Kiwi), against Kiwi alone on the same text."""
    from hoedong.parallel import WorkerPool

    raws = [d for i in list_inputs(paths) for d in read_input(i, max_bytes)] * rounds
    with WorkerPool(workers) as pool:
        pool.warm()  # the workers' cold start is not throughput
        start = time.perf_counter()
        records = list(pool.run(raws))
        pipeline = time.perf_counter() - start
    bodies = [r.article.body for r in records if r.article.body]
    best = kiwi_at_its_best()
    start = time.perf_counter()
    list(best.tokenize(bodies))
    floor = time.perf_counter() - start
    return {"workers": workers, "documents": len(records), "docs_per_s": round(len(records) / pipeline, 1),
            "throughput_vs_kiwi": round(floor / pipeline, 3)}
