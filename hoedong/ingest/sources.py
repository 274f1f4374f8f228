"""Paths → the documents in them: files, directories (recursive, sorted) and stdin.

Each input is read by the reader for its form (page text, HTML, JSONL feed, WARC); a
document that cannot be read becomes a RawDoc carrying the error, never an exception.
"""

from __future__ import annotations

import codecs
import mmap
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator, Literal

from hoedong.errors import DocumentTooLarge, SourceNotFound, UnreadableSource
from hoedong.ingest.documents import document_of, failed_document
from hoedong.ingest.limits import describe_size
from hoedong.model import RawDoc

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
_SNIFF_BYTES = 4096


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
    """Every document in one input, in order. An input that cannot be opened or read is one
    error record; the inputs after it are read as usual."""
    if item.is_stdin:
        yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
        return
    try:
        yield from _read_file(Path(item.path), item.form, max_bytes)
    except OSError as exc:
        yield failed_document(item.path, b"", UnreadableSource(
            f"the file cannot be read ({type(exc).__name__}: {exc.strerror or exc})"))


def _read_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[RawDoc]:
    """stdin's form is sniffed; a feed or a crawl is spooled to a temporary file and read from
    there like any file, so neither is held in memory whole."""
    head = stream.read(_SNIFF_BYTES)
    form = _sniff(head)
    if form in ("jsonl", "warc"):
        with tempfile.TemporaryFile() as spool:
            spool.write(head)
            shutil.copyfileobj(stream, spool)
            spool.flush()
            spool.seek(0)
            yield from _read_container(form, _mapped(spool) if form == "warc" else spool, STDIN, max_bytes)
        return
    yield document_of(STDIN, head + stream.read(max_bytes + 1 - len(head)), form, max_bytes)


def _read_file(path: Path, form: InputForm | None, max_bytes: int) -> Iterator[RawDoc]:
    source = str(path)
    with path.open("rb") as fh:
        head = fh.read(_SNIFF_BYTES)
        sniffed = _sniff(head)
        form = form or sniffed
        if form == "text" and sniffed == "html":
            form = "html"
        fh.seek(0)
        if form == "warc":
            yield from _read_container(form, _mapped(fh), source, max_bytes)
            return
        if form == "jsonl":
            yield from _read_container(form, fh, source, max_bytes)
            return
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            yield failed_document(source, head, DocumentTooLarge(
                f"document is {describe_size(size)}, over the {describe_size(max_bytes)} limit"))
            return
        yield document_of(source, fh.read(max_bytes + 1), form, max_bytes)


def _mapped(fh: BinaryIO):
    """A crawl file as one bytes-like object that is paged in as it is read, not loaded whole."""
    if os.fstat(fh.fileno()).st_size == 0:
        return b""
    return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)


def _read_container(form: InputForm, source_data, source: str, max_bytes: int) -> Iterator[RawDoc]:
    """JSONL lines from a stream (or bytes); WARC records from bytes or an mmap."""
    if form == "jsonl":
        from hoedong.ingest.jsonl import read_jsonl

        yield from read_jsonl(source_data, source, max_bytes)
    else:
        from hoedong.ingest.warc import read_warc

        yield from read_warc(source_data, source, max_bytes)


def _sniff(head: bytes) -> InputForm:
    start = head.lstrip().removeprefix(codecs.BOM_UTF8).lstrip()[:2048]
    lowered = start.lower()
    if start.startswith(b"WARC/") or head.startswith(b"\x1f\x8b"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if lowered.lstrip(b"\xef\xbb\xbf").startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in lowered:
        return "html"
    return "text"


