"""One document's bytes → a RawDoc: decoded text, or the reason it cannot be read.

Every container reader (files, JSONL feeds, WARC crawls, stdin) ends here, so a document that
cannot be used is always a record carrying its error, never an exception that ends the run.
"""

from __future__ import annotations

import hashlib

from hoedong.errors import DocumentError, DocumentTooLarge
from hoedong.ingest.decode import declared_html_charset, decode
from hoedong.ingest.limits import describe_size
from hoedong.model import RawDoc, SourceMeta

_HEAD_BYTES = 4096  # what an over-limit document's id is computed from


def document_of(source: str, data: bytes, form: str, max_bytes: int, meta: SourceMeta = SourceMeta(),
                declared: str | None = None, warnings: tuple[str, ...] = ()) -> RawDoc:
    """Decode one document's bytes into a RawDoc, or a RawDoc that says why not."""
    if len(data) > max_bytes:
        return failed_document(source, data[:_HEAD_BYTES], DocumentTooLarge(
            f"document is over the {describe_size(max_bytes)} limit"), meta)
    try:
        if form == "html":
            declared = declared or declared_html_charset(data)
        decoded = decode(data, declared)
    except DocumentError as exc:
        return failed_document(source, data, exc, meta)
    return RawDoc(
        source=source,
        doc_id=doc_id_of(data),
        text=decoded.text,
        form="html" if form == "html" else "text",
        meta=meta,
        encoding=decoded.encoding,
        warnings=tuple(warnings) + decoded.warnings,
    )


def failed_document(source: str, data: bytes, exc: DocumentError, meta: SourceMeta = SourceMeta()) -> RawDoc:
    """The record of a document that cannot be read: its source, a stable id and the reason."""
    return RawDoc(source=source, doc_id=doc_id_of(data or source.encode()), text="", form="text",
                  meta=meta, error=exc.reason, error_code=exc.code)


def doc_id_of(data: bytes) -> str:
    """A document's stable id: the hash of its raw bytes."""
    return hashlib.sha256(data).hexdigest()[:16]
