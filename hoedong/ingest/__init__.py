"""Stage 1, ingest: sources → RawDoc (files, directories, JSONL, HTML, WARC, stdin)."""

from hoedong.ingest.limits import DEFAULT_MAX_BYTES, max_bytes_from_env
from hoedong.ingest.documents import doc_id_of
from hoedong.ingest.sources import Input, list_inputs, read_input

__all__ = ["DEFAULT_MAX_BYTES", "Input", "doc_id_of", "list_inputs", "max_bytes_from_env", "read_input"]
