"""WARC files (.warc, .warc.gz): the HTML and text responses a crawl stored.

A crawl file is read record by record, and a damaged record is that record's problem, never
the file's: the file is first cut into records by their own framing (gzip members, `WARC/1.x`
header lines and declared lengths, see `warc_frames`), then each record is parsed alone with
warcio. A record whose length is wrong is read up to the next record with a warning; one that is
cut short is read as far as it goes; one that cannot be parsed becomes an error record, and
reading resumes at the next record.
"""

from __future__ import annotations

import io
import re
from typing import Iterator

from warcio.recordloader import ArcWarcRecordLoader, ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from hoedong.errors import EmptyDocument, MalformedArchive
from hoedong.ingest.documents import document_of, failed_document
from hoedong.ingest.warc_frames import HEAD_END, Frame, frames
from hoedong.model import RawDoc, SourceMeta

_DOCUMENT_RECORDS = ("response", "resource", "conversion")
_DOCUMENT_TYPES = ("html", "text/plain", "xml")
_HTTP_STATUS = re.compile(rb"^HTTP/\d(?:\.\d)? ")
_CONTENT_LENGTH = re.compile(rb"(?im)^content-length:[^\r\n]*\r?\n")


def read_warc(data, path: str, max_bytes: int) -> Iterator[RawDoc]:
    """Every document record in a WARC file (bytes or an mmap), one RawDoc each, in order."""
    if not len(data) or not bytes(data[:65536]).strip():
        yield failed_document(path, b"", EmptyDocument("empty WARC file: it holds no records"))
        return
    for number, frame in enumerate(frames(data, max_bytes), start=1):
        where = f"{path}#record{number}"
        if frame.problem is not None and frame.block is None:
            yield failed_document(where, b"", MalformedArchive(f"WARC record {number}: {frame.problem}"))
            continue
        if _HTTP_STATUS.match(frame.block) and not HEAD_END.search(frame.block):
            yield failed_document(where, b"", MalformedArchive(
                f"WARC record {number}'s HTTP headers are cut short or damaged ({frame.problem or 'no blank line after them'})"))
            continue
        try:
            record = _parse(frame)
        except (ArchiveLoadFailed, StatusAndHeadersParserException, ValueError, EOFError, OSError) as exc:
            yield failed_document(where, b"", MalformedArchive(
                f"WARC record {number} cannot be parsed ({type(exc).__name__}: {exc})"))
            continue
        if record.rec_type not in _DOCUMENT_RECORDS:
            if record.rec_type is None:
                yield failed_document(where, b"", MalformedArchive(f"WARC record {number} has no WARC-Type header"))
            continue
        uri = record.rec_headers.get_header("WARC-Target-URI") or None
        if record.http_headers is None and "application/http" in (record.rec_headers.get_header("Content-Type") or ""):
            yield failed_document(uri or where, b"", MalformedArchive(
                f"WARC record {number}'s HTTP headers are cut short or damaged"))
            continue
        content_type = _content_type(record)
        if content_type and not any(kind in content_type for kind in _DOCUMENT_TYPES):
            continue
        try:
            body = record.content_stream().read(max_bytes + 1)
        except (EOFError, OSError, ValueError) as exc:
            yield failed_document(uri or where, b"", MalformedArchive(
                f"WARC record {number}'s content cannot be decoded ({type(exc).__name__}: {exc})"))
            continue
        warnings = (f"WARC record {number}: {frame.problem}",) if frame.problem else ()
        form = "text" if "text/plain" in content_type else "html"
        yield document_of(uri or where, body, form, max_bytes, meta=SourceMeta(url=uri),
                          declared=_charset(content_type), warnings=warnings)


def _parse(frame: Frame):
    """One record's headers and content stream; HTTP headers only where the block has them."""
    head = frame.head
    if frame.problem is not None:  # the declared length is wrong: state the length found
        head = _CONTENT_LENGTH.sub(b"", head).rstrip(b"\r\n") + b"\r\nContent-Length: %d\r\n\r\n" % len(frame.block)
    loader = ArcWarcRecordLoader()
    record = loader.parse_record_stream(io.BytesIO(head + frame.block), known_format="warc", no_record_parse=True)
    if record.rec_type in ("response", "revisit") and _HTTP_STATUS.match(frame.block):
        record.http_headers = loader.http_parser.parse(record.raw_stream)
    return record


def _content_type(record) -> str:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    else:
        value = record.rec_headers.get_header("Content-Type")
    return (value or "").lower()


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";"):
        key, _, value = part.strip().partition("=")
        if key == "charset" and value:
            return value.strip("\"' ")
    return None
