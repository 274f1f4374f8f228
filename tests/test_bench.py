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
    assert "whole pipeline" in result.stdout and "× Kiwi alone" in result.stdout and str(out) in result.stdout
