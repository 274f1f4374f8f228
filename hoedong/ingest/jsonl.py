"""JSONL feeds: one document per line, with metadata that wins over extraction."""

from __future__ import annotations

import json
from typing import BinaryIO, Iterator

from hoedong.errors import DocumentTooLarge, MalformedRecord
from hoedong.ingest.limits import describe_size
from hoedong.model import RawDoc, SourceMeta

_META_FIELDS = ("id", "url", "published", "title", "outlet")


def read_jsonl(fh: BinaryIO, path: str, max_bytes: int) -> Iterator[RawDoc]:
    from hoedong.ingest.sources import _document, _failed

    for number, line, too_long in _bounded_lines(fh, max_bytes):
        where = f"{path}:{number}"
        if too_long:
            yield _failed(where, line[:4096], DocumentTooLarge(
                f"line {number} is over the {describe_size(max_bytes)} limit"))
            continue
        if not line.strip():
            continue
        try:
            record = _parse(line, number)
            meta = _meta(record)
            body_key = "html" if isinstance(record.get("html"), str) else "text"
            if not isinstance(record.get(body_key), str):
                raise MalformedRecord(f"line {number} has no 'text' or 'html' string")
        except MalformedRecord as exc:
            yield _failed(where, line, exc)
            continue
        source = meta.id or meta.url or where
        data = record[body_key].encode("utf-8")
        raw = _document(source, data, body_key, max_bytes, meta=meta, declared="utf-8")
        # The id of a feed document is the hash of its whole line, metadata included.
        from hoedong.ingest.sources import doc_id_of

        yield _with_doc_id(raw, doc_id_of(line.strip()))


def _with_doc_id(raw: RawDoc, doc_id: str) -> RawDoc:
    from dataclasses import replace

    return replace(raw, doc_id=doc_id)


def _parse(line: bytes, number: int) -> dict:
    try:
        text = line.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MalformedRecord(f"line {number} is not UTF-8 (byte {exc.start})") from None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(f"line {number} is not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise MalformedRecord(f"line {number} is a JSON {type(record).__name__}, not an object")
    return record


def _meta(record: dict) -> SourceMeta:
    values = {}
    for name in _META_FIELDS:
        value = record.get(name)
        if value is None or value == "":
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise MalformedRecord(f"field '{name}' must be a string, not {type(value).__name__}")
        values[name] = value.strip()
    return SourceMeta(**values)


def _bounded_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes, bool]]:
    """Lines with their number; a line over `limit` is reported, not held in memory."""
    number = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            head = line
            while line and not line.endswith(b"\n"):
                line = fh.readline(1 << 20)
            yield number, head, True
            continue
        yield number, line, False
