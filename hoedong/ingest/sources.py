"""Paths → the documents in them: files, directories (recursive, sorted) and stdin.

Each input is read by the reader for its form (page text, HTML, JSONL feed, WARC); a
document that cannot be read becomes a RawDoc carrying the error, never an exception.
"""

from __future__ import annotations

import hashlib
import io
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator, Literal

from hoedong.errors import DocumentError, DocumentTooLarge, SourceNotFound
from hoedong.ingest.decode import declared_html_charset, decode
from hoedong.ingest.limits import describe_size
from hoedong.model import RawDoc, SourceMeta

InputForm = Literal["text", "html", "jsonl", "warc"]

_SUFFIX_FORMS: dict[str, InputForm] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}

STDIN = "-"


@dataclass(frozen=True)
class Input:
    """One thing to read: a file path, or stdin."""

    path: str
    form: InputForm | None  # None: decide from the content

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN


def list_inputs(paths: list[str]) -> list[Input]:
    """Resolve paths to inputs in order; directories are walked recursively in sorted order."""
    inputs: list[Input] = []
    for path in paths:
        if path == STDIN:
            inputs.append(Input(STDIN, None))
            continue
        p = Path(path)
        if p.is_dir():
            inputs.extend(Input(str(f), form) for f, form in _walk(p))
        elif p.is_file():
            inputs.append(Input(str(p), form_of(p)))
        else:
            raise SourceNotFound(f"no such file or directory: {path}")
    return inputs


def _walk(root: Path) -> Iterator[tuple[Path, InputForm]]:
    for f in sorted(root.rglob("*"), key=lambda q: q.relative_to(root).as_posix()):
        if f.is_file() and not any(part.startswith(".") for part in f.relative_to(root).parts):
            form = form_of(f)
            if form is not None:
                yield f, form


def form_of(path: Path) -> InputForm | None:
    name = path.name.lower()
    for suffix, form in sorted(_SUFFIX_FORMS.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(suffix):
            return form
    return None


def read_input(item: Input, max_bytes: int, stdin: BinaryIO | None = None) -> Iterator[RawDoc]:
    """Every document in one input, in order."""
    if item.is_stdin:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_bytes + 1)
        form = _sniff(data)
        if form in ("jsonl", "warc"):
            yield from _read_container(form, io.BytesIO(data), STDIN, max_bytes)
        else:
            yield _document(STDIN, data, form, max_bytes)
        return
    path = Path(item.path)
    source = item.path
    with path.open("rb") as fh:
        head = fh.read(4096)
        form = item.form or _sniff(head)
        if form == "text" and _sniff(head) == "html":
            form = "html"
        fh.seek(0)
        if form in ("jsonl", "warc"):
            yield from _read_container(form, fh, source, max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            yield _failed(source, head, DocumentTooLarge(
                f"document is {describe_size(size)}, over the {describe_size(max_bytes)} limit"))
            return
        yield _document(source, fh.read(), form, max_bytes)


def _read_container(form: InputForm, fh: BinaryIO, source: str, max_bytes: int) -> Iterator[RawDoc]:
    if form == "jsonl":
        from hoedong.ingest.jsonl import read_jsonl

        yield from read_jsonl(fh, source, max_bytes)
    else:
        from hoedong.ingest.warc import read_warc

        yield from read_warc(fh, source, max_bytes)


def _sniff(head: bytes) -> InputForm:
    start = head.lstrip()[:2048]
    lowered = start.lower()
    if start.startswith(b"WARC/") or head.startswith(b"\x1f\x8b"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if lowered.lstrip(b"\xef\xbb\xbf").startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in lowered:
        return "html"
    return "text"


def _document(source: str, data: bytes, form: InputForm, max_bytes: int,
              meta: SourceMeta = SourceMeta(), declared: str | None = None) -> RawDoc:
    """Decode one document's bytes into a RawDoc, or a RawDoc that says why not."""
    if len(data) > max_bytes:
        return _failed(source, data[:4096], DocumentTooLarge(
            f"document is over the {describe_size(max_bytes)} limit"), meta)
    try:
        if form == "html":
            declared = declared or declared_html_charset(data)
        decoded = decode(data, declared)
    except DocumentError as exc:
        return _failed(source, data, exc, meta)
    return RawDoc(
        source=source,
        doc_id=doc_id_of(data),
        text=decoded.text,
        form="html" if form == "html" else "text",
        meta=meta,
        encoding=decoded.encoding,
        warnings=decoded.warnings,
    )


def _failed(source: str, data: bytes, exc: DocumentError, meta: SourceMeta = SourceMeta()) -> RawDoc:
    return RawDoc(source=source, doc_id=doc_id_of(data or source.encode()), text="", form="text",
                  meta=meta, error=exc.reason, error_code=exc.code)


def doc_id_of(data: bytes) -> str:
    """A document's stable id: the hash of its raw bytes."""
    return hashlib.sha256(data).hexdigest()[:16]
