"""`hoedong bench`: every figure the issue asks for, on stdout and in JSON (values are not judged here)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT


def test_bench_reports_every_stage_against_kiwi_alone(tmp_path):
    out = tmp_path / "bench.json"
    result = subprocess.run([sys.executable, "-m", "hoedong.cli", "bench", ROOT / "tests/fixtures/holdout",
                             "--seconds", "0.2", "--out", out], capture_output=True, timeout=600, text=True)
    assert result.returncode == 0, result.stderr
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert set(figures["stages"]) == {"ingest", "article", "nlp", "entities", "events", "pipeline",
                                        "kiwi_alone"}
    assert all(stage["docs_per_s"] > 0 and stage["chars_per_s"] > 0 for stage in figures["stages"].values())
    assert figures["stages"]["kiwi_alone"]["cost_vs_kiwi"] == 1.0
    assert figures["corpus"]["documents"] == 8
    assert 0 < figures["pipeline_throughput_vs_kiwi"] and figures["pipeline_docs_per_s"] > 0
    assert 0 < figures["stage_sum_throughput_vs_kiwi"]
    assert figures["memory"]["documents_10x"] >= 10 * figures["corpus"]["documents"]
    assert figures["cold_start_first_record_s"] > 0 and figures["peak_rss_mb"] > 0
    assert figures["workers"]["workers"] >= 2 and figures["workers"]["documents"] > 0 and figures["store"]["store_docs_per_s"] > 0
    cpu = figures["cpu"]
    assert cpu["pipeline_ms_per_doc"] >= cpu["pipeline_main_thread_ms_per_doc"] > 0 and cpu["kiwi_alone_ms_per_doc"] > 0
    assert 0 < cpu["ceiling_every_core_busy_vs_kiwi"] and 0 < cpu["ceiling_main_thread_vs_kiwi"]
    assert "CPU per document" in result.stdout and "ceilings" in result.stdout
    assert "whole pipeline" in result.stdout and "× Kiwi alone" in result.stdout and str(out) in result.stdout


def test_cpu_ceilings_follow_from_the_cpu_each_document_costs():
    """Kiwi alone: 10 documents in 1 s of wall time on 2 s of CPU (two threads). The pipeline: 5 s of
    CPU, 4 s of them on its main thread. With every core busy it can reach at most 2 / 5 of Kiwi's
    throughput, and its main thread alone (4 s against Kiwi's 1 s) holds it to 1 / 4."""
    from hoedong.bench import BenchResult, StageTiming

    floor = StageTiming("kiwi_alone", seconds=1.0, documents=10, cpu_seconds=2.0, main_thread_cpu_seconds=0.01)
    pipeline = StageTiming("pipeline", seconds=4.5, documents=10, cpu_seconds=5.0, main_thread_cpu_seconds=4.0)
    cpu = BenchResult(10, 1000, 1, {"kiwi_alone": floor, "pipeline": pipeline}).cpu_figures()
    assert cpu == {"kiwi_alone_ms_per_doc": 200.0, "pipeline_ms_per_doc": 500.0, "pipeline_main_thread_ms_per_doc": 400.0,
                   "ceiling_every_core_busy_vs_kiwi": 0.4, "ceiling_main_thread_vs_kiwi": 0.25}


def test_no_cpu_ceilings_without_a_timed_pipeline():
    from hoedong.bench import BenchResult, StageTiming

    stages = {"kiwi_alone": StageTiming("kiwi_alone", 1.0, 10, cpu_seconds=2.0), "pipeline": StageTiming("pipeline")}
    assert BenchResult(10, 1000, 1, stages).cpu_figures() == {}
