"""The document pipeline on a Dask distributed cluster.

The client lists the inputs and sends them in shards to the workers; each worker process loads Kiwi
once (hoedong.nlp keeps one per process) and returns the records of its shard; the client writes
them as numbered JSONL files, in input order, so the shards read in order are exactly what a
single process prints. Workers read the input paths themselves: the cluster shares the storage.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterator

from hoedong.ingest import list_inputs, read_input


def _extract_shard(paths: list[str], max_bytes: int) -> list[str]:
    """On a worker: the records of these inputs, as JSON lines."""
    from hoedong.ingest.sources import Input, form_of
    from hoedong.pipeline import run_many

    raws = (doc for path in paths for doc in read_input(Input(path, form_of(Path(path))), max_bytes))
    return [json.dumps(record.to_json(), ensure_ascii=False) for record in run_many(raws)]


def extract_on_dask(paths: list[str], scheduler, out: Path, max_bytes: int, inputs_per_shard: int = 8,
                    progress: Callable[[int, int], None] | None = None) -> list[Path]:
    """Run the pipeline on the cluster at `scheduler` (an address or a Client); returns the shards."""
    from distributed import Client

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    inputs = [item.path for item in list_inputs(paths)]
    shards = [inputs[i: i + inputs_per_shard] for i in range(0, len(inputs), inputs_per_shard)]
    out.mkdir(parents=True, exist_ok=True)
    futures = [client.submit(_extract_shard, shard, max_bytes, pure=False) for shard in shards]
    written = []
    for number, future in enumerate(futures):
        lines = future.result()
        path = out / f"records-{number:05d}.jsonl"
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        written.append(path)
        future.release()
        if progress:
            progress(number + 1, len(futures))
    if not isinstance(scheduler, Client):
        client.close()
    return written


def read_shards(folder: Path) -> Iterator[dict]:
    """The records of a folder of shards, in shard order."""
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)
