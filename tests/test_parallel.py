"""Several workers and a Dask cluster produce exactly the records one process does."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import CORPUS

HOEDONG = [sys.executable, "-m", "hoedong.cli"]


@pytest.fixture(scope="module")
def single_process() -> bytes:
    return subprocess.run([*HOEDONG, "extract", str(CORPUS), "-q"], capture_output=True, timeout=300).stdout


def test_parallel_workers_give_the_same_records(single_process):
    result = subprocess.run([*HOEDONG, "extract", str(CORPUS), "-q", "--workers", "2"], capture_output=True, timeout=300)
    assert result.returncode == 0 and result.stdout == single_process


def test_parallel_dask_cluster_gives_the_same_records_and_corpus(single_process, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        shards = tmp_path / "shards"
        result = subprocess.run([*HOEDONG, "extract", str(CORPUS), "--engine", "dask", "--scheduler",
                                 cluster.scheduler_address, "--out", str(shards)], capture_output=True, timeout=600)
        assert result.returncode == 0, result.stderr.decode()
    files = sorted(shards.glob("*.jsonl"))
    assert len(files) >= 2
    assert b"".join(f.read_bytes() for f in files) == single_process
    direct, sharded = tmp_path / "direct.db", tmp_path / "sharded.db"
    subprocess.run([*HOEDONG, "ingest", str(CORPUS), "--db", str(direct), "-q"], check=True, timeout=300)
    subprocess.run([*HOEDONG, "ingest", "--records", str(shards), "--db", str(sharded), "-q"], check=True, timeout=300)
    events = [subprocess.run([*HOEDONG, "events", "--db", str(db)], capture_output=True, timeout=120).stdout
              for db in (direct, sharded)]
    assert events[0] == events[1] and len(events[0].splitlines()) > 20


def test_parallel_dask_without_a_scheduler_says_what_is_missing(tmp_path):
    result = subprocess.run([*HOEDONG, "extract", str(CORPUS), "--engine", "dask"], capture_output=True, timeout=60)
    assert result.returncode == 2 and b"--scheduler" in result.stderr
