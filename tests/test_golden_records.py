"""Speed work must not change what hoedong reads: the records of the sample corpus are compared,
field by field, with the golden records kept in the repository.

The golden file changes only on purpose, when the reader is meant to read differently:
`make golden` rewrites it, and the diff goes into the same commit as the change that caused it.
"""

from __future__ import annotations

import json

from conftest import CORPUS, ROOT, load_jsonl

from hoedong.ingest import list_inputs, read_input
from hoedong.pipeline import run_many

GOLDEN = ROOT / "tests" / "fixtures" / "golden" / "sample_records.jsonl"


def current_records() -> list[dict]:
    """The records `hoedong extract examples/corpus` prints, run from the repository's root."""
    relative = str(CORPUS.relative_to(ROOT))
    raws = (doc for item in list_inputs([relative]) for doc in read_input(item, 20 << 20))
    return [json.loads(json.dumps(record.to_json(), ensure_ascii=False)) for record in run_many(raws)]


def _first_difference(expected, actual, path="") -> str:
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(set(expected) | set(actual)):
            if expected.get(key) != actual.get(key):
                return _first_difference(expected.get(key), actual.get(key), f"{path}.{key}")
    if isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        for index, (left, right) in enumerate(zip(expected, actual)):
            if left != right:
                return _first_difference(left, right, f"{path}[{index}]")
    return f"{path}: golden {expected!r} != now {actual!r}"


def test_the_sample_corpus_reads_exactly_as_its_golden_records(monkeypatch):
    monkeypatch.chdir(ROOT)
    golden = {record["source"]: record for record in load_jsonl(GOLDEN)}
    current = {record["source"]: record for record in current_records()}
    assert sorted(current) == sorted(golden), "documents were added or lost"
    changed = [f"{source}{_first_difference(golden[source], record)}"
               for source, record in sorted(current.items()) if record != golden[source]]
    assert not changed, ("records differ from tests/fixtures/golden (run `make golden` if the change is "
                         "meant, and commit the diff with it):\n" + "\n".join(changed[:10]))
