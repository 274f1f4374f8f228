"""`hoedong bench-fusion`: the time to add a batch to a synthetic corpus of our own, at each size,
with the incremental result checked against fusing from scratch (tiny sizes here; the figures in
the README come from the command at 10,000 to 100,000 documents)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from hoedong.cli import app
from hoedong.corpus.synthetic import synthetic_records


def test_fuse_bench_measures_each_size_and_checks_against_fusing_from_scratch(tmp_path):
    out = tmp_path / "figures.json"
    result = CliRunner().invoke(app, ["bench-fusion", "--sizes", "200,400", "--batch", "60", "--out", str(out)],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["documents"], r["batch"], r["equal_to_scratch"]) for r in rows] == [(200, 60, True), (400, 60, True)]
    assert all(r["refused_documents"] < r["documents"] + r["batch"] for r in rows)  # only part re-fused
    assert "400" in result.stdout and f"written to {out}" in result.stdout


def test_fuse_bench_refuses_sizes_that_are_not_numbers(tmp_path):
    result = CliRunner().invoke(app, ["bench-fusion", "--sizes", "many", "--out", str(tmp_path / "f.json")])
    assert result.exit_code == 2 and "whole numbers" in result.stderr
    assert not (tmp_path / "f.json").exists()


def test_fuse_synthetic_corpus_is_the_same_for_a_seed_and_grows_its_population():
    assert list(synthetic_records(50, seed=3)) == list(synthetic_records(50, seed=3))
    assert list(synthetic_records(50, seed=3)) != list(synthetic_records(50, seed=4))
    ids = [r["doc_id"] for r in synthetic_records(20, first=100)]
    assert ids[0] == "syn0000100" and len(set(ids)) == 20
