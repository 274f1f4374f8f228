"""JSONL feeds: one document per line, with metadata that wins over extraction."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import BinaryIO, Iterator

from hoedong.errors import DocumentTooLarge, MalformedRecord
from hoedong.ingest.decode import salvage
from hoedong.ingest.documents import doc_id_of, document_of, failed_document
from hoedong.ingest.limits import describe_size
from hoedong.model import RawDoc, SourceMeta

_META_FIELDS = ("id", "url", "published", "title", "outlet")


def read_jsonl(fh: BinaryIO, path: str, max_bytes: int) -> Iterator[RawDoc]:
    for number, line, too_long in _bounded_lines(fh, max_bytes):
        where = f"{path}:{number}"
        if too_long:
            yield failed_document(where, line[:4096], DocumentTooLarge(
                f"line {number} is over the {describe_size(max_bytes)} limit"))
            continue
        if not line.strip().removeprefix(b"\xef\xbb\xbf").strip():
            continue
        try:
            record, warnings = _parse(line, number)
            meta = _meta(record)
            body_key = "html" if isinstance(record.get("html"), str) else "text"
            if not isinstance(record.get(body_key), str):
                raise MalformedRecord(f"line {number} has no 'text' or 'html' string")
        except MalformedRecord as exc:
            yield failed_document(where, line, exc)
            continue
        source = meta.id or meta.url or where
        data = record[body_key].encode("utf-8")
        raw = document_of(source, data, body_key, max_bytes, meta=meta, declared="utf-8", warnings=warnings)
        # The id of a feed document is the hash of its whole line, metadata included.
        yield replace(raw, doc_id=doc_id_of(line.strip()))


def _parse(line: bytes, number: int) -> tuple[dict, tuple[str, ...]]:
    """The line's JSON object, and a warning when a few damaged bytes had to be replaced."""
    warnings: tuple[str, ...] = ()
    try:
        text = line.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        salvaged, damage = salvage(line, ["utf-8"])
        if salvaged is None:
            raise MalformedRecord(f"line {number} is not UTF-8 (byte {exc.start}; {damage:.0%} of it undecodable)") from None
        text, warnings = salvaged.text, salvaged.warnings
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(f"line {number} is not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise MalformedRecord(f"line {number} is a JSON {type(record).__name__}, not an object")
    return record, warnings


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
